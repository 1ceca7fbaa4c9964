package org.attache.knowledge;

/**
 * A knowledge-base data file cannot be read: the message names the file, the line and the reason
 * ({@code "states.tsv line 12: expected 8 columns, found 7"}).
 */
public final class KnowledgeDataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;

  /**
   * Reports a problem on one line of a file; line 0 stands for the file as a whole.
   *
   * @param file the file name
   * @param line the 1-based line number, or 0
   * @param reason what is wrong
   */
  public KnowledgeDataException(String file, int line, String reason) {
    super(line > 0 ? file + " line " + line + ": " + reason : file + ": " + reason);
    this.file = file;
    this.line = line;
  }

  /** The file name. */
  public String file() {
    return file;
  }

  /** The 1-based line number, or 0 for the file as a whole. */
  public int line() {
    return line;
  }
}
