package org.attache.store.users;

import static java.util.Objects.requireNonNull;

/** A user who may sign in. */
public record User(String name, UserRole role) {
  public User {
    requireNonNull(name, "name is null");
    requireNonNull(role, "role is null");
  }
}
