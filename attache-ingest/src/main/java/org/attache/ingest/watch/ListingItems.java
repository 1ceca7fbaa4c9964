package org.attache.ingest.watch;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The items of a listing page: its links to the documents it lists. Without a pattern, a link is an
 * item when it stays on the listing's host and lies under the listing's folder ({@code
 * /press/2024/visit} under {@code /press/}), other than the listing itself and its other pages (a
 * link with a query); with one, when its absolute address matches the pattern somewhere. The link's
 * text is the item's title.
 */
final class ListingItems {
  private ListingItems() {}

  static List<Item> read(URI listing, byte[] bytes, Optional<String> pattern) {
    Document page = Jsoup.parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), "");
    Optional<Pattern> wanted = pattern.map(Pattern::compile);
    String path = listing.getPath() == null ? "/" : listing.getPath();
    String folder = path.substring(0, path.lastIndexOf('/') + 1);
    Map<String, Item> items = new LinkedHashMap<>();
    for (Element a : page.select("a[href]")) {
      Optional<String> url = FeedItems.resolve(listing, a.attr("href").strip());
      if (url.isEmpty() || url.get().equals(listing.toString())) {
        continue;
      }
      URI uri = URI.create(url.get());
      boolean take =
          wanted
              .map(p -> p.matcher(url.get()).find())
              .orElseGet(
                  () ->
                      uri.getHost() != null
                          && uri.getHost().equalsIgnoreCase(listing.getHost())
                          && uri.getPort() == listing.getPort()
                          && uri.getQuery() == null
                          && uri.getPath() != null
                          && uri.getPath().startsWith(folder)
                          && uri.getPath().length() > folder.length()
                          && !uri.getPath().equals(path));
      if (take) {
        items.putIfAbsent(
            url.get(), new Item(url.get(), url.get(), Optional.of(a.text()), Optional.empty()));
      }
    }
    return new ArrayList<>(items.values());
  }
}
