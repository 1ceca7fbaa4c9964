package org.attache.store.users;

import java.util.Locale;

/** What a signed-in user may do: viewers read, editors also review and submit, admins too. */
public enum UserRole {
  VIEWER,
  EDITOR,
  ADMIN;

  /** The role's name as stored and typed: viewer, editor, admin. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static UserRole parse(String code) {
    for (UserRole role : values()) {
      if (role.code().equals(code)) {
        return role;
      }
    }
    throw new IllegalArgumentException("Not a role (viewer, editor or admin): '" + code + "'");
  }

  /** Whether the role may review fields and submit documents. */
  public boolean mayEdit() {
    return this != VIEWER;
  }
}
