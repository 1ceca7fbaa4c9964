package org.attache.ingest.watch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What each host's robots.txt allows this poller, as RFC 9309 reads it (through crawler-commons):
 * fetched once a day per host; a robots.txt that is missing (4xx) allows everything, one that fails
 * (5xx, unreachable) puts the host off for the hour. Its Crawl-delay goes to the pacer.
 */
final class Robots {
  /** How long a host's rules are kept. */
  static final Duration KEPT = Duration.ofDays(1);

  /** How long a host whose robots.txt could not be had is left alone. */
  static final Duration FAILED_KEPT = Duration.ofHours(1);

  /** The largest robots.txt read (Google reads 500 KiB). */
  static final int MAX_BYTES = 500 * 1024;

  /** Fetches a robots.txt: its bytes, or the failure's HTTP status (0 when none came). */
  interface Fetch {
    Answer robotsTxt(URI uri) throws InterruptedException;
  }

  /** A robots.txt's bytes and media type, or the status it failed with. */
  record Answer(int status, byte[] body, String contentType) {}

  private record Kept(BaseRobotRules rules, long until) {}

  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final String agent;
  private final Fetch fetch;
  private final HostPacer pacer;
  private final Map<String, Kept> hosts = new HashMap<>();

  Robots(String userAgent, Fetch fetch, HostPacer pacer) {
    this.agent = userAgent.split("/", 2)[0].toLowerCase(Locale.ROOT);
    this.fetch = fetch;
    this.pacer = pacer;
  }

  /**
   * Refuses an address robots.txt disallows.
   *
   * @throws FetchException naming robots.txt when the address may not be fetched, or the host's
   *     robots.txt could not be read
   */
  void check(URI uri) throws FetchException, InterruptedException {
    BaseRobotRules rules = rules(uri);
    if (rules.isDeferVisits()) {
      throw FetchException.passing("robots.txt of " + origin(uri) + " could not be read");
    }
    if (!rules.isAllowed(uri.toString())) {
      throw FetchException.lasting("disallowed by robots.txt");
    }
  }

  private BaseRobotRules rules(URI uri) throws InterruptedException {
    String origin = origin(uri);
    long now = System.nanoTime();
    Kept kept = hosts.get(origin);
    if (kept != null && kept.until() - now > 0) {
      return kept.rules();
    }
    URI robotsTxt = URI.create(origin + "/robots.txt");
    Answer answer = fetch.robotsTxt(robotsTxt);
    BaseRobotRules rules =
        answer.status() >= 200 && answer.status() < 300
            ? parser.parseContent(
                robotsTxt.toString(), answer.body(), answer.contentType(), List.of(agent))
            : parser.failedFetch(answer.status() == 0 ? 503 : answer.status());
    if (rules.getCrawlDelay() > 0) {
      long delay = Math.min(rules.getCrawlDelay(), FetchLimits.LONGEST_CRAWL_DELAY.toMillis());
      pacer.ask(uri.getHost(), Duration.ofMillis(delay));
    }
    Duration keep = rules.isDeferVisits() ? FAILED_KEPT : KEPT;
    hosts.put(origin, new Kept(rules, now + keep.toNanos()));
    return rules;
  }

  static String origin(URI uri) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (port < 0 ? "" : ":" + port);
  }
}
