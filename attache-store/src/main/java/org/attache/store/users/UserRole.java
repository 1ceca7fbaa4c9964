package org.attache.store.users;

import org.attache.model.Vocabulary;
import org.attache.model.error.AttacheException;

/**
 * What a signed-in user may do: viewers read, editors also review and submit, coordinators also
 * approve joint plans for the party they act for and change approved ones, admins all of it. Its
 * {@link #code()} is the name stored and typed: viewer, editor, coordinator, admin.
 */
public enum UserRole implements Vocabulary {
  VIEWER,
  EDITOR,
  COORDINATOR,
  ADMIN;

  /**
   * A role by its code.
   *
   * @throws AttacheException (bad input) naming the value when it is not a role
   */
  public static UserRole parse(String code) {
    for (UserRole role : values()) {
      if (role.code().equals(code)) {
        return role;
      }
    }
    throw AttacheException.badInput(
        "Not a role (viewer, editor, coordinator or admin): '" + code + "'");
  }

  /** Whether the role may review fields and submit documents. */
  public boolean mayEdit() {
    return this != VIEWER;
  }

  /** Whether the role may approve a joint plan and change an approved one. */
  public boolean mayCoordinate() {
    return this == COORDINATOR || this == ADMIN;
  }
}
