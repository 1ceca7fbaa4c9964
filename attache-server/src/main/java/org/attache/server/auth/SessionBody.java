package org.attache.server.auth;

import static java.util.Objects.requireNonNull;

import org.attache.store.users.SignedIn;

/** A session as the API gives it: the user, the role and the anti-forgery token. */
public record SessionBody(String name, String role, String csrf) {
  public SessionBody {
    requireNonNull(name, "name is null");
    requireNonNull(role, "role is null");
    requireNonNull(csrf, "csrf is null");
  }

  static SessionBody of(SignedIn signedIn) {
    return new SessionBody(signedIn.user().name(), signedIn.user().role().code(), signedIn.csrf());
  }
}
