package org.attache.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.attache.model.Actor;
import org.attache.model.ActorKind;
import org.attache.model.Agreement;
import org.attache.model.AgreementStatus;
import org.attache.model.Area;
import org.attache.model.DocumentInfo;
import org.attache.model.DocumentRecord;
import org.attache.model.Event;
import org.attache.model.Instrument;
import org.attache.model.Meeting;
import org.attache.model.Participant;
import org.attache.model.Period;
import org.attache.model.Plan;
import org.attache.model.PlanStatus;
import org.attache.model.Role;
import org.attache.model.Span;
import org.attache.model.Stance;
import org.attache.model.Statement;
import org.attache.pipeline.read.SourceDocument;
import org.attache.store.Database;
import org.attache.store.TestingPostgres;
import org.attache.store.TestingStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Agreements, plans and statements, which the extractor does not find yet: records written by hand,
 * as the extractor will write them.
 */
class OtherEventsTest {
  private static final List<Span> EVIDENCE = List.of(new Span(0, 20));
  private static final Actor CHINA =
      new Actor("a1", ActorKind.STATE, "China", Optional.of("CHN"), List.of(), EVIDENCE);
  private static final Actor ASEAN =
      new Actor("a2", ActorKind.ORGANISATION, "ASEAN", Optional.of("ASEAN"), List.of(), EVIDENCE);
  private static final Actor SCO =
      new Actor("a3", ActorKind.ORGANISATION, "SCO", Optional.of("SCO"), List.of(), EVIDENCE);
  private static final Actor NOBODY =
      new Actor("a4", ActorKind.PERSON, "H.E.", Optional.empty(), List.of(), EVIDENCE);

  private static Database database;

  @BeforeAll
  static void write() {
    database = TestingPostgres.freshDatabase("other_events");
    try (DocumentWriter writer = new DocumentWriter(database)) {
      SourceDocument first = document("first.txt", "The parties recalled the MoU of 2005.");
      List<Event> events =
          List.of(
              new Agreement(
                  "e1",
                  Instrument.MEMORANDUM_OF_UNDERSTANDING,
                  Optional.empty(),
                  List.of("a1", "a2"),
                  Optional.of("2005"),
                  Optional.empty(),
                  List.of(Area.TERRORISM, Area.DRUG_TRAFFICKING),
                  Optional.of(AgreementStatus.SIGNED),
                  Optional.empty(),
                  EVIDENCE,
                  0.8,
                  new TreeMap<>()),
              new Plan(
                  "e2",
                  Optional.empty(),
                  List.of("a1", "a2"),
                  Optional.of("e1"),
                  Period.of("2021", "2022"),
                  Optional.of(PlanStatus.DRAFTING),
                  Optional.of("list of possible mutual events"),
                  List.of(),
                  List.of(),
                  Optional.empty(),
                  EVIDENCE,
                  0.7,
                  new TreeMap<>()),
              new Statement(
                  "e3",
                  Optional.of("2021-02-08"),
                  "a2",
                  Stance.INTENT_TO_COOPERATE,
                  "reaffirmed its readiness to work together",
                  List.of("a1"),
                  List.of(),
                  Optional.empty(),
                  EVIDENCE,
                  0.6,
                  new TreeMap<>()),
              new Meeting(
                  "e4",
                  Optional.of("2021-02-08"),
                  Optional.empty(),
                  List.of(new Participant("a4", Role.HOST), new Participant("a1", Role.GUEST)),
                  Optional.empty(),
                  Optional.empty(),
                  EVIDENCE,
                  0.5,
                  new TreeMap<>()));
      assertThat(writer.write(first, record(first, List.of(CHINA, ASEAN, NOBODY), events), "1"))
          .isEqualTo(DocumentWriter.Outcome.STORED);

      SourceDocument second = document("second.txt", "They signed the MoU on 21 April 2005.");
      Agreement again =
          new Agreement(
              "e1",
              Instrument.MEMORANDUM_OF_UNDERSTANDING,
              Optional.empty(),
              List.of("a1", "a2"),
              Optional.of("2005-04-21"),
              Optional.empty(),
              List.of(Area.TERRORISM),
              Optional.of(AgreementStatus.SIGNED),
              Optional.empty(),
              EVIDENCE,
              0.8,
              new TreeMap<>());
      assertThat(
              writer.write(second, record(second, List.of(CHINA, ASEAN, SCO), List.of(again)), "1"))
          .isEqualTo(DocumentWriter.Outcome.STORED);
    }
  }

  private static SourceDocument document(String source, String body) {
    return new SourceDocument(
        source, Optional.of("ASEAN and China"), Optional.of(LocalDate.of(2021, 2, 8)), body);
  }

  private static DocumentRecord record(
      SourceDocument document, List<Actor> actors, List<Event> events) {
    return new DocumentRecord(
        new DocumentInfo(
            document.id(),
            document.title(),
            Optional.of("2021-02-08"),
            document.source(),
            "en",
            true),
        actors,
        events);
  }

  @Test
  void oneAgreementCitedTwiceIsOneAgreement() {
    assertThat(
            TestingStore.rows(
                database,
                "SELECT a.signed, a.sources, a.instrument, s.status,"
                    + " (SELECT string_agg(o.code, ' ' ORDER BY o.code) FROM agreement_party p"
                    + " JOIN organisation o ON o.id = p.organisation_id"
                    + " WHERE p.agreement_id = a.id),"
                    + " (SELECT string_agg(area, ' ' ORDER BY area) FROM event_area_view"
                    + " WHERE event_id = a.id)"
                    + " FROM agreement_view a JOIN agreement_status s ON s.id = a.id"))
        .containsExactly(
            List.of(
                "2005-04-21",
                "2",
                "memorandum_of_understanding",
                "signed",
                "ASEAN CHN",
                "drug_trafficking terrorism"));
  }

  @Test
  void aPlanWhosePeriodHasEndedIsOverdue() {
    assertThat(
            TestingStore.rows(
                database,
                "SELECT p.title, p.period_from, p.period_to, p.reported_status, s.status,"
                    + " p.framework_id = (SELECT id FROM agreement_view)"
                    + " FROM plan_view p JOIN plan_status s ON s.id = p.id"))
        .containsExactly(
            List.of("list of possible mutual events", "2021", "2022", "drafting", "overdue", "t"));
  }

  @Test
  void aStatementKeepsItsSpeakerStanceAndText() {
    assertThat(
            TestingStore.rows(
                database,
                "SELECT s.date, s.stance, s.text, o.code FROM statement_view s"
                    + " JOIN event_actor_view ea ON ea.event_id = s.id AND ea.link = 'speaker'"
                    + " JOIN organisation o ON o.id = ea.organisation_id"))
        .containsExactly(
            List.of(
                "2021-02-08",
                "intent_to_cooperate",
                "reaffirmed its readiness to work together",
                "ASEAN"));
  }

  @Test
  void anActorWithoutANameIsLeftOutOfItsMeeting() {
    assertThat(TestingStore.count(database, "SELECT count(*) FROM person")).isZero();
    assertThat(
            TestingStore.rows(
                database,
                "SELECT o.code, p.role FROM participation p"
                    + " JOIN organisation o ON o.id = p.organisation_id"))
        .containsExactly(List.of("CHN", "guest"));
  }
}
