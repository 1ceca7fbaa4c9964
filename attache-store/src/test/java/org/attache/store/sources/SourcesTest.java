package org.attache.store.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attache.model.error.AttacheException;
import org.attache.model.error.ErrorCode;
import org.attache.store.Database;
import org.attache.store.TestingPostgres;
import org.attache.store.TestingStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SourcesTest {
  private Database database;
  private Sources sources;

  @BeforeEach
  void store() {
    database = TestingPostgres.freshDatabase("sources");
    sources = new Sources(database);
  }

  private static NewSource feed(String url) {
    return new NewSource(
        url, SourceKind.FEED, "Ministry", "en", Duration.ofMinutes(15), Optional.empty());
  }

  @Test
  void aSourceIsAddedListedAndRemovedByNumberOrAddress() {
    Source added = sources.add(feed("https://example.org/news/rss.xml"));
    Source other = sources.add(feed("https://example.org/other.xml"));
    assertThat(sources.list())
        .extracting(Source::url)
        .containsExactly("https://example.org/news/rss.xml", "https://example.org/other.xml");
    assertThat(added.failures()).isZero();
    assertThat(added.lastError()).isEmpty();
    assertThat(sources.remove(Long.toString(added.id())).url())
        .isEqualTo("https://example.org/news/rss.xml");
    assertThat(sources.remove("https://example.org/other.xml").id()).isEqualTo(other.id());
    assertThat(sources.list()).isEmpty();
  }

  @Test
  void aSecondSourceOfOneAddressIsRefused() {
    sources.add(feed("https://example.org/rss.xml"));
    assertThatThrownBy(() -> sources.add(feed("https://example.org/rss.xml")))
        .isInstanceOf(AttacheException.class)
        .hasMessage("There is a source at https://example.org/rss.xml already")
        .extracting(e -> ((AttacheException) e).code())
        .isEqualTo(ErrorCode.CONFLICT);
  }

  @Test
  void removingAnUnknownSourceNamesIt() {
    assertThatThrownBy(() -> sources.remove("42")).hasMessage("No source '42'");
  }

  @Test
  void badValuesAreRefusedWithTheirReason() {
    assertThatThrownBy(() -> feed("ftp://example.org/rss"))
        .hasMessage("A source is an absolute http or https address, not 'ftp://example.org/rss'");
    assertThatThrownBy(
            () ->
                new NewSource(
                    "https://a.org/",
                    SourceKind.FEED,
                    "A",
                    "english",
                    Duration.ofHours(1),
                    Optional.empty()))
        .hasMessage("A language is an ISO 639 code of 2 or 3 letters (en, ru, zh): 'english'");
    assertThatThrownBy(
            () ->
                new NewSource(
                    "https://a.org/",
                    SourceKind.FEED,
                    "A",
                    "en",
                    Duration.ofHours(1),
                    Optional.of("/press/")))
        .hasMessage("Only a listing takes a pattern of item links, not the feed https://a.org/");
  }

  @Test
  void aClaimedSourceIsNotDueAgainUntilItsPollFinishes() {
    Source source = sources.add(feed("https://example.org/rss.xml"));
    assertThat(sources.claimDue(false)).extracting(Source::id).containsExactly(source.id());
    assertThat(sources.claimDue(false)).isEmpty();
    sources.finish(
        source.id(), PollReport.read(Optional.of("\"v1\""), Optional.empty(), Optional.empty()));
    Source polled = sources.find(source.id());
    assertThat(polled.etag()).contains("\"v1\"");
    assertThat(polled.lastSuccess()).isPresent();
    assertThat(Duration.between(Instant.now(), polled.nextDue()))
        .isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
    assertThat(sources.claimDue(false)).isEmpty();
    assertThat(sources.claimDue(true)).extracting(Source::id).containsExactly(source.id());
  }

  @Test
  void failuresInARowPutTheSourceOffTheLongerAndRetryAfterIsHonoured() {
    Source source = sources.add(feed("https://example.org/rss.xml"));
    sources.finish(source.id(), PollReport.failed("HTTP 500", Optional.empty()));
    assertThat(untilDue(source)).isBetween(Duration.ofMinutes(29), Duration.ofMinutes(30));
    sources.finish(source.id(), PollReport.failed("HTTP 500", Optional.empty()));
    assertThat(untilDue(source)).isBetween(Duration.ofMinutes(59), Duration.ofMinutes(60));
    sources.finish(
        source.id(),
        PollReport.failed("HTTP 503: Service Unavailable", Optional.of(Duration.ofHours(5))));
    Source failed = sources.find(source.id());
    assertThat(failed.failures()).isEqualTo(3);
    assertThat(failed.lastError()).contains("HTTP 503: Service Unavailable");
    assertThat(untilDue(source)).isBetween(Duration.ofMinutes(299), Duration.ofMinutes(300));
    sources.finish(
        source.id(), PollReport.read(Optional.empty(), Optional.empty(), Optional.empty()));
    assertThat(sources.find(source.id()).failures()).isZero();
    assertThat(sources.find(source.id()).lastError()).isEmpty();
  }

  @Test
  void theBackOffStopsAtADay() {
    Source source = sources.add(feed("https://example.org/rss.xml"));
    for (int i = 0; i < 12; i++) {
      sources.finish(source.id(), PollReport.failed("HTTP 500", Optional.empty()));
    }
    assertThat(untilDue(source))
        .isBetween(Duration.ofHours(23).plusMinutes(59), Duration.ofDays(1));
  }

  @Test
  void itemsThatFailedForAPassingReasonAreTriedThreeTimes() {
    Source source = sources.add(feed("https://example.org/rss.xml"));
    SourceItems items = new SourceItems(database);
    items.failed(source.id(), "a", "https://example.org/a", "timed out after 10 s", true);
    items.failed(source.id(), "b", "https://example.org/b", "no text", false);
    assertThat(items.done(source.id(), List.of("a", "b", "c"))).containsExactly("b");
    items.failed(source.id(), "a", "https://example.org/a", "timed out after 10 s", true);
    items.failed(source.id(), "a", "https://example.org/a", "timed out after 10 s", true);
    assertThat(items.done(source.id(), List.of("a", "b", "c"))).isEqualTo(Set.of("a", "b"));
    assertThat(sources.find(source.id()).items()).isEqualTo(2);
    assertThat(sources.find(source.id()).documents()).isZero();
  }

  @Test
  void removingASourceRemovesItsItemsAndKeepsItsDocuments() {
    Source source = sources.add(feed("https://example.org/rss.xml"));
    new SourceItems(database).failed(source.id(), "a", "https://example.org/a", "no text", false);
    sources.remove(source.url());
    assertThat(TestingStore.count(database, "SELECT count(*) FROM source_item")).isZero();
  }

  private Duration untilDue(Source source) {
    return Duration.between(Instant.now(), sources.find(source.id()).nextDue());
  }
}
