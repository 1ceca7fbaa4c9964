package org.attache.server.page;

import static java.util.Objects.requireNonNull;

/** What the error page shows: the status and the message for the visitor. */
public record ErrorView(int status, String message) {
  public ErrorView {
    requireNonNull(message, "message is null");
  }
}
