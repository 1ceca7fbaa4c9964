package org.attache.pipeline.lang.ru;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.pipeline.analysis.WordLists;

/**
 * Dates in a Russian sentence: "6 июля 2021 года", "22 января" (the year of publication), "27
 * февраля с.г." (this year), "сегодня" (the day of publication), a year alone ("в 2023 году"), as
 * ISO 8601 as precise as the text.
 */
final class RussianDates {
  private static final Map<String, Integer> MONTHS = WordLists.numbers("ru-months.tsv");

  private RussianDates() {}

  /** The first day-and-month date of the sentence, or "сегодня", against the publication date. */
  static Optional<String> day(List<RussianWord> words, Optional<LocalDate> published) {
    for (int i = 0; i < words.size(); i++) {
      RussianWord word = words.get(i);
      if (word.token().pos().equals("NUM") && i + 1 < words.size()) {
        Integer month = month(words.get(i + 1));
        int day = Integer.parseInt(word.text().length() > 2 ? "0" : word.text());
        if (month != null && day >= 1 && day <= 31) {
          Optional<Integer> year = Optional.empty();
          if (i + 2 < words.size()
              && words.get(i + 2).token().pos().equals("NUM")
              && words.get(i + 2).text().length() == 4) {
            year = Optional.of(Integer.parseInt(words.get(i + 2).text()));
          }
          Optional<Integer> resolved = year.or(() -> published.map(LocalDate::getYear));
          if (resolved.isPresent()) {
            return Optional.of(String.format("%04d-%02d-%02d", resolved.get(), month, day));
          }
          return Optional.empty();
        }
      }
      if (word.lower().equals("сегодня") && published.isPresent()) {
        return Optional.of(published.get().toString());
      }
    }
    return Optional.empty();
  }

  /** The years of "2021-2022 годы", "на 2025-2027 годы", "до 2035 года", first and last. */
  static Optional<int[]> years(List<RussianWord> words) {
    for (int i = 0; i < words.size(); i++) {
      if (isYear(words.get(i))) {
        int from = Integer.parseInt(words.get(i).text());
        if (i + 2 < words.size()
            && (words.get(i + 1).text().equals("-") || words.get(i + 1).text().equals("–"))
            && isYear(words.get(i + 2))) {
          return Optional.of(new int[] {from, Integer.parseInt(words.get(i + 2).text())});
        }
        boolean until = i > 0 && words.get(i - 1).lower().equals("до");
        return Optional.of(until ? new int[] {0, from} : new int[] {from, from});
      }
    }
    return Optional.empty();
  }

  private static boolean isYear(RussianWord word) {
    return word.token().pos().equals("NUM")
        && word.text().length() == 4
        && (word.text().startsWith("19") || word.text().startsWith("20"));
  }

  private static Integer month(RussianWord word) {
    for (String key : word.keys()) {
      Integer month = MONTHS.get(key);
      if (month != null) {
        return month;
      }
    }
    return null;
  }
}
