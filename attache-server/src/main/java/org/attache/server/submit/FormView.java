package org.attache.server.submit;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** The submit page: why the last submission was refused, if it was, and the size limit. */
public record FormView(Optional<String> error, String limit) {
  public FormView {
    requireNonNull(error, "error is null");
    requireNonNull(limit, "limit is null");
  }
}
