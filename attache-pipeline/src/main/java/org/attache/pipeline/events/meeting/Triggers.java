package org.attache.pipeline.events.meeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.attache.model.MeetingFormat;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.analysis.Token;
import org.attache.pipeline.analysis.WordLists;

/** The meeting words of {@code meeting-triggers.tsv}, matched on lemmas, longest first. */
final class Triggers {
  /** Last words of triggers that are no nouns. */
  private static final Set<String> NOT_NOUNS =
      Set.of(
          "with", "on", "in", "by", "to", "down", "meet", "receive", "host", "attend", "confer",
          "consult", "be", "accept", "present", "hand");

  private final List<Trigger> triggers;

  /** The triggers by their first lemma, longest first: only those can start at a token. */
  private final Map<String, List<Trigger>> byFirstLemma = new HashMap<>();

  private Triggers(List<Trigger> triggers) {
    this.triggers = triggers;
    for (Trigger trigger : triggers) {
      byFirstLemma.computeIfAbsent(trigger.lemmas().get(0), k -> new ArrayList<>()).add(trigger);
    }
  }

  static Triggers load() {
    List<Trigger> triggers = new ArrayList<>();
    for (List<String> row : WordLists.table("meeting-triggers.tsv")) {
      if (row.size() < 4) {
        throw new IllegalStateException(
            "meeting-triggers.tsv: expected 4 columns in " + String.join("\t", row));
      }
      List<String> lemmas = List.of(row.get(0).split(" "));
      Trigger.Pattern pattern = Trigger.Pattern.valueOf(row.get(1).toUpperCase(Locale.ROOT));
      Optional<MeetingFormat> format =
          row.get(2).equals("-")
              ? Optional.empty()
              : Optional.of(MeetingFormat.valueOf(row.get(2).toUpperCase(Locale.ROOT)));
      triggers.add(new Trigger(lemmas, pattern, format, row.get(3)));
    }
    triggers.sort(Comparator.comparingInt((Trigger t) -> t.lemmas().size()).reversed());
    return new Triggers(List.copyOf(triggers));
  }

  /**
   * The nouns that end a trigger ("meeting", "talk", "visit", "call"): the words an owner's "'s"
   * can bring before a meeting ("Kerry's visit").
   */
  Set<String> nouns() {
    Set<String> nouns = new TreeSet<>();
    for (Trigger trigger : triggers) {
      String last = trigger.lemmas().get(trigger.lemmas().size() - 1);
      if (!NOT_NOUNS.contains(last)) {
        nouns.add(last);
      }
    }
    return nouns;
  }

  /** A trigger found in a sentence, with its first and last token. */
  record Found(Trigger trigger, int firstToken, int lastToken) {}

  /** Every trigger in the sentence, left to right, not overlapping, longest first at each token. */
  List<Found> find(Sentence sentence) {
    List<Found> found = new ArrayList<>();
    List<Token> tokens = sentence.tokens();
    int i = 0;
    while (i < tokens.size()) {
      Found match = matchAt(tokens, i);
      if (match == null) {
        i++;
      } else {
        found.add(match);
        i = match.lastToken() - sentence.firstToken() + 1;
      }
    }
    return found;
  }

  /**
   * The longest trigger whose lemmas start at the token, allowing up to two adjectives or adverbs
   * between its words ("held productive talks", "had in-depth exchanges").
   */
  private Found matchAt(List<Token> tokens, int at) {
    for (Trigger trigger : byFirstLemma.getOrDefault(lemma(tokens.get(at)), List.of())) {
      List<String> lemmas = trigger.lemmas();
      int position = at;
      boolean all = true;
      for (int k = 0; k < lemmas.size() && all; k++) {
        if (k > 0) {
          int skipped = 0;
          while (position < tokens.size()
              && skipped < 2
              && isModifier(tokens.get(position))
              && !lemma(tokens.get(position)).equals(lemmas.get(k))) {
            position++;
            skipped++;
          }
        }
        all = position < tokens.size() && lemma(tokens.get(position)).equals(lemmas.get(k));
        position++;
      }
      if (all) {
        return new Found(trigger, tokens.get(at).index(), tokens.get(position - 1).index());
      }
    }
    return null;
  }

  private static boolean isModifier(Token token) {
    return token.pos().startsWith("JJ") || token.pos().startsWith("RB");
  }

  static String lemma(Token token) {
    return token.lemma().toLowerCase(Locale.ROOT);
  }
}
