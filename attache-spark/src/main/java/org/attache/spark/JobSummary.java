package org.attache.spark;

/**
 * What a run wrote.
 *
 * @param records documents extracted, one record each
 * @param errors inputs that gave no record: unreadable files, bad corpus lines, failed extractions
 */
public record JobSummary(long records, long errors) {
  public JobSummary {
    if (records < 0 || errors < 0) {
      throw new IllegalArgumentException("negative count: " + records + ", " + errors);
    }
  }
}
