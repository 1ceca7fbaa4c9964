package org.attache.pipeline.lang.ru;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whom a person serves when their title does not say, from the side the clause speaks for: "С
 * российской стороны в нем принимают участие глава МИД ...", "От России в нем принял участие
 * замглавы МИД ...", "белорусскую делегацию возглавил первый заместитель министра ..., китайскую —
 * помощник министра ...", "со стороны Казахстана ...", and from a counterpart called a colleague
 * ("провел разговор со своей чешской коллегой ...", "пригласил российского коллегу ...": the
 * colleague holds the title of the one who speaks to them, for their own state).
 */
final class RussianSides {
  private static final Set<String> DASHES = Set.of("—", "–", "-");

  private RussianSides() {}

  /** For the index of each name in {@code found} that a side covers, the side's code. */
  static Map<Integer, String> of(List<Found> found, List<RussianWord> words) {
    Map<Integer, String> sides = new HashMap<>();
    Optional<String> side = Optional.empty();
    for (int f = 0; f < found.size(); f++) {
      Found item = found.get(f);
      Optional<String> marked = marker(found, f, words);
      if (marked.isPresent()) {
        side = marked;
      } else if (item.kind().equals("name") && side.isPresent()) {
        sides.put(f, side.get());
      }
    }
    return sides;
  }

  /** The side that the state or adjective at {@code f} opens, if it opens one. */
  private static Optional<String> marker(List<Found> found, int f, List<RussianWord> words) {
    Found item = found.get(f);
    if (!item.isActor()) {
      return Optional.empty();
    }
    int before = item.first() - 1;
    int after = item.last() + 1;
    boolean side =
        // "с российской стороны", "с американской –"
        item.kind().equals("adjective")
                && is(words, before, "с", "со")
                && (is(words, after, "сторона") || dash(words, after))
            // "со стороны Казахстана"
            || is(words, before, "сторона") && is(words, before - 1, "со", "с")
            // "От России в нем принял участие ..."
            || is(words, before, "от") && (before == 0 || words.get(before - 1).isPunctuation())
            // "белорусскую делегацию возглавил", "делегацию России возглавил"
            || item.kind().equals("adjective") && is(words, after, "делегация")
            || is(words, before, "делегация")
            // "..., китайскую — помощник министра"
            || item.kind().equals("adjective")
                && dash(words, after)
                && (before < 0 || words.get(before).text().equals(","));
    return side ? Optional.of(item.key()) : Optional.empty();
  }

  /**
   * The code of the state of a colleague named at {@code f}: "чешской коллегой Мари Хатардовой",
   * "коллегу из Китая Ван И".
   */
  static Optional<String> colleague(List<Found> found, int f, List<RussianWord> words) {
    int start = found.get(f).first();
    if (f >= 1 && is(words, start - 1, "коллега")) {
      Found before = found.get(f - 1);
      if (before.kind().equals("adjective") && before.last() == start - 2) {
        return Optional.of(before.key());
      }
    }
    if (f >= 1 && found.get(f - 1).isActor() && found.get(f - 1).last() == start - 1) {
      int at = found.get(f - 1).first();
      if (is(words, at - 1, "из") && is(words, at - 2, "коллега")) {
        return Optional.of(found.get(f - 1).key());
      }
    }
    return Optional.empty();
  }

  private static boolean is(List<RussianWord> words, int at, String... lemmas) {
    if (at < 0 || at >= words.size()) {
      return false;
    }
    for (String lemma : lemmas) {
      if (words.get(at).keys().contains(lemma)) {
        return true;
      }
    }
    return false;
  }

  private static boolean dash(List<RussianWord> words, int at) {
    return at < words.size() && DASHES.contains(words.get(at).text());
  }
}
