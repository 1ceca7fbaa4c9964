package org.attache.store.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attache.store.curation.TestingCuration.FIRST_RECORD;
import static org.attache.store.curation.TestingCuration.FIRST_TEXT;
import static org.attache.store.curation.TestingCuration.SECOND_RECORD;
import static org.attache.store.curation.TestingCuration.SECOND_TEXT;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.attache.model.error.AttacheException;
import org.attache.model.error.ErrorCode;
import org.attache.store.Database;
import org.attache.store.TestingPostgres;
import org.attache.store.TestingStore;
import org.attache.store.ingest.DocumentWriter.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each act on a real store: what it changes, that a re-extraction of the documents (by a later
 * release) keeps it, and that undoing it gives back what was there.
 */
class CurationTest {
  private static final Curator ANA = new Curator("ana", Optional.of("checked the source"));
  private static final String FIRST = TestingCuration.id(FIRST_TEXT);
  private static final String SECOND = TestingCuration.id(SECOND_TEXT);

  private Database database;
  private Curation curation;
  private int release = 1;

  @BeforeEach
  void store() {
    database = TestingPostgres.freshDatabase("curation");
    curation = new Curation(database, TestingCuration.VOCABULARY);
    assertThat(TestingCuration.write(database, FIRST_TEXT, FIRST_RECORD, "0.1.0"))
        .isEqualTo(Outcome.STORED);
    assertThat(TestingCuration.write(database, SECOND_TEXT, SECOND_RECORD, "0.1.0"))
        .isEqualTo(Outcome.STORED);
  }

  @AfterEach
  void currentValuesFollowTheAssertions() {
    assertThat(TestingStore.staleCurrentValues(database)).isEmpty();
  }

  /** Both documents again, by a later release of the extractor that reads them as before. */
  private void reExtract() {
    String version = "0." + ++release + ".0";
    assertThat(TestingCuration.write(database, FIRST_TEXT, FIRST_RECORD, version))
        .isEqualTo(Outcome.REEXTRACTED);
    assertThat(TestingCuration.write(database, SECOND_TEXT, SECOND_RECORD, version))
        .isEqualTo(Outcome.REEXTRACTED);
  }

  private long meeting(String document) {
    return TestingStore.count(
        database,
        "SELECT subject_id FROM assertion WHERE document_id = ? AND subject_kind = 'event'"
            + " AND field = 'exists'",
        document);
  }

  private long person(String name) {
    return TestingStore.count(database, "SELECT id FROM person_view WHERE name = ?", name);
  }

  private List<List<String>> rows(String sql, Object... parameters) {
    return TestingStore.rows(database, sql, parameters);
  }

  /** The live parts of an event: name, role, on whose behalf. */
  private List<List<String>> parties(long event) {
    return rows(
        "SELECT actor_name(ea.actor), v.role, actor_name('organisation:' || v.on_behalf_of_id)"
            + " FROM event_actor_view v JOIN event_actor ea ON ea.id = v.id"
            + " WHERE v.event_id = ? ORDER BY 1",
        event);
  }

  private List<List<String>> people() {
    return rows("SELECT name FROM person_view ORDER BY name");
  }

  private List<List<String>> posts(String name) {
    return rows(
        "SELECT m.post, actor_name('organisation:' || m.organisation_id),"
            + " current_value('membership', m.id, 'period.from'),"
            + " current_value('membership', m.id, 'period.to')"
            + " FROM membership_view m WHERE m.person_id = ? ORDER BY m.id",
        person(name));
  }

  private String value(String kind, long id, String field) {
    return rows("SELECT current_value(?, ?, ?)", kind, id, field).get(0).get(0);
  }

  private static void refused(Runnable act, String message) {
    assertThatThrownBy(act::run)
        .isInstanceOf(AttacheException.class)
        .hasMessage(message)
        .satisfies(e -> assertThat(((AttacheException) e).code()).isEqualTo(ErrorCode.BAD_INPUT));
  }

  @Test
  void aCorrectionIsCheckedAgainstTheFieldsTypeAndVocabulary() {
    String event = "event:" + meeting(FIRST);
    refused(
        () -> curation.correct(FIRST, event, "place.country", "XYZ", ANA),
        "Not a state code of the knowledge base: 'XYZ' ('place.country' takes an ISO 3166-1"
            + " alpha-3 code such as 'CHN')");
    refused(
        () -> curation.correct(FIRST, event, "cameo", "999", ANA),
        "Not a CAMEO code of the project's event code list: '999'");
    refused(
        () -> curation.correct(FIRST, event, "date", "8 February", ANA),
        "Not a valid value of 'date': '8 February'");
    refused(
        () -> curation.correct(FIRST, event, "place.name", "x".repeat(1 << 20), ANA),
        "A value of 'place.name' is at most 2,000 characters; this one has 1,048,576");
    refused(
        () -> curation.correct(SECOND, event, "date", "2021-02-09", ANA),
        "“Norrov visits Tashkent forum” says nothing of meeting " + meeting(FIRST));
    assertThat(TestingStore.count(database, "SELECT count(*) FROM curation_act")).isZero();
  }

  @Test
  void aCorrectedFieldOutlastsReExtractionAndItsUndoGivesBackTheMachinesValue() {
    long event = meeting(FIRST);
    Act act = curation.correct(FIRST, "event:" + event, "cameo", "042", ANA);
    assertThat(act.summary())
        .isEqualTo("Corrected cameo of meeting " + event + " to “042” (was “043”)");
    assertThat(act.documents()).containsExactly(FIRST);
    assertThat(value("event", event, "cameo")).isEqualTo("042");
    curation.correct(FIRST, "event:" + event, "place.name", "State Guest House", ANA);
    reExtract();
    assertThat(value("event", event, "cameo")).isEqualTo("042");
    assertThat(value("event", event, "place.name")).isEqualTo("State Guest House");
    assertThatThrownBy(() -> curation.undo(act.id() + 5, ANA))
        .hasMessage("No act " + (act.id() + 5));
    curation.undo(act.id(), ANA);
    assertThat(value("event", event, "cameo")).isEqualTo("043");
    assertThat(curation.act(act.id()).undoneBy()).contains("ana");
    assertThatThrownBy(() -> curation.undo(act.id(), ANA))
        .hasMessage("Act " + act.id() + " is undone already");
  }

  @Test
  void anActThatALaterOneChangedAgainIsUndoneOnlyAfterIt() {
    long event = meeting(FIRST);
    Act first = curation.correct(FIRST, "event:" + event, "date", "2021-02-09", ANA);
    Act second = curation.correct(FIRST, "event:" + event, "date", "2021-02-10", ANA);
    assertThatThrownBy(() -> curation.undo(first.id(), ANA))
        .isInstanceOf(AttacheException.class)
        .hasMessageStartingWith(
            "Act " + first.id() + " cannot be undone: a later act changed the same field");
    curation.undo(second.id(), ANA);
    assertThat(value("event", event, "date")).isEqualTo("2021-02-09");
    curation.undo(first.id(), ANA);
    assertThat(value("event", event, "date")).isEqualTo("2021-02-08");
  }

  @Test
  void aWrongPostIsChangedInTitleOrganisationAndPeriodEvenAfterReExtraction() {
    long post =
        TestingStore.count(
            database, "SELECT id FROM membership WHERE person_id = ?", person("Vladimir Norov"));
    assertThat(posts("Vladimir Norov"))
        .containsExactly(Arrays.asList("Head", "Uzbekistan", null, null));
    refused(
        () ->
            curation.changePost(
                post,
                Optional.of(FIRST),
                new PostChange(
                    "Director",
                    Optional.of("Ministry of Magic"),
                    Optional.empty(),
                    Optional.empty()),
                ANA),
        "No organisation or state is named 'Ministry of Magic' in the store");
    Act act =
        curation.changePost(
            post,
            Optional.of(FIRST),
            new PostChange(
                "Director",
                Optional.of("institute for strategic and regional studies"),
                Optional.of("2017"),
                Optional.empty()),
            ANA);
    assertThat(act.summary())
        .isEqualTo(
            "Post of Vladimir Norov: Head of Uzbekistan → Director of Institute for Strategic and"
                + " Regional Studies, 2017 to ?");
    List<List<String>> corrected =
        List.of(
            Arrays.asList(
                "Director", "Institute for Strategic and Regional Studies", "2017", null));
    assertThat(posts("Vladimir Norov")).isEqualTo(corrected);
    assertThat(parties(meeting(FIRST)))
        .contains(
            List.of("Vladimir Norov", "host", "Institute for Strategic and Regional Studies"));
    reExtract();
    assertThat(posts("Vladimir Norov")).isEqualTo(corrected);
    assertThat(parties(meeting(FIRST)))
        .contains(
            List.of("Vladimir Norov", "host", "Institute for Strategic and Regional Studies"));
    assertThat(curation.ofActor("person:" + person("Vladimir Norov")))
        .extracting(Act::summary)
        .containsExactly(act.summary());
    curation.undo(act.id(), ANA);
    assertThat(posts("Vladimir Norov"))
        .containsExactly(Arrays.asList("Head", "Uzbekistan", null, null));
    assertThat(parties(meeting(FIRST))).contains(List.of("Vladimir Norov", "host", "Uzbekistan"));
  }

  @Test
  void twoSpellingsOfOnePersonAreMergedAndSplitAgainWithTheirRecords() {
    long norov = person("Vladimir Norov");
    long norrov = person("Vladimir Norrov");
    refused(
        () -> curation.merge("person:" + norrov, "organisation:1", ANA),
        "Cannot merge Vladimir Norrov (a person) with Uzbekistan (a state): only people with"
            + " people, states with states and organisations with organisations");
    Act merge = curation.merge("person:" + norrov, "person:" + norov, ANA);
    assertThat(merge.summary())
        .isEqualTo(
            "Merged Vladimir Norrov (person:"
                + norrov
                + ") into Vladimir Norov (person:"
                + norov
                + ")");
    assertThat(people()).containsExactly(List.of("Lina Hartono"), List.of("Vladimir Norov"));
    assertThat(parties(meeting(SECOND)))
        .containsExactly(
            Arrays.asList("Lina Hartono", "host", null),
            Arrays.asList("Vladimir Norov", "guest", null));
    assertThat(meetingsOf(norov)).isEqualTo(2);
    reExtract();
    assertThat(people()).containsExactly(List.of("Lina Hartono"), List.of("Vladimir Norov"));
    assertThat(meetingsOf(norov)).isEqualTo(2);
    assertThat(curation.ofDocument(SECOND)).extracting(Act::id).containsExactly(merge.id());

    curation.undo(merge.id(), ANA);
    assertThat(people())
        .containsExactly(
            List.of("Lina Hartono"), List.of("Vladimir Norov"), List.of("Vladimir Norrov"));
    assertThat(parties(meeting(SECOND)))
        .containsExactly(
            Arrays.asList("Lina Hartono", "host", null),
            Arrays.asList("Vladimir Norrov", "guest", null));
    assertThat(meetingsOf(norov)).isEqualTo(1);
    reExtract();
    assertThat(meetingsOf(norrov)).isEqualTo(1);
  }

  @Test
  void anActorsMentionsInADocumentAreSplitOffIntoANewActor() {
    long norov = person("Vladimir Norov");
    long norrov = person("Vladimir Norrov");
    curation.merge("person:" + norrov, "person:" + norov, ANA);
    Act split = curation.split("person:" + norov, List.of(SECOND), ANA);
    long added = Long.parseLong(split.actors().get(1).substring("person:".length()));
    assertThat(split.actors()).containsExactly("person:" + norov, "person:" + added);
    assertThat(rows("SELECT name FROM person_view WHERE id = ?", added))
        .containsExactly(List.of("Vladimir Norrov"));
    assertThat(meetingsOf(norov)).isEqualTo(1);
    assertThat(meetingsOf(added)).isEqualTo(1);
    reExtract();
    assertThat(meetingsOf(norov)).isEqualTo(1);
    assertThat(meetingsOf(added)).isEqualTo(1);
    curation.undo(split.id(), ANA);
    assertThat(meetingsOf(norov)).isEqualTo(2);
    assertThat(people()).containsExactly(List.of("Lina Hartono"), List.of("Vladimir Norov"));
  }

  private long meetingsOf(long person) {
    return TestingStore.count(
        database,
        "SELECT count(DISTINCT p.event_id) FROM event_party p JOIN event_date e ON e.id = p.event_id"
            + " WHERE p.actor = ?",
        "person:" + person);
  }

  @Test
  void participantsAreAddedRemovedAndGivenAnotherRole() {
    long event = meeting(FIRST);
    long hartono =
        TestingStore.count(
            database,
            "SELECT id FROM event_actor WHERE event_id = ? AND person_id = ?",
            event,
            person("Lina Hartono"));
    Act removed = curation.removeParticipant(hartono, ANA);
    assertThat(removed.summary()).isEqualTo("Removed the part of Lina Hartono in event " + event);
    assertThat(parties(event)).containsExactly(List.of("Vladimir Norov", "host", "Uzbekistan"));
    refused(
        () -> curation.addParticipant(event, FIRST, "organisation:1", "party", ANA),
        "A meeting's parts are [host, guest, participant], not 'party'");
    Act added = curation.addParticipant(event, FIRST, "organisation:1", "participant", ANA);
    long norov =
        TestingStore.count(
            database,
            "SELECT id FROM event_actor WHERE event_id = ? AND person_id = ?",
            event,
            person("Vladimir Norov"));
    curation.changeRole(norov, "guest", ANA);
    List<List<String>> edited =
        List.of(
            Arrays.asList("Uzbekistan", "participant", null),
            List.of("Vladimir Norov", "guest", "Uzbekistan"));
    assertThat(parties(event)).isEqualTo(edited);
    reExtract();
    assertThat(parties(event)).isEqualTo(edited);
    curation.undo(added.id(), ANA);
    curation.undo(removed.id(), ANA);
    assertThat(parties(event))
        .containsExactly(
            Arrays.asList("Lina Hartono", "guest", null),
            List.of("Vladimir Norov", "guest", "Uzbekistan"));
  }

  @Test
  void aRejectedEventLeavesEveryListUntilItIsUndone() {
    long event = meeting(FIRST);
    Act act = curation.rejectEvent(event, ANA);
    assertThat(act.summary()).isEqualTo("Rejected the meeting " + event);
    String live = "SELECT count(*) FROM event_date WHERE id = ?";
    String parties = "SELECT count(*) FROM event_party WHERE event_id = ?";
    assertThat(TestingStore.count(database, live, event)).isZero();
    assertThat(TestingStore.count(database, parties, event)).isZero();
    refused(
        () -> curation.rejectEvent(event, ANA), "The meeting " + event + " is rejected already");
    reExtract();
    assertThat(meeting(FIRST)).isEqualTo(event);
    assertThat(TestingStore.count(database, live, event)).isZero();
    assertThat(TestingStore.count(database, parties, event)).isZero();
    curation.undo(act.id(), ANA);
    assertThat(TestingStore.count(database, live, event)).isEqualTo(1);
    assertThat(TestingStore.count(database, parties, event)).isEqualTo(3);
  }

  @Test
  void aDocumentMarkedNotDiplomaticStaysSoAfterReExtraction() {
    long event = meeting(SECOND);
    Act act = curation.markNotDiplomatic(SECOND, ANA);
    assertThat(act.summary()).isEqualTo("Marked “Norrov visits Tashkent forum” not diplomatic");
    String diplomatic = "SELECT count(*) FROM document WHERE id = ? AND diplomatic";
    String live = "SELECT count(*) FROM event_date WHERE id = ?";
    assertThat(TestingStore.count(database, diplomatic, SECOND)).isZero();
    assertThat(TestingStore.count(database, live, event)).isZero();
    assertThat(people()).containsExactly(List.of("Lina Hartono"), List.of("Vladimir Norov"));
    reExtract();
    assertThat(TestingStore.count(database, diplomatic, SECOND)).isZero();
    assertThat(TestingStore.count(database, live, event)).isZero();
    curation.undo(act.id(), ANA);
    assertThat(TestingStore.count(database, diplomatic, SECOND)).isEqualTo(1);
    assertThat(TestingStore.count(database, live, event)).isEqualTo(1);
    assertThat(curation.ofDocument(SECOND)).extracting(Act::undone).containsExactly(true);
  }
}
