package org.attache.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Random and hostile texts for the robustness tests of the matchers, and the refusals of bad files.
 */
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

  /**
   * Reads each hostile text and 200 random ones (of the seed) within 20 seconds, without a failure.
   *
   * @param read reads a text and asserts what holds of any text it reads
   */
  static void assertSurvives(long seed, List<String> hostile, Consumer<String> read) {
    List<String> texts = new ArrayList<>(hostile);
    texts.addAll(random(new Random(seed), 200));
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> texts.forEach(read));
  }

  /** Asserts that a match ends inside the text it was found in. */
  static void assertInside(int end, String text) {
    assertThat(end).isLessThanOrEqualTo(text.length());
  }

  /** Asserts that parsing a file fails with a {@link KnowledgeDataException} of that message. */
  static void assertRefused(Supplier<?> parse, String message) {
    assertThatThrownBy(parse::get).isInstanceOf(KnowledgeDataException.class).hasMessage(message);
  }
}
