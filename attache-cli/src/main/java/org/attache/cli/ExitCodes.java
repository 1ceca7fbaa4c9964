package org.attache.cli;

import org.attache.model.error.ErrorCode;

/**
 * The exit statuses of every command, in one table:
 *
 * <table>
 *   <caption>Exit statuses</caption>
 *   <tr><th>status</th><th>meaning</th></tr>
 *   <tr><td>0</td><td>everything was done</td></tr>
 *   <tr><td>1</td><td>the work was done, but some inputs could not be read or processed</td></tr>
 *   <tr><td>2</td><td>the command could not run on what it was given: a wrong option or value, a
 *       missing file, something named that does not exist or already exists, a failed threshold
 *       </td></tr>
 *   <tr><td>3</td><td>a resource the command needs is unavailable: the database, the disk, a port
 *       </td></tr>
 *   <tr><td>4</td><td>a fault of Attaché itself (a bug): the stack trace follows the message</td>
 *       </tr>
 * </table>
 */
final class ExitCodes {
  static final int OK = 0;
  static final int SOME_FAILED = 1;
  static final int FAILED = 2;
  static final int UNAVAILABLE = 3;
  static final int INTERNAL = 4;

  private ExitCodes() {}

  /** The status of a command that stopped on a failure with {@code code}. */
  static int of(ErrorCode code) {
    return switch (code) {
      case BAD_INPUT, NOT_FOUND, CONFLICT, UNAUTHORISED -> FAILED;
      case UNAVAILABLE -> UNAVAILABLE;
      case INTERNAL -> INTERNAL;
    };
  }
}
