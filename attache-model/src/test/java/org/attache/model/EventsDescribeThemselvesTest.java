package org.attache.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Each event type gives its links, areas and fields, and copies itself with new ids. */
class EventsDescribeThemselvesTest {
  private static final List<Span> EVIDENCE = List.of(new Span(0, 10));
  private static final UnaryOperator<String> RENUMBER = id -> "n" + id;
  private static final Optional<Codes> CONSULT =
      Optional.of(new Codes(Optional.of("040"), Optional.of("CONSULT")));

  private static TreeMap<String, String> provenance() {
    return new TreeMap<>(Map.of("date", "rule"));
  }

  @Test
  void aMeetingNamesItsParticipantsWithTheirRolesAndItsPlace() {
    Meeting meeting =
        new Meeting(
            "e1",
            Optional.of("2021-02-08"),
            Optional.of(new Place(Optional.empty(), Optional.of("Beijing"), Optional.of("CHN"))),
            List.of(new Participant("a1", Role.HOST), new Participant("a2", Role.GUEST)),
            Optional.of(MeetingFormat.IN_PERSON),
            CONSULT,
            EVIDENCE,
            0.8,
            provenance());

    assertThat(meeting.links())
        .containsExactly(
            new EventLink("participant", "a1", Optional.of(Role.HOST)),
            new EventLink("participant", "a2", Optional.of(Role.GUEST)));
    assertThat(meeting.areas()).isEmpty();
    assertThat(meeting.fields())
        .containsExactly(
            Map.entry("date", "2021-02-08"),
            Map.entry("cameo", "040"),
            Map.entry("plover", "CONSULT"),
            Map.entry("place.city", "Beijing"),
            Map.entry("place.country", "CHN"),
            Map.entry("format", "in_person"));
    Meeting renumbered = (Meeting) meeting.withIds("e9", RENUMBER);
    assertThat(renumbered.id()).isEqualTo("e9");
    assertThat(renumbered.participants())
        .containsExactly(new Participant("na1", Role.HOST), new Participant("na2", Role.GUEST));
    assertThat(renumbered.place()).isEqualTo(meeting.place());
  }

  @Test
  void aStatementNamesItsSpeakerThenWhomItIsAbout() {
    Statement statement =
        new Statement(
            "e2",
            Optional.empty(),
            "a1",
            Stance.APPEAL,
            "called for restraint",
            List.of("a2", "a3"),
            List.of(Area.TRADE),
            Optional.empty(),
            EVIDENCE,
            0.7,
            provenance());

    assertThat(statement.links())
        .containsExactly(
            EventLink.of("speaker", "a1"),
            EventLink.of("about", "a2"),
            EventLink.of("about", "a3"));
    assertThat(statement.areas()).containsExactly(Area.TRADE);
    assertThat(statement.fields())
        .containsExactly(Map.entry("stance", "appeal"), Map.entry("text", "called for restraint"));
    Statement renumbered = (Statement) statement.withIds("e5", RENUMBER);
    assertThat(renumbered.speaker()).isEqualTo("na1");
    assertThat(renumbered.about()).containsExactly("na2", "na3");
  }

  @Test
  void aPlanMapsThePartiesOfItsItemsAndItsFramework() {
    PlanItem item =
        new PlanItem(
            "Days of culture",
            PlanItemKind.FESTIVAL,
            List.of("a1"),
            new Period(Optional.of("2021"), Optional.empty()),
            Optional.empty(),
            Optional.empty(),
            EVIDENCE);
    Plan plan =
        new Plan(
            "e3",
            Optional.empty(),
            List.of("a1", "a2"),
            Optional.of("e1"),
            new Period(Optional.of("2021"), Optional.of("2022")),
            Optional.of(PlanStatus.DRAFTING),
            Optional.empty(),
            List.of(Area.CULTURE),
            List.of(item),
            Optional.empty(),
            EVIDENCE,
            0.6,
            provenance());

    assertThat(plan.links())
        .containsExactly(EventLink.of("party", "a1"), EventLink.of("party", "a2"));
    assertThat(plan.fields())
        .containsExactly(
            Map.entry("status", "drafting"),
            Map.entry("period.from", "2021"),
            Map.entry("period.to", "2022"));
    Plan renumbered = (Plan) plan.withIds("e7", RENUMBER);
    assertThat(renumbered.parties()).containsExactly("na1", "na2");
    assertThat(renumbered.items().get(0).parties()).containsExactly("na1");
    assertThat(renumbered.framework()).contains("e1");
    assertThat(plan.withFramework(RENUMBER).framework()).contains("ne1");
  }

  @Test
  void anEstablishmentNamesTheBodyThenItsFounders() {
    Establishment establishment =
        new Establishment(
            "e4",
            Optional.of("2011"),
            "a1",
            List.of("a2", "a3"),
            Optional.of("a summit"),
            Optional.empty(),
            EVIDENCE,
            0.9,
            provenance());

    assertThat(establishment.links())
        .containsExactly(
            EventLink.of("actor", "a1"),
            EventLink.of("founder", "a2"),
            EventLink.of("founder", "a3"));
    assertThat(establishment.areas()).isEmpty();
    assertThat(establishment.fields())
        .containsExactly(Map.entry("date", "2011"), Map.entry("occasion", "a summit"));
  }

  @Test
  void withCodesChangesTheCodesAndTheProvenanceAlone() {
    Priorities priorities =
        new Priorities(
            "e6",
            Optional.of("2021"),
            "a1",
            Optional.of("chair"),
            Optional.of("2021"),
            List.of(Area.ENERGY),
            "energy first",
            Optional.empty(),
            EVIDENCE,
            0.5,
            provenance());
    TreeMap<String, String> coded = provenance();
    coded.put("codes", "table");

    Event recoded = priorities.withCodes(CONSULT, coded);

    assertThat(recoded)
        .isEqualTo(
            new Priorities(
                "e6",
                Optional.of("2021"),
                "a1",
                Optional.of("chair"),
                Optional.of("2021"),
                List.of(Area.ENERGY),
                "energy first",
                CONSULT,
                EVIDENCE,
                0.5,
                coded));
    assertThat(recoded.links()).containsExactly(EventLink.of("actor", "a1"));
  }

  @Test
  void theDescriptionsAreNotWrittenIntoRecords() throws Exception {
    Establishment establishment =
        new Establishment(
            "e4",
            Optional.of("2011"),
            "a1",
            List.of(),
            Optional.empty(),
            Optional.empty(),
            EVIDENCE,
            0.9,
            provenance());

    String json = RecordCodec.mapper().writeValueAsString(establishment);

    assertThat(json).doesNotContain("\"links\"", "\"fields\"", "\"areas\"");
  }
}
