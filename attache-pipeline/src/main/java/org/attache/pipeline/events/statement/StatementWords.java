package org.attache.pipeline.events.statement;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attache.pipeline.WordLists;

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
    FIRST_PERSON
  }

  private final Map<String, Role> roles = new HashMap<>();

  StatementWords() {
    for (List<String> row : WordLists.table("statement-words.tsv")) {
      String role = row.size() > 1 ? row.get(1) : "";
      try {
        roles.put(
            row.get(0).toLowerCase(Locale.ROOT),
            Role.valueOf(role.toUpperCase(Locale.ROOT).replace('-', '_')));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            "statement-words.tsv: unknown role '" + role + "' for '" + row.get(0) + "'", e);
      }
    }
  }

  boolean is(String lowerWord, Role role) {
    return roles.get(lowerWord) == role;
  }
}
