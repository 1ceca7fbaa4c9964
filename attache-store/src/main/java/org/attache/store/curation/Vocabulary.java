package org.attache.store.curation;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * The codes a correction may give, which the store does not hold itself: the knowledge base's
 * states (ISO 3166-1 alpha-3) and the project's list of CAMEO and PLOVER event codes.
 *
 * @param states the state codes, such as {@code CHN}
 * @param cameo the CAMEO codes, such as {@code 043}
 * @param plover the PLOVER event types, such as {@code CONSULT}
 */
public record Vocabulary(Set<String> states, Set<String> cameo, Set<String> plover) {
  public Vocabulary {
    states = Set.copyOf(requireNonNull(states, "states is null"));
    cameo = Set.copyOf(requireNonNull(cameo, "cameo is null"));
    plover = Set.copyOf(requireNonNull(plover, "plover is null"));
  }
}
