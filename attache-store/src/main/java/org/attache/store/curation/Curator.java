package org.attache.store.curation;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.attache.model.error.AttacheException;

/**
 * Who makes an act, and why.
 *
 * @param name the editor's user name
 * @param reason why, if they said; blank is none
 */
public record Curator(String name, Optional<String> reason) {
  /** The longest reason kept, in characters. */
  public static final int MAX_REASON = 2_000;

  public Curator {
    requireNonNull(name, "name is null");
    requireNonNull(reason, "reason is null");
    if (name.isBlank()) {
      throw AttacheException.badInput("An act needs the editor's name");
    }
    name = name.strip();
    reason = reason.map(String::strip).filter(r -> !r.isEmpty());
    if (reason.isPresent() && reason.get().length() > MAX_REASON) {
      throw AttacheException.badInput(
          "A reason is at most 2,000 characters; this one has " + reason.get().length());
    }
  }
}
