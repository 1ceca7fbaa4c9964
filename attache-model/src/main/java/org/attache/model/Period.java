package org.attache.model;

import java.util.Optional;

/**
 * A span of time as the text gives it: years or dates, either end possibly unknown.
 *
 * @param from first year or date (ISO 8601)
 * @param to last year or date (ISO 8601)
 */
public record Period(Optional<String> from, Optional<String> to) {
  public Period {
    from = Values.opt(from, "from");
    to = Values.opt(to, "to");
  }

  public static Period of(String from, String to) {
    return new Period(Optional.ofNullable(from), Optional.ofNullable(to));
  }
}
