package org.attache.store.sources;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.attache.model.error.AttacheException;

/**
 * A source as someone names it, before it is stored.
 *
 * @param url where the feed, sitemap or listing is: an absolute http or https address
 * @param kind what it is
 * @param publisher who publishes it, as shown on the sources page
 * @param language the language of its documents, an ISO 639 code ({@code en}, {@code ru})
 * @param interval how often it is polled, at least {@link #SHORTEST_INTERVAL}
 * @param itemPattern for a listing, a regular expression the absolute address of an item's link
 *     must match somewhere; without it, the links under the listing's own folder are taken
 */
public record NewSource(
    String url,
    SourceKind kind,
    String publisher,
    String language,
    Duration interval,
    Optional<String> itemPattern) {
  /** The shortest interval between two polls of one source. */
  public static final Duration SHORTEST_INTERVAL = Duration.ofSeconds(1);

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

  public NewSource {
    requireNonNull(url, "url is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(publisher, "publisher is null");
    requireNonNull(language, "language is null");
    requireNonNull(interval, "interval is null");
    requireNonNull(itemPattern, "itemPattern is null");
    url = checkUrl(url.strip());
    publisher = publisher.strip();
    if (publisher.isEmpty()) {
      throw AttacheException.badInput("The publisher of " + url + " is blank");
    }
    language = language.strip().toLowerCase(Locale.ROOT);
    if (!LANGUAGE.matcher(language).matches()) {
      throw AttacheException.badInput(
          "A language is an ISO 639 code of 2 or 3 letters (en, ru, zh): '" + language + "'");
    }
    if (interval.compareTo(SHORTEST_INTERVAL) < 0 || interval.toSeconds() > Integer.MAX_VALUE) {
      throw AttacheException.badInput(
          "The interval of " + url + " is at least one second: " + interval);
    }
    itemPattern = itemPattern.map(String::strip).filter(p -> !p.isEmpty());
    itemPattern.ifPresent(NewSource::checkPattern);
    if (itemPattern.isPresent() && kind != SourceKind.LISTING) {
      throw AttacheException.badInput(
          "Only a listing takes a pattern of item links, not the " + kind.code() + " " + url);
    }
  }

  private static String checkUrl(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
        throw AttacheException.badInput(
            "A source is an absolute http or https address, not '" + url + "'");
      }
      if (uri.getHost() == null) {
        throw AttacheException.badInput("The address '" + url + "' names no host");
      }
      return uri.normalize().toString();
    } catch (URISyntaxException e) {
      throw AttacheException.badInput("Not an address: '" + url + "': " + e.getReason());
    }
  }

  private static void checkPattern(String pattern) {
    try {
      Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw AttacheException.badInput(
          "Not a regular expression: '" + pattern + "': " + e.getDescription());
    }
  }
}
