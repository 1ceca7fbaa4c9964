package org.attache.pipeline.events.statement;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attache.pipeline.analysis.WordLists;

/** The words the statement rules read around a stance word, from {@code statement-words.tsv}. */
final class StatementWords {
  /** What a word does around an act. */
  enum Role {
    NEGATION,
    HEARSAY,
    PERSON,
    SKIP,
    COORDINATOR,
    EMBEDDING,
    RELATIVE,
    FIRST_PERSON,
    SIDE_NOUN,
    NEWS_VERB,
    OCCASION,
    CITING,
    COOPERATION,
    RECEPTION_VERB,
    GUEST,
    SUBORDINATOR,
    FAVOUR,
    HONORIFIC
  }

  private final Map<String, Set<Role>> roles = new HashMap<>();
  private final Set<String> honorifics = WordLists.load("honorifics.txt");

  StatementWords() {
    for (List<String> row : WordLists.table("statement-words.tsv")) {
      String role = row.size() > 1 ? row.get(1) : "";
      try {
        roles
            .computeIfAbsent(row.get(0).toLowerCase(Locale.ROOT), w -> EnumSet.noneOf(Role.class))
            .add(Role.valueOf(role.toUpperCase(Locale.ROOT).replace('-', '_')));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            "statement-words.tsv: unknown role '" + role + "' for '" + row.get(0) + "'", e);
      }
    }
  }

  boolean is(String lowerWord, Role role) {
    if (role == Role.HONORIFIC) {
      return honorifics.contains(lowerWord);
    }
    Set<Role> found = roles.get(lowerWord);
    return found != null && found.contains(role);
  }
}
