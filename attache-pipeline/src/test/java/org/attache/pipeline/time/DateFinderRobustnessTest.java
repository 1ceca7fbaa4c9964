package org.attache.pipeline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random and hostile text: nothing throws, every mention is well formed, and pathological inputs of
 * bounded size finish (the grammar is linear; there is nothing to backtrack).
 */
class DateFinderRobustnessTest {
  private static final DateFinder FINDER = new DateFinder();

  private static final String[] PIECES = {
    "1",
    "8",
    "09",
    "13",
    "24",
    "29",
    "31",
    "32",
    "99",
    "2005",
    "2021",
    "2022",
    "1999",
    "2099",
    "12345",
    "9999999999",
    "February",
    "Feb",
    "May",
    "Sept",
    "December",
    "Monday",
    "Sunday",
    "th",
    "of",
    "from",
    "between",
    "and",
    "to",
    "until",
    "last",
    "this",
    "next",
    "the",
    "week",
    "month",
    "year",
    "yesterday",
    "today",
    "in",
    "mid",
    "Resolution",
    "tonnes",
    "G",
    "COVID",
    "-",
    "–",
    "/",
    ".",
    ",",
    ":",
    "(",
    ")",
    "+",
    "$",
    "%",
    "'s",
    " ",
    " ",
    " ",
    "\n",
    "\u00a0",
    "\u0130",
    "\ud83d",
    "\ude00",
    "\u0663",
    "ß"
  };

  @Test
  void randomTokenSoupGivesWellFormedMentions() {
    Random random = new Random(20_210_208L);
    for (int run = 0; run < 20_000; run++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(40);
      for (int k = 0; k < length; k++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
        if (random.nextInt(3) == 0) {
          text.append(' ');
        }
      }
      Optional<LocalDate> published =
          random.nextBoolean()
              ? Optional.of(
                  LocalDate.of(1990 + random.nextInt(40), 1, 1).plusDays(random.nextInt(366)))
              : Optional.empty();
      assertWellFormed(text.toString(), FINDER.find(text, published));
    }
  }

  @Test
  void randomCharactersGiveWellFormedMentions() {
    Random random = new Random(7L);
    for (int run = 0; run < 5_000; run++) {
      char[] chars = new char[random.nextInt(200)];
      for (int k = 0; k < chars.length; k++) {
        chars[k] =
            random.nextInt(4) == 0
                ? (char) random.nextInt(0x10000)
                : (char) (32 + random.nextInt(95));
      }
      String text = new String(chars);
      assertWellFormed(text, FINDER.find(text, Optional.of(LocalDate.of(2021, 2, 8))));
    }
  }

  @Test
  void longRepetitiveInputsFinish() {
    String[] units = {"1-", "2021-", "8 February ", "from 2019 to ", "between ", "Monday ", "1,"};
    for (String unit : units) {
      String text = unit.repeat(200_000 / unit.length());
      assertWellFormed(text, FINDER.find(text, Optional.of(LocalDate.of(2021, 2, 8))));
    }
  }

  @Test
  void emptyAndBlankTexts() {
    assertThat(FINDER.find("", Optional.empty())).isEmpty();
    assertThat(FINDER.find(" \n\t ", Optional.of(LocalDate.of(2021, 2, 8)))).isEmpty();
  }

  private static void assertWellFormed(String text, List<TemporalMention> mentions) {
    int previousEnd = 0;
    for (TemporalMention mention : mentions) {
      assertThat(mention.start()).as("start in %s", mention).isGreaterThanOrEqualTo(previousEnd);
      assertThat(mention.end()).as("end in %s", mention).isLessThanOrEqualTo(text.length());
      assertParses(mention.value());
      mention.to().ifPresent(DateFinderRobustnessTest::assertParses);
      previousEnd = mention.end();
    }
  }

  private static void assertParses(String iso) {
    switch (iso.length()) {
      case 4 -> Year.parse(iso);
      case 7 -> YearMonth.parse(iso);
      default -> LocalDate.parse(iso);
    }
  }
}
