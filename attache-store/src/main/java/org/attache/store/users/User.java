package org.attache.server.auth;

import static java.util.Objects.requireNonNull;

/** A user who may sign in. */
public record User(String name, Role role) {
  public User {
    requireNonNull(name, "name is null");
    requireNonNull(role, "role is null");
  }
}
