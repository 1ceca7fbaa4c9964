package org.attache.knowledge;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attache.model.Stance;

/**
 * A word or phrase of reported speech with the stances it gives a statement (RECORDS.md).
 *
 * @param phrases its base forms, the lemma first, then other spellings ("emphasise", "emphasize")
 * @param forms the forms found in texts ("emphasised", "emphasizes", ...)
 * @param stances the fair readings, the likeliest first; empty for a phrase that only hides the
 *     words inside it ("thanks to", "of mutual concern")
 * @param kinds the parts of speech it is used as
 * @param weight how much it decides the stance of its clause, in (0, 1]: 1 for a word that names
 *     the act ("condemned"), about 0.5 for plain reporting verbs ("said", "noted"), about 0.2 for
 *     light verbs whose object decides ("expressed", "voiced"); 0 for a hiding phrase
 * @param note why a word has several readings, or how to tell them apart
 */
public record StanceWord(
    List<String> phrases,
    List<String> forms,
    List<Stance> stances,
    Set<WordKind> kinds,
    double weight,
    Optional<String> note) {
  public StanceWord {
    phrases = Checks.texts(phrases, "phrases");
    forms = Checks.texts(forms, "forms");
    requireNonNull(stances, "stances is null");
    stances = List.copyOf(stances);
    requireNonNull(kinds, "kinds is null");
    requireNonNull(note, "note is null");
    if (phrases.isEmpty()) {
      throw new IllegalArgumentException("a stance word needs a phrase");
    }
    if (forms.isEmpty()) {
      throw new IllegalArgumentException("no forms for '" + phrases.get(0) + "'");
    }
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("no kind for '" + phrases.get(0) + "'");
    }
    kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    if (new HashSet<>(stances).size() != stances.size()) {
      throw new IllegalArgumentException(
          "a stance is listed twice for '" + phrases.get(0) + "': " + stances);
    }
    if (stances.isEmpty() ? weight != 0 : !(weight > 0 && weight <= 1)) {
      throw new IllegalArgumentException(
          "weight of '"
              + phrases.get(0)
              + "' must be "
              + (stances.isEmpty() ? "0 for a hiding phrase" : "in (0, 1]")
              + ": "
              + weight);
    }
  }

  /** The base form: "call for", "emphasise". */
  public String lemma() {
    return phrases.get(0);
  }

  /** Whether it names no stance and only hides the words inside it. */
  public boolean hides() {
    return stances.isEmpty();
  }
}
