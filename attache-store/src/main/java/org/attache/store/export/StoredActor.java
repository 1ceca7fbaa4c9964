package org.attache.store.export;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.Optional;
import org.attache.model.ActorKind;

/**
 * A person or organisation (a state included) as the store holds it.
 *
 * @param id {@code p} and the person's id, or {@code o} and the organisation's id: stable for a
 *     store
 * @param kind person, state or organisation
 * @param name the current name
 * @param code the ISO 3166-1 alpha-3 code of a state, the acronym of an organisation
 */
public record StoredActor(String id, ActorKind kind, String name, Optional<String> code) {
  public StoredActor {
    requireNonNull(id, "id is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(name, "name is null");
    requireNonNull(code, "code is null");
  }

  /** Orders ids as people first, then organisations, each by the store's number. */
  public static final Comparator<String> ID_ORDER =
      Comparator.comparing((String id) -> id.charAt(0))
          .reversed()
          .thenComparingLong(id -> Long.parseLong(id.substring(1)));

  static String personId(long id) {
    return "p" + id;
  }

  static String organisationId(long id) {
    return "o" + id;
  }
}
