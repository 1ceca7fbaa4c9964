package org.attache.knowledge;

import static java.util.Objects.requireNonNull;

/**
 * A post title as texts write it, with its normalised form.
 *
 * @param surface the title as written ("Foreign Minister", "Secretary General")
 * @param title the normalised title of records ("Minister of Foreign Affairs", "Secretary-General")
 * @param kind what kind of post it is
 * @param envoy whether the holder heads a mission, so that the post takes a {@code to}: the state
 *     or organisation accredited to
 */
public record PostTitle(String surface, String title, PostKind kind, boolean envoy) {
  public PostTitle {
    Checks.text(surface, "surface");
    Checks.text(title, "title");
    requireNonNull(kind, "kind is null");
  }
}
