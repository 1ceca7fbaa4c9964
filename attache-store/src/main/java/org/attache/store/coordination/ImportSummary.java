package org.attache.store.coordination;

/** What importing a sheet of items did: items added, items changed, rows that changed nothing. */
public record ImportSummary(int added, int changed, int unchanged) {
  public ImportSummary {
    if (added < 0 || changed < 0 || unchanged < 0) {
      throw new IllegalArgumentException(
          "Not an import's counts: " + added + ", " + changed + ", " + unchanged);
    }
  }
}
