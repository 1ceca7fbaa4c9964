package org.attache.cli;

/** Exit statuses of the commands. */
final class ExitCodes {
  /** Everything was done. */
  static final int OK = 0;

  /** The work was done, but some inputs could not be read or processed. */
  static final int SOME_FAILED = 1;

  /** The command could not run at all (bad arguments, missing files, failed thresholds). */
  static final int FAILED = 2;

  private ExitCodes() {}
}
