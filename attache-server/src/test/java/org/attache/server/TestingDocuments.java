package org.attache.server;

import java.util.List;

/**
 * Texts of a size a test needs, each unlike any other, that hold no diplomatic event: a large
 * submission must not change what other tests find in the store.
 */
final class TestingDocuments {
  private static final List<String> TEAMS =
      List.of(
          "the river club",
          "the harbour side",
          "the city eleven",
          "the valley rovers",
          "the northern athletic",
          "the mill street wanderers");
  private static final List<String> RESULTS =
      List.of("beat", "drew with", "lost to", "edged past", "held off");
  private static final List<String> WEATHER =
      List.of(
          "heavy rain is expected overnight on the coast",
          "temperatures will climb above thirty degrees in the valley",
          "a band of fog will linger until noon over the lakes",
          "strong winds may bring down branches in the hills",
          "skies will clear by the afternoon on the plains");
  private static final List<String> MARKETS =
      List.of(
          "shares of the largest grocer rose",
          "the price of copper fell",
          "the index of small companies slipped",
          "wheat futures climbed",
          "the shipping stocks steadied");

  private TestingDocuments() {}

  /**
   * Local news, round by round, until the text holds at least {@code bytes} bytes; {@code mark}
   * makes it unlike any other text.
   */
  static String localNews(String mark, int bytes) {
    StringBuilder text = new StringBuilder(bytes + 200).append("Local news (").append(mark);
    text.append(").\n\n");
    for (int i = 1; text.length() < bytes; i++) {
      text.append("In round ")
          .append(i)
          .append(", ")
          .append(TEAMS.get(i % TEAMS.size()))
          .append(' ')
          .append(RESULTS.get(i % RESULTS.size()))
          .append(' ')
          .append(TEAMS.get((i + 1 + i / TEAMS.size()) % TEAMS.size()))
          .append(" by ")
          .append(i % 4 + 1)
          .append(" goals to ")
          .append(i % 3)
          .append(". Forecasters say ")
          .append(WEATHER.get(i % WEATHER.size()))
          .append(", and ")
          .append(MARKETS.get(i % MARKETS.size()))
          .append(" by ")
          .append(i % 9 + 1)
          .append(" per cent.\n");
      if (i % 6 == 0) {
        text.append('\n');
      }
    }
    return text.toString();
  }
}
