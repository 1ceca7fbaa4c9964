package org.attache.server;

import org.attache.model.error.AttacheException;
import org.attache.server.http.Routes;

/**
 * Routes that fail as a bug of the server would, for tests of what the answer shows: an argument
 * check that fails deep in a handler, and an internal failure with a code.
 */
final class TestingFaults {
  /** Words that only the server's log may hold. */
  static final String SECRET = "invariant broken at /opt/attache/secret.conf";

  private TestingFaults() {}

  static void register(Routes routes) {
    routes.apiGet(
        "/api/testing/argument",
        ctx -> {
          throw new IllegalArgumentException(SECRET);
        });
    routes.pageGet(
        "/testing/argument",
        ctx -> {
          throw new IllegalArgumentException(SECRET);
        });
    routes.apiGet(
        "/api/testing/internal",
        ctx -> {
          throw AttacheException.internal(SECRET, new IllegalStateException(SECRET));
        });
  }
}
