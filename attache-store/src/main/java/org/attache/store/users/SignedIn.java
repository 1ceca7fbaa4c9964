package org.attache.store.users;

import static java.util.Objects.requireNonNull;

/**
 * A signed-in browser: who it is and the token its state-changing requests must repeat.
 *
 * @param csrf the session's anti-forgery token, sent back in a header or a form field
 */
public record SignedIn(User user, String csrf) {
  public SignedIn {
    requireNonNull(user, "user is null");
    requireNonNull(csrf, "csrf is null");
  }
}
