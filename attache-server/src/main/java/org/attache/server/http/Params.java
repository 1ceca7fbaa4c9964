package org.attache.server.http;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads and checks query parameters; a bad one is a 400 naming the parameter and the value. */
public final class Params {
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Pattern ACTOR = Pattern.compile("(person|organisation):\\d{1,18}");

  private Params() {}

  public static Optional<String> text(Context ctx, String name) {
    return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(s -> !s.isEmpty());
  }

  public static int integer(Context ctx, String name, int fallback, int min, int max) {
    Optional<String> value = text(ctx, name);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.get());
      if (n < min || n > max) {
        throw ApiException.badRequest(
            "'" + name + "' must be between " + min + " and " + max + ": " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("'" + name + "' is not a number: '" + value.get() + "'");
    }
  }

  /** An ISO 8601 date as precise as wanted: 2021, 2021-02 or 2021-02-08. */
  public static Optional<String> date(Context ctx, String name) {
    Optional<String> value = text(ctx, name);
    value.ifPresent(
        v -> {
          if (!ISO_DATE.matcher(v).matches()) {
            throw ApiException.badRequest(
                "'" + name + "' is not an ISO date (2021, 2021-02 or 2021-02-08): '" + v + "'");
          }
        });
    return value;
  }

  /** An actor key: person:12 or organisation:3. */
  public static Optional<String> actor(Context ctx, String name) {
    Optional<String> value = text(ctx, name);
    value.ifPresent(Params::checkActor);
    return value;
  }

  public static String checkActor(String value) {
    if (!ACTOR.matcher(value).matches()) {
      throw ApiException.badRequest("Not an actor (person:ID or organisation:ID): '" + value + "'");
    }
    return value;
  }

  /** One of a fixed set of words. */
  public static Optional<String> oneOf(Context ctx, String name, java.util.Set<String> allowed) {
    Optional<String> value = text(ctx, name);
    value.ifPresent(
        v -> {
          if (!allowed.contains(v)) {
            throw ApiException.badRequest(
                "'"
                    + name
                    + "' must be one of "
                    + new java.util.TreeSet<>(allowed)
                    + ": '"
                    + v
                    + "'");
          }
        });
    return value;
  }
}
