package org.attache.bench.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.attache.pipeline.read.SourceDocument;

/**
 * Generates news that is not diplomatic (sport, weather, markets) from short word lists, so that a
 * benchmark can mix it with communiqués. The same seed gives the same documents.
 */
public final class FillerText {
  private static final List<String> TEAMS =
      List.of(
          "the river club",
          "the harbour side",
          "the city eleven",
          "the valley rovers",
          "the northern athletic",
          "the old town united",
          "the mill street wanderers");
  private static final List<String> SPORT_VERBS =
      List.of("beat", "drew with", "lost to", "edged past", "held off", "overturned");
  private static final List<String> SPORT_DETAILS =
      List.of(
          "after a late goal in the second half",
          "in front of a full stadium",
          "despite losing their captain to injury",
          "on a wet and heavy pitch",
          "with two goals from a young forward",
          "after extra time and a tense finish");
  private static final List<String> WEATHER_PLACES =
      List.of(
          "the coast",
          "the hills",
          "the northern plains",
          "the river valley",
          "the lake district",
          "the southern farmland");
  private static final List<String> WEATHER_EVENTS =
      List.of(
          "heavy rain is expected overnight",
          "temperatures will climb above thirty degrees",
          "a band of fog will linger until noon",
          "strong winds may bring down branches",
          "light snow could settle on higher ground",
          "skies will clear by the afternoon");
  private static final List<String> MARKET_SUBJECTS =
      List.of(
          "shares of the largest grocer",
          "the price of copper",
          "the index of small companies",
          "wheat futures",
          "the shipping stocks",
          "the yield on ten-year bonds");
  private static final List<String> MARKET_MOVES =
      List.of("rose", "fell", "slipped", "climbed", "steadied", "rallied");
  private static final List<String> MARKET_REASONS =
      List.of(
          "as traders weighed the quarterly results",
          "after a weak report on factory orders",
          "on hopes of a mild winter",
          "as investors took profits",
          "amid thin trading before the holiday",
          "after a surprise rise in retail sales");

  private final Random random;

  public FillerText(long seed) {
    this.random = new Random(seed);
  }

  /** One generated article, its source named {@code generated:N}. */
  public SourceDocument next(int number) {
    int kind = random.nextInt(3);
    String title =
        switch (kind) {
          case 0 -> capitalise(pick(TEAMS)) + " " + pick(SPORT_VERBS) + " " + pick(TEAMS);
          case 1 -> "Weather: " + pick(WEATHER_EVENTS) + " over " + pick(WEATHER_PLACES);
          default -> "Markets: " + pick(MARKET_SUBJECTS) + " " + pick(MARKET_MOVES);
        };
    StringBuilder body = new StringBuilder();
    int paragraphs = 3 + random.nextInt(4);
    for (int p = 0; p < paragraphs; p++) {
      if (p > 0) {
        body.append("\n\n");
      }
      int sentences = 2 + random.nextInt(4);
      for (int s = 0; s < sentences; s++) {
        if (s > 0) {
          body.append(' ');
        }
        body.append(sentence(kind));
      }
    }
    LocalDate date = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365));
    return new SourceDocument(
        "generated:" + number, Optional.of(title), Optional.of(date), body.toString());
  }

  private String sentence(int kind) {
    return switch (kind) {
      case 0 ->
          capitalise(pick(TEAMS))
              + " "
              + pick(SPORT_VERBS)
              + " "
              + pick(TEAMS)
              + " "
              + (1 + random.nextInt(4))
              + "-"
              + random.nextInt(3)
              + " "
              + pick(SPORT_DETAILS)
              + ".";
      case 1 ->
          "Over "
              + pick(WEATHER_PLACES)
              + " "
              + pick(WEATHER_EVENTS)
              + ", and "
              + pick(WEATHER_EVENTS)
              + " later in the week.";
      default ->
          capitalise(pick(MARKET_SUBJECTS))
              + " "
              + pick(MARKET_MOVES)
              + " "
              + (1 + random.nextInt(40)) / 10.0
              + " percent "
              + pick(MARKET_REASONS)
              + ".";
    };
  }

  private String pick(List<String> words) {
    return words.get(random.nextInt(words.size()));
  }

  private static String capitalise(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
