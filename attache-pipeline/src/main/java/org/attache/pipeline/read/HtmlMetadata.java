package org.attache.pipeline.read;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself: its title, publication date and address. Read from the page as
 * published, before any element is removed.
 */
final class HtmlMetadata {
  /** Meta keys (name, property or itemprop) for the publication date, most trusted first. */
  private static final List<String> DATE_KEYS =
      List.of(
          "article:published_time",
          "og:published_time",
          "datepublished",
          "date",
          "pubdate",
          "publishdate",
          "publish-date",
          "dc.date.issued",
          "dcterms.issued",
          "dc.date");

  private static final List<String> TITLE_KEYS = List.of("og:title", "twitter:title");

  private static final String DATE_PUBLISHED = "datePublished";

  private final Document page;
  private final ObjectMapper json;

  HtmlMetadata(Document page, ObjectMapper json) {
    this.page = page;
    this.json = json;
  }

  /** From og:title, twitter:title, {@code <title>} or the first {@code <h1>}, in that order. */
  Optional<String> title() {
    for (String key : TITLE_KEYS) {
      Optional<String> value = meta(key).filter(v -> !v.isBlank());
      if (value.isPresent()) {
        return value;
      }
    }
    String title = page.title();
    if (!title.isBlank()) {
      return Optional.of(title);
    }
    return Optional.ofNullable(page.selectFirst("h1")).map(Element::text).filter(t -> !t.isBlank());
  }

  /**
   * From the meta tags of {@link #DATE_KEYS}, then JSON-LD {@code datePublished}, then {@code <time
   * datetime>}: marked as the publication date, then inside an article or main element, then
   * anywhere. The first value that parses wins.
   */
  Optional<LocalDate> published() {
    for (String key : DATE_KEYS) {
      for (Element meta : page.select("meta[content]")) {
        if (key.equals(metaKey(meta))) {
          Optional<LocalDate> date = Dates.parse(meta.attr("content"));
          if (date.isPresent()) {
            return date;
          }
        }
      }
    }
    for (Element script : page.select("script[type=application/ld+json]")) {
      Optional<LocalDate> date = jsonLdDate(script.data());
      if (date.isPresent()) {
        return date;
      }
    }
    for (String query :
        List.of(
            "time[datetime][pubdate], time[datetime][itemprop=datePublished]",
            "article time[datetime], main time[datetime], [role=main] time[datetime]",
            "time[datetime]")) {
      for (Element time : page.select(query)) {
        Optional<LocalDate> date = Dates.parse(time.attr("datetime"));
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }

  /** From the canonical link or og:url, when it is an http(s) address. */
  Optional<String> url() {
    Optional<String> canonical =
        Optional.ofNullable(page.selectFirst("link[rel=canonical][href]")).map(e -> e.attr("href"));
    return canonical
        .or(() -> meta("og:url"))
        .map(String::strip)
        .filter(u -> u.startsWith("https://") || u.startsWith("http://"));
  }

  private Optional<String> meta(String key) {
    for (Element meta : page.select("meta[content]")) {
      if (key.equals(metaKey(meta))) {
        return Optional.of(meta.attr("content"));
      }
    }
    return Optional.empty();
  }

  private static String metaKey(Element meta) {
    for (String attribute : List.of("property", "name", "itemprop")) {
      if (meta.hasAttr(attribute)) {
        return meta.attr(attribute).strip().toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }

  /** The first {@code datePublished} in a JSON-LD block, searched breadth first. */
  private Optional<LocalDate> jsonLdDate(String data) {
    JsonNode root;
    try {
      root = json.readTree(data);
    } catch (JacksonException e) {
      return Optional.empty();
    }
    Deque<JsonNode> queue = new ArrayDeque<>();
    if (root != null) {
      queue.add(root);
    }
    while (!queue.isEmpty()) {
      JsonNode node = queue.removeFirst();
      JsonNode value = node.get(DATE_PUBLISHED);
      if (value != null && value.isTextual()) {
        Optional<LocalDate> date = Dates.parse(value.asText());
        if (date.isPresent()) {
          return date;
        }
      }
      node.forEach(queue::addLast);
    }
    return Optional.empty();
  }
}
