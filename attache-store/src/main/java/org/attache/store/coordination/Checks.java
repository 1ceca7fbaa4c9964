package org.attache.store.coordination;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.attache.model.Area;
import org.attache.model.Vocabulary;
import org.attache.model.error.AttacheException;
import org.attache.store.users.User;

/** The checks the workspace's values share; each failure names the field and the value. */
final class Checks {
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  private Checks() {}

  /** A text that must be given: stripped, not blank, without NUL, at most {@code max} long. */
  static String text(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw AttacheException.badInput("The " + field + " is missing");
    }
    return optionalText(field, Optional.of(value), max).orElseThrow();
  }

  /** A text that may be absent: blank is absent. */
  static Optional<String> optionalText(String field, Optional<String> value, int max) {
    Optional<String> stripped = value.map(String::strip).filter(v -> !v.isEmpty());
    stripped.ifPresent(
        v -> {
          if (v.indexOf('\0') >= 0) {
            throw AttacheException.badInput("The " + field + " holds a NUL character");
          }
          if (v.length() > max) {
            throw AttacheException.badInput(
                "The " + field + " is longer than " + max + " characters: '" + v + "'");
          }
        });
    return stripped;
  }

  /** An ISO 8601 date as precise as known: 2021, 2021-02 or 2021-02-08. */
  static String date(String field, String value) {
    String v = value.strip();
    if (!ISO_DATE.matcher(v).matches()) {
      throw AttacheException.badInput(
          "The " + field + " is not an ISO date (2021, 2021-02 or 2021-02-08): '" + value + "'");
    }
    try {
      switch (v.length()) {
        case 4 -> Year.parse(v);
        case 7 -> YearMonth.parse(v);
        default -> LocalDate.parse(v);
      }
    } catch (DateTimeException e) {
      throw AttacheException.badInput(
          "The " + field + " is not a date of the calendar: '" + value + "'");
    }
    return v;
  }

  static Optional<String> optionalDate(String field, Optional<String> value) {
    return value.map(String::strip).filter(v -> !v.isEmpty()).map(v -> date(field, v));
  }

  /** The first day a date of any precision covers. */
  static LocalDate first(String date) {
    return switch (date.length()) {
      case 4 -> LocalDate.of(Integer.parseInt(date), 1, 1);
      case 7 -> YearMonth.parse(date).atDay(1);
      default -> LocalDate.parse(date);
    };
  }

  /** The last day a date of any precision covers. */
  static LocalDate last(String date) {
    return switch (date.length()) {
      case 4 -> LocalDate.of(Integer.parseInt(date), 12, 31);
      case 7 -> YearMonth.parse(date).atEndOfMonth();
      default -> LocalDate.parse(date);
    };
  }

  /** Refuses a period whose end comes before its start. */
  static void period(String what, String from, String to) {
    if (first(from).isAfter(last(to))) {
      throw AttacheException.badInput(
          "The " + what + " ends before it starts: '" + from + "' to '" + to + "'");
    }
  }

  /** Party codes, each checked, without repeats, in the order given. */
  static List<String> parties(String field, List<String> codes) {
    LinkedHashSet<String> checked = new LinkedHashSet<>();
    for (String code : codes) {
      checked.add(User.checkParty(code.strip()));
    }
    if (checked.size() > 50) {
      throw AttacheException.badInput("The " + field + " name more than 50 parties");
    }
    return List.copyOf(checked);
  }

  /** Areas of cooperation, each of the closed vocabulary of RECORDS.md, without repeats. */
  static List<String> areas(List<String> areas) {
    List<String> checked = new ArrayList<>();
    for (String area : areas) {
      String code;
      try {
        code = Vocabulary.parse(Area.class, area.strip()).code();
      } catch (IllegalArgumentException e) {
        throw AttacheException.badInput("Not an area of cooperation: '" + area + "'");
      }
      if (!checked.contains(code)) {
        checked.add(code);
      }
    }
    return List.copyOf(checked);
  }
}
