package org.attache.ingest.watch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The items of a sitemap (sitemaps.org), gzipped or not: each {@code <url>}'s location, with its
 * {@code <lastmod>} and, for a news sitemap, its title and publication date; or, for a sitemap
 * index, the sitemaps it names. Read with the JDK's streaming XML reader, document type
 * declarations and external entities refused; linear in the size of the sitemap.
 */
final class SitemapItems {
  private SitemapItems() {}

  /** What a sitemap lists: items, or (for an index) further sitemaps. */
  record Listed(List<Item> items, List<URI> sitemaps) {}

  /**
   * Reads a sitemap.
   *
   * @param maxBytes the most bytes a gzipped sitemap may unpack to
   * @throws FetchException (lasting) when the bytes are not a sitemap
   */
  static Listed read(URI sitemap, byte[] bytes, long maxBytes) throws FetchException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    Map<String, Item> items = new LinkedHashMap<>();
    List<URI> sitemaps = new ArrayList<>();
    try (InputStream in = unpacked(bytes, maxBytes)) {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      String root = null;
      Entry entry = null;
      StringBuilder text = new StringBuilder();
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = xml.getLocalName();
          if (root == null) {
            root = name;
            if (!root.equals("urlset") && !root.equals("sitemapindex")) {
              throw FetchException.lasting("not a sitemap: its root is <" + root + ">");
            }
          } else if (name.equals("url") || name.equals("sitemap")) {
            entry = new Entry();
          }
          text.setLength(0);
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
          text.append(xml.getText());
        } else if (event == XMLStreamConstants.END_ELEMENT && entry != null) {
          String value = text.toString().strip();
          entry.end(xml.getLocalName(), value, sitemap, items, sitemaps);
          text.setLength(0);
        }
      }
      if (root == null) {
        throw FetchException.lasting("not a sitemap: no element");
      }
    } catch (XMLStreamException e) {
      throw FetchException.lasting("not a sitemap: " + FeedItems.firstLine(e.getMessage()));
    } catch (IOException e) {
      throw FetchException.lasting("not a sitemap: " + e.getMessage());
    }
    return new Listed(new ArrayList<>(items.values()), sitemaps);
  }

  private static InputStream unpacked(byte[] bytes, long maxBytes) throws IOException {
    if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
      try (InputStream gzip = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
        byte[] unpacked = gzip.readNBytes((int) Math.min(Integer.MAX_VALUE - 16L, maxBytes + 1));
        if (unpacked.length > maxBytes) {
          throw new IOException(
              String.format(Locale.ROOT, "unpacks to more than %,d bytes", maxBytes));
        }
        return new ByteArrayInputStream(unpacked);
      }
    }
    return new ByteArrayInputStream(bytes);
  }

  private static Optional<LocalDate> date(String value) {
    if (value.length() < 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.substring(0, 10)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** A {@code <url>} or {@code <sitemap>} being read. */
  private static final class Entry {
    String loc = "";
    Optional<LocalDate> date = Optional.empty();
    Optional<String> title = Optional.empty();

    /** An element of the entry ends with its text. */
    void end(String name, String value, URI sitemap, Map<String, Item> items, List<URI> sitemaps) {
      switch (name) {
        case "loc" -> loc = value;
        case "lastmod" -> date = date.or(() -> date(value));
        case "publication_date" -> date = date(value).or(() -> date);
        case "title" -> title = Optional.of(value);
        case "url" -> item(sitemap).ifPresent(i -> items.putIfAbsent(i.key(), i));
        case "sitemap" -> FeedItems.resolve(sitemap, loc).map(URI::create).ifPresent(sitemaps::add);
        default -> {}
      }
    }

    Optional<Item> item(URI sitemap) {
      return FeedItems.resolve(sitemap, loc).map(url -> new Item(url, url, title, date));
    }
  }
}
