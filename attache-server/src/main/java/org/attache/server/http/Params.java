package org.attache.server.http;

import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Reads and checks query parameters; a bad one is a 400 naming the parameter and the value. */
public final class Params {
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Pattern DOCUMENT = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern ACTOR = Pattern.compile("(person|organisation):\\d{1,18}");

  private Params() {}

  public static Optional<String> text(Context ctx, String name) {
    return Optional.ofNullable(ctx.queryParam(name))
        .map(v -> checkText(name, v))
        .map(String::strip)
        .filter(s -> !s.isEmpty());
  }

  /** A form field of a page's form, when present and not blank. */
  public static Optional<String> form(Context ctx, String name) {
    return Optional.ofNullable(ctx.formParam(name))
        .map(v -> checkText(name, v))
        .map(String::strip)
        .filter(s -> !s.isEmpty());
  }

  /**
   * Refuses a text that the store cannot hold or search: one with a NUL character.
   *
   * @return the text
   */
  public static String checkText(String name, String value) {
    int nul = value.indexOf('\0');
    if (nul >= 0) {
      throw Refusal.BAD_REQUEST.because(
          "'" + name + "' holds a NUL character (at " + nul + "), which no text may hold");
    }
    return value;
  }

  /** A text parameter that must be given. */
  public static String required(Context ctx, String name, String message) {
    return text(ctx, name).orElseThrow(() -> Refusal.BAD_REQUEST.because(message));
  }

  /** The page size of a list: {@code limit}, 1 to 500, 50 when absent. */
  public static int limit(Context ctx) {
    return integer(ctx, "limit", 50, 1, 500);
  }

  /** Where a page of a list starts: {@code offset}, 0 when absent. */
  public static int offset(Context ctx) {
    return integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
  }

  /** A document id: 64 hex digits. */
  public static String documentId(String id) {
    if (!DOCUMENT.matcher(id).matches()) {
      throw Refusal.BAD_REQUEST.because("A document id is 64 hex digits: '" + id + "'");
    }
    return id;
  }

  /** An actor given in a parameter that must be there. */
  public static String requiredActor(Context ctx, String name) {
    return actor(ctx, name)
        .orElseThrow(() -> Refusal.BAD_REQUEST.because("Give an actor in '" + name + "'"));
  }

  public static int integer(Context ctx, String name, int fallback, int min, int max) {
    Optional<String> value = text(ctx, name);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.get());
      if (n < min || n > max) {
        throw Refusal.BAD_REQUEST.because(
            "'" + name + "' must be between " + min + " and " + max + ": " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw Refusal.BAD_REQUEST.because("'" + name + "' is not a number: '" + value.get() + "'");
    }
  }

  /**
   * An ISO 8601 date as precise as wanted: 2021, 2021-02 or 2021-02-08, of a year from 1 to 9999
   * and a day that the calendar has.
   */
  public static Optional<String> date(Context ctx, String name) {
    Optional<String> value = text(ctx, name);
    value.ifPresent(v -> checkDate(name, v));
    return value;
  }

  private static void checkDate(String name, String value) {
    if (!ISO_DATE.matcher(value).matches()) {
      throw Refusal.BAD_REQUEST.because(
          "'" + name + "' is not an ISO date (2021, 2021-02 or 2021-02-08): '" + value + "'");
    }
    try {
      int year =
          switch (value.length()) {
            case 4 -> Year.parse(value).getValue();
            case 7 -> YearMonth.parse(value).getYear();
            default -> LocalDate.parse(value).getYear();
          };
      if (year < 1) {
        throw Refusal.BAD_REQUEST.because("'" + name + "' is before the year 1: '" + value + "'");
      }
    } catch (DateTimeException e) {
      throw Refusal.BAD_REQUEST.because(
          "'" + name + "' is not a date of the calendar: '" + value + "'");
    }
  }

  /** An actor key: person:12 or organisation:3. */
  public static Optional<String> actor(Context ctx, String name) {
    Optional<String> value = text(ctx, name);
    value.ifPresent(Params::checkActor);
    return value;
  }

  /** Whether a value is an actor's key, {@code person:ID} or {@code organisation:ID}. */
  public static boolean isActorKey(String value) {
    return ACTOR.matcher(value).matches();
  }

  public static String checkActor(String value) {
    if (!ACTOR.matcher(value).matches()) {
      throw Refusal.BAD_REQUEST.because(
          "Not an actor (person:ID or organisation:ID): '" + value + "'");
    }
    return value;
  }

  /** One of a fixed set of words. */
  public static Optional<String> oneOf(Context ctx, String name, Set<String> allowed) {
    Optional<String> value = text(ctx, name);
    value.ifPresent(
        v -> {
          if (!allowed.contains(v)) {
            throw Refusal.BAD_REQUEST.because(
                "'" + name + "' must be one of " + new TreeSet<>(allowed) + ": '" + v + "'");
          }
        });
    return value;
  }
}
