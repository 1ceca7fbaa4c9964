package org.attache.store.users;

import org.attache.model.Vocabulary;
import org.attache.model.error.AttacheException;

/**
 * What a signed-in user may do: viewers read, editors also review and submit, admins too. Its
 * {@link #code()} is the name stored and typed: viewer, editor, admin.
 */
public enum UserRole implements Vocabulary {
  VIEWER,
  EDITOR,
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
    throw AttacheException.badInput("Not a role (viewer, editor or admin): '" + code + "'");
  }

  /** Whether the role may review fields and submit documents. */
  public boolean mayEdit() {
    return this != VIEWER;
  }
}
