package org.attache.ingest.watch;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The items of an RSS or Atom feed, read with Rome: each entry's id (its guid or Atom id, else its
 * link) as key, its link resolved against the feed's address, its title and date. Document type
 * declarations are refused, so that a feed cannot make the parser read files or other addresses.
 */
final class FeedItems {
  private FeedItems() {}

  /**
   * The entries of a feed, in its order, each key once. The bytes are decoded as the feed's XML
   * declaration says.
   *
   * @throws FetchException (lasting) when the bytes are not a feed Rome can read
   */
  static List<Item> read(URI feed, byte[] bytes) throws FetchException {
    SyndFeed parsed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      parsed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw FetchException.lasting("not an RSS or Atom feed: " + firstLine(e.getMessage()));
    }
    Map<String, Item> items = new LinkedHashMap<>();
    for (SyndEntry entry : parsed.getEntries()) {
      Optional<String> link = link(entry).flatMap(l -> resolve(feed, l));
      if (link.isEmpty()) {
        continue;
      }
      String key =
          Optional.ofNullable(entry.getUri())
              .map(String::strip)
              .filter(u -> !u.isEmpty())
              .orElse(link.get());
      items.putIfAbsent(
          key,
          new Item(
              key,
              link.get(),
              Optional.ofNullable(entry.getTitle()),
              date(entry.getPublishedDate()).or(() -> date(entry.getUpdatedDate()))));
    }
    return new ArrayList<>(items.values());
  }

  private static Optional<String> link(SyndEntry entry) {
    if (entry.getLink() != null && !entry.getLink().isBlank()) {
      return Optional.of(entry.getLink().strip());
    }
    for (SyndLink link : entry.getLinks()) {
      if (link.getHref() != null && (link.getRel() == null || link.getRel().equals("alternate"))) {
        return Optional.of(link.getHref().strip());
      }
    }
    return Optional.empty();
  }

  static Optional<String> resolve(URI base, String link) {
    try {
      URI resolved = base.resolve(link.replace(" ", "%20"));
      String scheme = resolved.getScheme();
      if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
        return Optional.empty();
      }
      return Optional.of(
          new URI(resolved.getScheme(), resolved.getSchemeSpecificPart(), null).toString());
    } catch (IllegalArgumentException | java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> date(Date date) {
    return Optional.ofNullable(date).map(d -> d.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
  }

  static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
