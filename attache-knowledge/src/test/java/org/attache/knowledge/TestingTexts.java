package org.attache.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random and hostile texts for the robustness tests of the matchers. */
final class TestingTexts {
  private TestingTexts() {}

  /**
   * {@code count} texts of up to 400 characters: letters, any character of the Basic Multilingual
   * Plane (lone surrogates included) and, one in four, punctuation, quotes and line ends.
   */
  static List<String> random(Random random, int count) {
    List<String> texts = new ArrayList<>();
    for (int t = 0; t < count; t++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(400);
      for (int i = 0; i < length; i++) {
        text.append(
            random.nextInt(4) == 0
                ? " .\n-'\"".charAt(random.nextInt(6))
                : (char)
                    (random.nextBoolean() ? 'a' + random.nextInt(26) : random.nextInt(0xFFFF)));
      }
      texts.add(text.toString());
    }
    return texts;
  }
}
