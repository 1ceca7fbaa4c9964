package org.attache.store.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.attache.model.error.AttacheException;
import org.attache.store.Database;
import org.attache.store.TestingPostgres;
import org.attache.store.TestingRecords;
import org.attache.store.TestingStore;
import org.attache.store.query.Sql;
import org.attache.store.users.UserRole;
import org.attache.store.users.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A user follows Norov and Morita as a pair: what arrives for them after that is each new meeting
 * of the two, and nothing else: not a meeting of one of them with another, not a new report of a
 * meeting stored before.
 */
class WatchlistsTest {
  private static final String USER = "nadia";

  private Database database;
  private Watchlists watchlists;
  private String norov;
  private String morita;

  @BeforeEach
  void store() {
    database = TestingPostgres.freshDatabase("watchlists");
    watchlists = new Watchlists(database);
    new Users(database).add(USER, UserRole.VIEWER, "correct horse battery");
    TestingRecords.document(
            "Vladimir Norov received Kenji Morita in Tashkent on 1 March 2024.", "2024-03-01")
        .title("Norov receives Morita")
        .met("Vladimir Norov", "Kenji Morita", "2024-03-01", "Tashkent")
        .writeTo(database);
    norov = person("Vladimir Norov");
    morita = person("Kenji Morita");
  }

  private String person(String name) {
    return "person:"
        + TestingStore.count(database, "SELECT id FROM person_view WHERE name = ?", name);
  }

  /** A new meeting of the pair, another of Norov alone and a new report of the first one. */
  private String ingestAfterFollowing() {
    String second =
        TestingRecords.document(
                "Kenji Morita met Vladimir Norov in Tokyo on 9 May 2024 to talk about trade.",
                "2024-05-09")
            .title("Morita and Norov in Tokyo")
            .met("Kenji Morita", "Vladimir Norov", "2024-05-09", "Tokyo")
            .writeTo(database);
    TestingRecords.document("Vladimir Norov met Ana Lima in Brasilia on 2 June 2024.", "2024-06-02")
        .met("Vladimir Norov", "Ana Lima", "2024-06-02", "Brasilia")
        .writeTo(database);
    TestingRecords.document(
            "As reported, Vladimir Norov received Kenji Morita in Tashkent on 1 March 2024.",
            "2024-03-04")
        .met("Vladimir Norov", "Kenji Morita", "2024-03-01", "Tashkent")
        .writeTo(database);
    return second;
  }

  @Test
  void aPairGetsExactlyItsNewMeetingsWithTheirSources() {
    Watch pair = watchlists.follow(USER, WatchKind.PAIR, morita + "  " + norov);
    assertThat(pair.subject())
        .isEqualTo(norov.compareTo(morita) < 0 ? norov + " " + morita : morita + " " + norov);
    assertThat(pair.label())
        .isIn("Vladimir Norov and Kenji Morita", "Kenji Morita and Vladimir Norov");
    assertThat(watchlists.whatsNew(USER).arrivals()).isZero();

    String second = ingestAfterFollowing();

    WhatsNew news = watchlists.whatsNew(USER);
    assertThat(news.news()).hasSize(1);
    List<Arrival> arrivals = news.news().get(0).arrivals();
    assertThat(arrivals)
        .extracting(Arrival::describe)
        .containsExactly("Meeting 2024-05-09: Kenji Morita, Vladimir Norov");
    assertThat(arrivals.get(0).sources())
        .containsExactly(new Arrival.Told(second, "Morita and Norov in Tokyo", Optional.empty()));

    // Reading changes nothing; marking it seen does.
    assertThat(watchlists.whatsNew(USER).arrivals()).isEqualTo(1);
    watchlists.seen(USER, news.until());
    assertThat(watchlists.whatsNew(USER).arrivals()).isZero();
    // An earlier time leaves the mark where it is.
    watchlists.seen(USER, news.since());
    assertThat(watchlists.whatsNew(USER).arrivals()).isZero();
  }

  @Test
  void anActorGetsEveryNewEventOfTheirsAndASearchItsNewDocuments() {
    Watch actor = watchlists.follow(USER, WatchKind.ACTOR, norov);
    Watch search = watchlists.follow(USER, WatchKind.SEARCH, "trade");
    assertThat(actor.label()).isEqualTo("Vladimir Norov");
    String second = ingestAfterFollowing();
    WhatsNew news = watchlists.whatsNew(USER);
    assertThat(news.news())
        .extracting(n -> n.watch().id())
        .containsExactly(actor.id(), search.id());
    assertThat(news.news().get(0).arrivals())
        .extracting(Arrival::describe)
        .containsExactly(
            "Meeting 2024-06-02: Ana Lima, Vladimir Norov",
            "Meeting 2024-05-09: Kenji Morita, Vladimir Norov");
    assertThat(news.news().get(1).arrivals()).extracting(Arrival::id).containsExactly(second);
  }

  @Test
  void followingTwiceIsOneWatchAndStoppingEndsIt() {
    Watch first = watchlists.follow(USER, WatchKind.ACTOR, norov);
    assertThat(watchlists.follow(USER, WatchKind.ACTOR, " " + norov + " ")).isEqualTo(first);
    assertThat(watchlists.list(USER)).containsExactly(first);
    watchlists.unfollow(USER, first.id());
    assertThat(watchlists.list(USER)).isEmpty();
    assertThatThrownBy(() -> watchlists.unfollow(USER, first.id()))
        .isInstanceOf(AttacheException.class)
        .hasMessage("You follow nothing numbered " + first.id());
  }

  @Test
  void aSubjectNotOfItsKindOrNotInTheStoreIsRefused() {
    assertThatThrownBy(() -> watchlists.follow(USER, WatchKind.PAIR, norov + " " + norov))
        .hasMessage(
            "A pair is two different actors apart by a space, not '" + norov + " " + norov + "'");
    assertThatThrownBy(() -> watchlists.follow(USER, WatchKind.ACTOR, "person:999999"))
        .hasMessage("No actor 'person:999999'");
    assertThatThrownBy(() -> watchlists.follow(USER, WatchKind.PLAN, "12"))
        .hasMessage("No plan numbered 12");
    assertThatThrownBy(() -> WatchKind.parse("country"))
        .hasMessage("One follows an actor, a pair, an area, a plan or a search, not 'country'");
    assertThat(watchlists.list(USER)).isEmpty();
  }

  @Test
  void aFeedTokenNamesItsUserUntilANewOneIsIssued() {
    String token = watchlists.issueFeedToken(USER);
    assertThat(watchlists.userOfFeedToken(token)).contains(USER);
    String next = watchlists.issueFeedToken(USER);
    assertThat(watchlists.userOfFeedToken(token)).isEmpty();
    assertThat(watchlists.userOfFeedToken(next)).contains(USER);
    assertThat(watchlists.userOfFeedToken("")).isEmpty();
    assertThat(
            TestingStore.count(
                database, "SELECT count(*) FROM watcher WHERE feed_token_hash = ?", next))
        .isZero();
  }

  @Test
  void aDigestIsTakenOnceWhenDueAndAgainOnlyAfterAFailure() {
    DigestQueue digests = new DigestQueue(database);
    watchlists.follow(USER, WatchKind.PAIR, norov + " " + morita);
    digests.setDigest(USER, Optional.of(new DigestSetting("nadia@example.org", 24)));
    assertThat(digests.digest(USER)).contains(new DigestSetting("nadia@example.org", 24));
    ingestAfterFollowing();
    assertThat(digests.takeDueDigests(Instant.now())).isEmpty();

    Instant dayLater = Instant.now().plus(Duration.ofHours(24)).plusSeconds(1);
    List<Digest> due = digests.takeDueDigests(dayLater);
    assertThat(due).hasSize(1);
    Digest digest = due.get(0);
    assertThat(digest.email()).isEqualTo("nadia@example.org");
    assertThat(digest.news()).hasSize(1);
    assertThat(digest.news().get(0).arrivals())
        .extracting(Arrival::describe)
        .containsExactly("Meeting 2024-05-09: Kenji Morita, Vladimir Norov");
    assertThat(digests.takeDueDigests(dayLater)).isEmpty();

    digests.digestFailed(digest, "421 try later");
    List<Digest> again = digests.takeDueDigests(dayLater);
    assertThat(again).extracting(Digest::id).containsExactly(digest.id());
    assertThat(again.get(0).news()).isEqualTo(digest.news());
    digests.digestSent(again.get(0));
    assertThat(digests.digests(USER))
        .extracting(DigestRecord::state, DigestRecord::attempts, DigestRecord::error)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("sent", 2, Optional.empty()));

    // A day with nothing new sends nothing, and moves on.
    Instant twoDaysLater = dayLater.plus(Duration.ofHours(24));
    assertThat(digests.takeDueDigests(twoDaysLater)).isEmpty();
    assertThat(digests.digests(USER)).hasSize(1);
    assertThat(
            TestingStore.count(
                database,
                "SELECT count(*) FROM watcher WHERE last_digest_at = ?",
                java.sql.Timestamp.from(twoDaysLater)))
        .isEqualTo(1);
  }

  @Test
  void aDigestNeedsAnAddressAndAnIntervalThatFit() {
    assertThatThrownBy(() -> new DigestSetting("nadia", 24))
        .hasMessage("Not an e-mail address: 'nadia'");
    assertThatThrownBy(() -> new DigestSetting("nadia@example.org", 0))
        .hasMessage("A digest comes every 1 to 744 hours, not every 0");
  }

  @Test
  void theEventsOfAWatchAreTheSameFromTheDocumentsOfTheTimeAsFromTheWatch() {
    Watch actor = watchlists.follow(USER, WatchKind.ACTOR, norov);
    Watch pair = watchlists.follow(USER, WatchKind.PAIR, norov + " " + morita);
    WhatsNew before = watchlists.whatsNew(USER);
    ingestAfterFollowing();
    Instant until = Instant.now().plusSeconds(1);
    Sql sql = new Sql(database);
    for (Watch watch : List.of(actor, pair)) {
      List<Arrival> fromDocuments =
          sql.snapshot("read", s -> Arrivals.of(s, watch, before.since(), until, 0, 10, 1_000));
      List<Arrival> fromWatch =
          sql.snapshot("read", s -> Arrivals.of(s, watch, before.since(), until, 0, 10, 0));
      assertThat(fromWatch).isEqualTo(fromDocuments);
      // The meeting stored before the visit is not new, though a later document reports it.
      assertThat(fromWatch)
          .extracting(Arrival::describe)
          .doesNotContain("Meeting 2024-03-01: Kenji Morita, Vladimir Norov");
    }
    List<Arrival> ofActor =
        sql.snapshot("read", s -> Arrivals.of(s, actor, before.since(), until, 0, 10, 0));
    assertThat(ofActor)
        .extracting(Arrival::describe)
        .containsExactly(
            "Meeting 2024-06-02: Ana Lima, Vladimir Norov",
            "Meeting 2024-05-09: Kenji Morita, Vladimir Norov");
  }

  @Test
  void whatIsNewComesInPagesOfAWatch() {
    Watch actor = watchlists.follow(USER, WatchKind.ACTOR, norov);
    ingestAfterFollowing();
    WhatsNew first = watchlists.whatsNew(USER, 1);
    assertThat(first.news()).hasSize(1);
    assertThat(first.news().get(0).arrivals())
        .extracting(Arrival::describe)
        .containsExactly("Meeting 2024-06-02: Ana Lima, Vladimir Norov");
    assertThat(first.news().get(0).more()).isTrue();

    WhatsNew second = watchlists.whatsNew(USER, actor.id(), first.until(), 1, 1);
    assertThat(second.until()).isEqualTo(first.until());
    assertThat(second.news().get(0).arrivals())
        .extracting(Arrival::describe)
        .containsExactly("Meeting 2024-05-09: Kenji Morita, Vladimir Norov");
    assertThat(second.news().get(0).more()).isFalse();

    assertThatThrownBy(() -> watchlists.whatsNew(USER, actor.id() + 1, first.until(), 1, 1))
        .isInstanceOf(AttacheException.class)
        .hasMessage("You follow nothing numbered " + (actor.id() + 1));
    assertThatThrownBy(() -> watchlists.whatsNew(USER, 0))
        .isInstanceOf(AttacheException.class)
        .hasMessage("A page of what is new holds 1 to 500 arrivals, not 0");
  }
}
