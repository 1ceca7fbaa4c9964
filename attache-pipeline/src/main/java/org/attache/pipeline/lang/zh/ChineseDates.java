package org.attache.pipeline.lang.zh;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Chinese writes them: "2018年6月9日", "6月30日" (the year the document was published in, or
 * the one before where that date would be after publication), "23日" (the month of publication, or
 * the one before), "2021年" alone.
 */
final class ChineseDates {
  private static final Pattern DATE =
      Pattern.compile("(?:(\\d{4})年)?(?:(\\d{1,2})月)?(?:(\\d{1,2})[日号])?");

  private ChineseDates() {}

  /** The first date in a piece of simplified text, resolved against the publication date. */
  static Optional<String> first(String text, Optional<LocalDate> published) {
    Matcher matcher = DATE.matcher(text);
    while (matcher.find()) {
      if (matcher.end() == matcher.start()) {
        continue;
      }
      Optional<String> date =
          resolve(matcher.group(1), matcher.group(2), matcher.group(3), published);
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  /** The last date in a piece of simplified text, resolved against the publication date. */
  static Optional<String> last(String text, Optional<LocalDate> published) {
    Matcher matcher = DATE.matcher(text);
    Optional<String> last = Optional.empty();
    while (matcher.find()) {
      if (matcher.end() > matcher.start()) {
        Optional<String> date =
            resolve(matcher.group(1), matcher.group(2), matcher.group(3), published);
        if (date.isPresent()) {
          last = date;
        }
      }
    }
    return last;
  }

  private static Optional<String> resolve(
      String year, String month, String day, Optional<LocalDate> published) {
    if (year != null && month == null && day == null) {
      return Optional.of(year);
    }
    if (year == null && month == null) {
      if (published.isEmpty() || day == null) {
        return Optional.empty();
      }
      int d = Integer.parseInt(day);
      LocalDate base = published.get();
      LocalDate month0 = d > base.getDayOfMonth() ? base.minusMonths(1) : base;
      return valid(month0.getYear(), month0.getMonthValue(), d);
    }
    int m = Integer.parseInt(month);
    int y;
    if (year != null) {
      y = Integer.parseInt(year);
    } else if (published.isPresent()) {
      LocalDate base = published.get();
      y = m > base.getMonthValue() ? base.getYear() - 1 : base.getYear();
    } else {
      return Optional.empty();
    }
    if (m < 1 || m > 12) {
      return Optional.empty();
    }
    return day == null
        ? Optional.of(String.format(java.util.Locale.ROOT, "%04d-%02d", y, m))
        : valid(y, m, Integer.parseInt(day));
  }

  private static Optional<String> valid(int year, int month, int day) {
    if (day < 1 || day > 31 || month < 1 || month > 12) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day).toString());
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }
}
