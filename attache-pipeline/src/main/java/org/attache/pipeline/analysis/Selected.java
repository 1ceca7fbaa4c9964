package org.attache.pipeline.analysis;

/**
 * What triage did with a document's sentences: looked at {@code seen}, kept {@code kept} for the
 * stages to read.
 */
public record Selected(int seen, int kept) {
  public Selected {
    if (seen < 0 || kept < 0 || kept > seen) {
      throw new IllegalArgumentException("Kept " + kept + " of " + seen + " sentences");
    }
  }
}
