package org.attache.server.watch;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.attache.store.watch.Arrival;
import org.attache.store.watch.WatchNews;
import org.jsoup.nodes.Entities;

/** A watch's Atom feed, written with Rome: an entry for each arrival, linking to its sources. */
final class WatchFeed {
  private WatchFeed() {}

  /**
   * The feed as Atom 1.0.
   *
   * @param site the site's address, for the links: {@code http://host:port}
   */
  static String atom(WatchNews news, String site) {
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType("atom_1.0");
    feed.setTitle("Attaché: " + news.watch().label());
    feed.setUri(site + "/feeds/" + news.watch().id());
    feed.setLink(site + "/whats-new");
    feed.setDescription("What arrived for " + news.watch().label());
    feed.setPublishedDate(
        Date.from(
            news.arrivals().isEmpty() ? news.watch().created() : news.arrivals().get(0).arrived()));
    List<SyndEntry> entries = new ArrayList<>();
    for (Arrival arrival : news.arrivals()) {
      SyndEntry entry = new SyndEntryImpl();
      entry.setTitle(arrival.describe());
      entry.setUri(
          site
              + "/feeds/"
              + news.watch().id()
              + "/"
              + (arrival.event() ? "event/" : "document/")
              + arrival.id());
      entry.setLink(site + "/documents/" + arrival.sources().get(0).documentId());
      entry.setUpdatedDate(Date.from(arrival.arrived()));
      entry.setPublishedDate(Date.from(arrival.arrived()));
      SyndContent content = new SyndContentImpl();
      content.setType("html");
      StringBuilder html = new StringBuilder("<p>Sources:</p><ul>");
      for (Arrival.Told told : arrival.sources()) {
        html.append("<li><a href=\"")
            .append(Entities.escape(site + "/documents/" + told.documentId()))
            .append("\">")
            .append(Entities.escape(told.title()))
            .append("</a></li>");
      }
      content.setValue(html.append("</ul>").toString());
      entry.setContents(List.of(content));
      entries.add(entry);
    }
    feed.setEntries(entries);
    try {
      return new SyndFeedOutput().outputString(feed);
    } catch (FeedException e) {
      throw new IllegalStateException("Cannot write the feed of watch " + news.watch().id(), e);
    }
  }
}
