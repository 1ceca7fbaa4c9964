package org.attache.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.attache.knowledge.PhraseMatcher.CaseMatching;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {
  private static PhraseMatcher<String> matcher(String... phrases) {
    PhraseMatcher.Builder<String> builder = PhraseMatcher.builder();
    for (String phrase : phrases) {
      builder.add(phrase, phrase);
    }
    return builder.build();
  }

  private static List<String> found(PhraseMatcher<String> matcher, String text) {
    List<String> found = new ArrayList<>();
    for (PhraseMatch<String> match : matcher.find(text)) {
      found.add(match.start() + "-" + match.end() + " " + match.payload());
    }
    return found;
  }

  @Test
  void prefersTheLeftmostThenTheLongestMatch() {
    PhraseMatcher<String> matcher =
        matcher("Republic of China", "People's Republic of China", "China");

    assertThat(found(matcher, "the People's Republic of China and China"))
        .containsExactly("4-30 People's Republic of China", "35-40 China");
  }

  @Test
  void keepsOriginalOffsetsAcrossTypographicApostrophes() {
    String text = "in the People\u2019s Republic of China.";

    List<PhraseMatch<String>> matches = matcher("People's Republic of China").find(text);

    assertThat(matches).containsExactly(new PhraseMatch<>(7, 33, "People's Republic of China"));
    assertThat(matches.get(0).text(text)).isEqualTo("People\u2019s Republic of China");
  }

  @Test
  void matchesAPhraseBrokenAcrossLinesAndSpaces() {
    String text = "the ASEAN-China\n   Centre\u00a0in Beijing";

    assertThat(found(matcher("ASEAN-China Centre"), text))
        .containsExactly("4-25 ASEAN-China Centre");
  }

  @Test
  void matchesHyphenVariants() {
    assertThat(
            found(
                matcher("ASEAN-China Centre"), "ASEAN\u2013China Centre, ASEAN\u2011China centre"))
        .containsExactly("0-18 ASEAN-China Centre", "20-38 ASEAN-China Centre");
  }

  @Test
  void skipsSoftHyphensInsideAWord() {
    assertThat(found(matcher("Kazakhstan"), "Ka\u00adzakh\u00adstan"))
        .containsExactly("0-12 Kazakhstan");
  }

  @Test
  void doesNotMatchInsideAWord() {
    PhraseMatcher<String> matcher = matcher("China", "Oman", "Omani", "SCO");

    assertThat(found(matcher, "Chinatown, Indochina, Omani, SCOs, 2China"))
        .containsExactly("22-27 Omani");
  }

  @Test
  void matchesNextToPunctuation() {
    assertThat(found(matcher("China", "SCO"), "(China's) SCO-ASEAN \"SCO\""))
        .containsExactly("1-6 China", "10-13 SCO", "21-24 SCO");
  }

  @Test
  void matchesAllCapitalPhrasesOnlyInCapitals() {
    PhraseMatcher<String> matcher = matcher("SCO", "US");

    assertThat(found(matcher, "sco, Sco, SCO; let us, US"))
        .containsExactly("10-13 SCO", "23-25 US");
  }

  @Test
  void matchesOtherPhrasesInAnyCase() {
    assertThat(found(matcher("Foreign Minister"), "FOREIGN MINISTER and foreign minister"))
        .containsExactly("0-16 Foreign Minister", "21-37 Foreign Minister");
  }

  @Test
  void honoursAnExplicitCaseMatching() {
    PhraseMatcher<String> matcher =
        PhraseMatcher.<String>builder()
            .add("Turkey", "TUR", CaseMatching.SENSITIVE)
            .add("un", "un", CaseMatching.INSENSITIVE)
            .build();

    assertThat(found(matcher, "turkey, Turkey, UN")).containsExactly("8-14 TUR", "16-18 un");
  }

  @Test
  void decidesTheDefaultCaseMatchingFromThePhrase() {
    assertThat(CaseMatching.of("UN")).isEqualTo(CaseMatching.SENSITIVE);
    assertThat(CaseMatching.of("U.S.")).isEqualTo(CaseMatching.SENSITIVE);
    assertThat(CaseMatching.of("G20")).isEqualTo(CaseMatching.SENSITIVE);
    assertThat(CaseMatching.of("AfDB")).isEqualTo(CaseMatching.SENSITIVE);
    assertThat(CaseMatching.of("China")).isEqualTo(CaseMatching.INSENSITIVE);
    assertThat(CaseMatching.of("ASEAN-China Centre")).isEqualTo(CaseMatching.INSENSITIVE);
  }

  @Test
  void reportsThePhraseAddedFirstForTheSameSpan() {
    PhraseMatcher<String> matcher =
        PhraseMatcher.<String>builder().add("Singapore", "state").add("Singapore", "city").build();

    assertThat(found(matcher, "in Singapore")).containsExactly("3-12 state");
  }

  @Test
  void reportsNoOverlappingMatches() {
    assertThat(found(matcher("a b", "b c", "c d"), "a b c d"))
        .containsExactly("0-3 a b", "4-7 c d");
  }

  @Test
  void findsPhrasesThatEndInsideLongerOnes() {
    PhraseMatcher<String> matcher = matcher("she said", "he", "said so", "his");

    assertThat(found(matcher, "she said he said so his"))
        .containsExactly("0-8 she said", "9-11 he", "12-19 said so", "20-23 his");
  }

  @Test
  void handlesCharactersOutsideTheBasicPlane() {
    assertThat(found(matcher("China"), "\uD83C\uDDE8\uD83C\uDDF3 China \uD835\uDC00China"))
        .containsExactly("5-10 China");
  }

  @Test
  void findsNothingInEmptyText() {
    assertThat(matcher("China").find("")).isEmpty();
    assertThat(PhraseMatcher.<String>builder().build().find("China")).isEmpty();
  }

  @Test
  void rejectsAnEmptyPhrase() {
    assertThatThrownBy(() -> PhraseMatcher.<String>builder().add(" \u00ad ", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("empty phrase: ' \u00ad '");
  }

  @Test
  void agreesWithABruteForceSearchOnRandomText() {
    Random random = new Random(20210208);
    String alphabet = "abAB -'\u2019\n";
    for (int round = 0; round < 300; round++) {
      PhraseMatcher.Builder<String> builder = PhraseMatcher.builder();
      List<String> phrases = new ArrayList<>();
      for (int p = 0; p < 1 + random.nextInt(8); p++) {
        String phrase = randomText(random, "abAB -'", 1 + random.nextInt(5)).strip();
        if (!phrase.isEmpty() && !phrase.contains("  ")) {
          phrases.add(phrase);
          builder.add(phrase, phrase);
        }
      }
      String text = randomText(random, alphabet, random.nextInt(60));

      assertThat(found(builder.build(), text))
          .as("phrases %s in '%s'", phrases, text)
          .isEqualTo(bruteForce(phrases, text));
    }
  }

  private static String randomText(Random random, String alphabet, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  /** The same contract, checked the slow way: every start, every phrase, then leftmost-longest. */
  private static List<String> bruteForce(List<String> phrases, String text) {
    List<String> found = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int bestEnd = -1;
      String best = null;
      for (String phrase : phrases) {
        int end = matchAt(phrase, text, start);
        if (end > bestEnd) {
          bestEnd = end;
          best = phrase;
        }
      }
      if (best != null) {
        found.add(start + "-" + bestEnd + " " + best);
        start = bestEnd;
      } else {
        start++;
      }
    }
    return found;
  }

  /** Where {@code phrase} ends if it matches at {@code start}, or -1. */
  private static int matchAt(String phrase, String text, int start) {
    boolean sensitive = CaseMatching.of(phrase) == CaseMatching.SENSITIVE;
    if (start > 0 && isWord(text.charAt(start - 1)) && isWord(text.charAt(start))) {
      return -1;
    }
    int i = start;
    for (int k = 0; k < phrase.length(); k++) {
      char p = phrase.charAt(k);
      if (i >= text.length()) {
        return -1;
      }
      char t = text.charAt(i) == '\u2019' ? '\'' : text.charAt(i);
      if (p == ' ') {
        if (!Character.isWhitespace(t)) {
          return -1;
        }
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        continue;
      }
      if (sensitive ? t != p : Character.toLowerCase(t) != Character.toLowerCase(p)) {
        return -1;
      }
      i++;
    }
    if (i < text.length() && isWord(text.charAt(i - 1)) && isWord(text.charAt(i))) {
      return -1;
    }
    return i;
  }

  private static boolean isWord(char c) {
    return Character.isLetterOrDigit(c);
  }
}
