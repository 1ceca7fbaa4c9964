package org.attache.model.error;

/**
 * What kind of failure an {@link AttacheException} is, shared by every module: the server maps a
 * code to its HTTP status and the command line to its exit code, so that a bug in a stage never
 * reads as the user's fault.
 */
public enum ErrorCode {
  /** The input is wrong: a malformed file, an unknown option, a value out of range. */
  BAD_INPUT,
  /** What was asked for does not exist: a document, an actor, a file. */
  NOT_FOUND,
  /** The request contradicts the state of what it names: a second user of one name. */
  CONFLICT,
  /** The caller is not signed in, or may not do this. */
  UNAUTHORISED,
  /** A resource the work needs is missing or busy: the database, the disk, a port. */
  UNAVAILABLE,
  /** A fault of Attaché itself: a broken invariant, a bug. */
  INTERNAL;

  /** The code as it is written in messages and in JSON: {@code bad_input}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
