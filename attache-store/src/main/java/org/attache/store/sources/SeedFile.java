package org.attache.store.sources;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.error.AttacheException;

/**
 * A file of sources to seed the store with: one source a line, its fields apart by tabs: kind
 * ({@code feed}, {@code sitemap}, {@code listing}), address, publisher, language, interval ({@code
 * 30s}, {@code 15m}, {@code 2h}, {@code 1d}) and, for a listing, an optional pattern of item links.
 * Blank lines and lines starting with {@code #} are skipped.
 */
public final class SeedFile {
  private static final Pattern INTERVAL = Pattern.compile("(\\d{1,9})\\s*([smhd])");

  private SeedFile() {}

  /**
   * The sources of a seed file's text.
   *
   * @param name the file's name, for messages
   * @throws AttacheException (bad input) naming the file, the line and what is wrong with it
   */
  public static List<NewSource> parse(String name, String text) {
    List<NewSource> sources = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        sources.add(source(line.split("\t", -1)));
      } catch (AttacheException e) {
        throw AttacheException.badInput(name + ", line " + (i + 1) + ": " + e.getMessage());
      }
    }
    return List.copyOf(sources);
  }

  private static NewSource source(String[] fields) {
    if (fields.length < 5 || fields.length > 6) {
      throw AttacheException.badInput(
          "a source has 5 or 6 fields apart by tabs (kind, address, publisher, language,"
              + " interval, item pattern), not "
              + fields.length);
    }
    return new NewSource(
        fields[1],
        SourceKind.parse(fields[0]),
        fields[2],
        fields[3],
        interval(fields[4]),
        fields.length == 6 ? Optional.of(fields[5]) : Optional.empty());
  }

  /**
   * An interval as written: a number and a unit, {@code 30s}, {@code 15m}, {@code 2h} or {@code
   * 1d}.
   *
   * @throws AttacheException (bad input) naming a value that is no interval
   */
  public static Duration interval(String value) {
    Matcher m = INTERVAL.matcher(value.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw AttacheException.badInput(
          "An interval is a number and s, m, h or d (30s, 15m, 2h, 1d), not '" + value + "'");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofDays(n);
    };
  }

  /** An interval as {@link #interval} reads it: the largest whole unit, {@code 15m}. */
  public static String format(Duration interval) {
    long s = interval.toSeconds();
    if (s % 86_400 == 0) {
      return s / 86_400 + "d";
    }
    if (s % 3_600 == 0) {
      return s / 3_600 + "h";
    }
    if (s % 60 == 0) {
      return s / 60 + "m";
    }
    return s + "s";
  }
}
