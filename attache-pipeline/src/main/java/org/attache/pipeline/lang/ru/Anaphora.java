package org.attache.pipeline.lang.ru;

import java.util.List;

/**
 * States a title names by reference to the text before it: "министр иностранных дел этой страны"
 * (the state named last), "министры иностранных дел двух стран" or "обеих стран" (the two named
 * last, in the order the text last named them).
 */
final class Anaphora {
  private Anaphora() {}

  /** The states the words {@code from..to} (exclusive) refer to, from {@code recent}. */
  static List<String> states(List<RussianWord> words, int from, int to, List<String> recent) {
    for (int i = Math.max(from, 1); i < to; i++) {
      if (!words.get(i).is("страна") && !words.get(i).is("государство")) {
        continue;
      }
      RussianWord before = words.get(i - 1);
      if ((before.is("этот") || before.is("данный")) && !recent.isEmpty()) {
        return List.of(recent.get(recent.size() - 1));
      }
      if ((before.is("два") || before.is("оба")) && recent.size() >= 2) {
        return List.copyOf(recent.subList(recent.size() - 2, recent.size()));
      }
    }
    return List.of();
  }
}
