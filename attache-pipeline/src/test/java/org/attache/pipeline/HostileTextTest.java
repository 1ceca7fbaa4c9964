package org.attache.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import org.attache.model.DocumentRecord;
import org.attache.pipeline.testing.ExtractorTesting;
import org.junit.jupiter.api.Test;

/** Random and hostile text ends in a record, never an exception or a hang. */
class HostileTextTest {
  private static final Duration LIMIT = Duration.ofMinutes(2);

  private static DocumentRecord extract(String body) {
    return assertTimeoutPreemptively(LIMIT, () -> ExtractorTesting.extract(null, body, null));
  }

  @Test
  void randomCharacters() {
    Random random = new Random(20210208);
    for (int round = 0; round < 8; round++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(1_000);
      for (int i = 0; i < length; i++) {
        text.appendCodePoint(random.nextInt(0x2FFF) + 1);
      }
      assertThat(extract(text.toString()).document().id()).hasSize(64);
    }
  }

  @Test
  void randomWordsOfTheDomain() {
    String[] words = {
      "met", "with", "Minister", "of", "Foreign", "Affairs", "Ambassador", "to", "China", "SCO",
      "Secretary-General", ",", "and", "the", "received", "on", "Monday", "in", "Beijing", "'s",
      "Mr", "H.E.", "counterpart", "Vladimir", "Norov", ".", "(", ")", "talks", "between"
    };
    Random random = new Random(7);
    for (int round = 0; round < 30; round++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(200);
      for (int i = 0; i < length; i++) {
        text.append(words[random.nextInt(words.length)]).append(' ');
      }
      extract(text.toString());
    }
  }

  @Test
  void aLongTextWithNoSentenceEnd() {
    String text = "the ministers of the member states met and discussed cooperation ".repeat(800);

    DocumentRecord record = extract(text);

    assertThat(record.document().diplomatic()).isFalse();
  }

  @Test
  void oneEndlessWordAndControlCharacters() {
    extract("x".repeat(20_000));
    extract("\u0000\u0001\u0002 Minister \u001B[31m met \u0007 Ambassador \uFEFF\u200B.");
  }
}
