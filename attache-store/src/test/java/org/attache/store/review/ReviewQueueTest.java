package org.attache.store.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attache.store.TestingRecords.post;

import java.util.List;
import java.util.Optional;
import org.attache.model.error.AttacheException;
import org.attache.store.Database;
import org.attache.store.TestingPostgres;
import org.attache.store.TestingRecords;
import org.attache.store.TestingStore;
import org.attache.store.query.Sql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The review queue on a real PostgreSQL: a post pieced together from two sentences comes first, a
 * name spelled two ways next, the knowledge base's matches last, whatever the confidences; paged by
 * document with totals, and filtered by record, actor and publication date.
 */
class ReviewQueueTest {
  private Database database;
  private ReviewQueue queue;
  private String pieced;
  private String merged;
  private String known;

  @BeforeEach
  void store() {
    database = TestingPostgres.freshDatabase("queue");
    queue = new ReviewQueue(new Sql(database));
    // Norov's post of Uzbekistan comes from a sentence about a research institute.
    pieced =
        TestingRecords.document(
                "Vladimir Norov received Kenji Morita in Tashkent on 1 March 2024. The research"
                    + " institute of Uzbekistan prepared the talks.",
                "2024-03-01")
            .person("a1", "Vladimir Norov", post("Head", "a3"))
            .person("a2", "Kenji Morita")
            .state("a3", "Uzbekistan", "UZB")
            .meeting("e1", "2024-03-01", "Tashkent", 0.95, "a1", "a2")
            .writeTo(database);
    // The same meeting, with Norov's name spelled otherwise.
    merged =
        TestingRecords.document(
                "Kenji Morita met Vladimír Norov in Tashkent on 1 March 2024. They spoke about"
                    + " trade.",
                "2024-03-02")
            .met("Kenji Morita", "Vladimír Norov", "2024-03-01", "Tashkent")
            .writeTo(database);
    // Least confident of all, but only states that the knowledge base knows and a meeting.
    known =
        TestingRecords.document(
                "China and Japan held consultations in Beijing on 2 April 2024.", "2024-04-02")
            .state("a1", "China", "CHN")
            .state("a2", "Japan", "JPN")
            .meeting("e1", "2024-04-02", "Beijing", 0.3, "a1", "a2")
            .writeTo(database);
  }

  private List<String> ids(QueuePage page) {
    return page.items().stream().map(QueueDocument::id).toList();
  }

  private String person(String key) {
    return "person:" + TestingStore.count(database, "SELECT id FROM person WHERE key = ?", key);
  }

  @Test
  void aPostFromAnotherSentenceComesFirstAndKnownStatesLast() {
    QueuePage page = queue.page(QueueFilter.all(), 10, 0);
    assertThat(ids(page)).containsExactly(pieced, merged, known);
    assertThat(page.items())
        .extracting(QueueDocument::concern)
        .containsExactly(
            Concern.POST_FROM_ANOTHER_SENTENCE,
            Concern.NAME_SPELLED_OTHERWISE,
            Concern.MEETING_DATE_OR_PLACE);
    assertThat(page.items().get(0).fields())
        .extracting(f -> f.valueName().or(() -> f.item().value()).orElseThrow() + " " + f.concern())
        .containsExactly(
            "Head POST_FROM_ANOTHER_SENTENCE",
            "Vladimir Norov NAME_SPELLED_OTHERWISE",
            "host PERSON",
            "Uzbekistan PERSON",
            "Kenji Morita PERSON",
            "guest PERSON",
            "meeting MERGED_REPORT",
            "2024-03-01 MEETING_DATE_OR_PLACE",
            "Tashkent MEETING_DATE_OR_PLACE",
            "UZB KNOWN_NAME");
    // Ten of a document's fields are shown; the document page has them all.
    assertThat(page.items().get(0).notShown()).isEqualTo(1);
    QueueField head = page.items().get(0).fields().get(0);
    assertThat(head.record()).contains("post");
    assertThat(head.subjectName()).contains("Vladimir Norov");
    assertThat(head.organisationName()).contains("Uzbekistan");
  }

  @Test
  void pagesThroughDocumentsWithTheTotals() {
    QueuePage first = queue.page(QueueFilter.all(), 2, 0);
    assertThat(ids(first)).containsExactly(pieced, merged);
    assertThat(first.documents()).isEqualTo(3);
    assertThat(first.fields()).isEqualTo(27);
    assertThat(first.items()).extracting(QueueDocument::waiting).containsExactly(11L, 7L);
    QueuePage second = queue.page(QueueFilter.all(), 2, 2);
    assertThat(ids(second)).containsExactly(known);
    assertThat(second.items().get(0).waiting()).isEqualTo(9);
    QueuePage beyond = queue.page(QueueFilter.all(), 2, 4);
    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.documents()).isEqualTo(3);
  }

  @Test
  void filtersByRecord() {
    QueuePage posts = queue.page(filter(Optional.of("post"), Optional.empty()), 10, 0);
    assertThat(ids(posts)).containsExactly(pieced);
    assertThat(posts.fields()).isEqualTo(1);
    QueuePage beyond = queue.page(filter(Optional.of("post"), Optional.empty()), 10, 5);
    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.documents()).isEqualTo(1);
    assertThat(beyond.fields()).isEqualTo(1);
    QueuePage states = queue.page(filter(Optional.of("state"), Optional.empty()), 10, 0);
    // China and Japan are less confident than Uzbekistan: their document comes first.
    assertThat(ids(states)).containsExactly(known, pieced);
    assertThat(states.documents()).isEqualTo(2);
    assertThat(states.fields()).isEqualTo(6);
    assertThat(states.items().get(1).fields())
        .extracting(f -> f.item().value().orElseThrow())
        .containsExactly("UZB", "Uzbekistan");
  }

  @Test
  void filtersByActorTheirNamesPartsAndEvents() {
    QueuePage morita =
        queue.page(filter(Optional.empty(), Optional.of(person("kenji morita"))), 10, 0);
    // The meeting's fields in both reports; in the second the parts are less confident.
    assertThat(ids(morita)).containsExactly(merged, pieced);
    assertThat(morita.items()).extracting(QueueDocument::waiting).containsExactly(6L, 7L);
    assertThat(morita.fields()).isEqualTo(13);
    assertThat(morita.items().get(1).fields())
        .extracting(f -> f.item().subjectKind() + " " + f.item().field())
        .doesNotContain("membership post", "organisation name")
        .contains("person name", "event date");
  }

  @Test
  void filtersByActorAndRecordKeepTheActorsFieldsOfThatRecord() {
    String morita = person("kenji morita");
    List<QueueField> all =
        queue.page(filter(Optional.empty(), Optional.of(morita)), 10, 0).items().stream()
            .flatMap(d -> d.fields().stream())
            .toList();
    for (String record : List.of("meeting", "person")) {
      List<Long> expected =
          all.stream()
              .filter(f -> f.record().equals(Optional.of(record)))
              .map(f -> f.item().id())
              .toList();
      assertThat(expected).isNotEmpty();
      assertThat(queue.page(filter(Optional.of(record), Optional.of(morita)), 10, 0).items())
          .flatExtracting(QueueDocument::fields)
          .extracting(f -> f.item().id())
          .containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @Test
  void filtersByPublicationDate() {
    QueueFilter april =
        new QueueFilter(
            Optional.empty(), Optional.empty(), Optional.of("2024-04"), Optional.of("2024"));
    assertThat(ids(queue.page(april, 10, 0))).containsExactly(known);
    QueueFilter firstOfMarch =
        new QueueFilter(
            Optional.empty(),
            Optional.empty(),
            Optional.of("2024-03-01"),
            Optional.of("2024-03-01"));
    assertThat(ids(queue.page(firstOfMarch, 10, 0))).containsExactly(pieced);
  }

  @Test
  void aDecisionTakesAFieldOutOfTheQueue() {
    Review review = new Review(database);
    long head = queue.page(QueueFilter.all(), 1, 0).items().get(0).fields().get(0).item().id();
    review.confirm(head, "ana", Optional.empty());
    QueuePage page = queue.page(QueueFilter.all(), 10, 0);
    // Norov's name spelled otherwise is now the most pressing field of both reports.
    assertThat(ids(page)).containsExactly(merged, pieced, known);
    assertThat(page.fields()).isEqualTo(26);
    assertThat(review.queue(2))
        .extracting(i -> i.documentId() + " " + i.value().orElseThrow())
        .containsExactly(merged + " Vladimír Norov", pieced + " Vladimir Norov");
    for (QueueField f : queue.page(QueueFilter.all(), 1, 2).items().get(0).fields()) {
      review.reject(f.item().id(), "ana", Optional.of("not diplomatic news"));
    }
    assertThat(ids(queue.page(QueueFilter.all(), 10, 0))).containsExactly(merged, pieced);
    assertThat(queue.page(QueueFilter.all(), 10, 0).fields()).isEqualTo(17);
  }

  @Test
  void refusesAFilterItCannotRead() {
    assertThatThrownBy(() -> filter(Optional.of("meetings"), Optional.empty()))
        .isInstanceOf(AttacheException.class)
        .hasMessage(
            "Not a kind of record ([agreement, establishment, meeting, organisation, person, plan,"
                + " post, priorities, state, statement]): 'meetings'");
    assertThatThrownBy(
            () ->
                new QueueFilter(
                    Optional.empty(), Optional.empty(), Optional.of("2024-13"), Optional.empty()))
        .isInstanceOf(AttacheException.class)
        .hasMessage("Not an ISO date (2021, 2021-02, 2021-02-08): '2024-13'");
    assertThatThrownBy(() -> queue.page(QueueFilter.all(), 0, 0))
        .isInstanceOf(AttacheException.class);
  }

  private static QueueFilter filter(Optional<String> record, Optional<String> actor) {
    return new QueueFilter(record, actor, Optional.empty(), Optional.empty());
  }
}
