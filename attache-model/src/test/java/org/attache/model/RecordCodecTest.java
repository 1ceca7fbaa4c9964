package org.attache.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RecordCodecTest {
  private static DocumentRecord sample() {
    DocumentInfo document =
        new DocumentInfo(
            "abc", Optional.of("A title"), Optional.of("2021-02-08"), "a.txt", "en", true);
    Actor norov =
        new Actor(
            "a1",
            ActorKind.PERSON,
            "Vladimir Norov",
            Optional.empty(),
            List.of(new Post("Secretary-General", Optional.of("a2"), Optional.empty())),
            List.of(new Span(3, 17)));
    Actor sco =
        new Actor(
            "a2",
            ActorKind.ORGANISATION,
            "Shanghai Cooperation Organisation",
            Optional.of("SCO"),
            List.of(),
            List.of());
    Meeting meeting =
        new Meeting(
            "e1",
            Optional.of("2021-02-08"),
            Optional.of(
                new Place(
                    Optional.of("SCO Secretariat"), Optional.of("Beijing"), Optional.of("CHN"))),
            List.of(new Participant("a1", Role.HOST)),
            Optional.of(MeetingFormat.IN_PERSON),
            Optional.of(Codes.of("043", "CONSULT")),
            List.of(new Span(0, 40)),
            0.9,
            new TreeMap<>(Map.of("date", "date.day_month_year")));
    Agreement mou =
        new Agreement(
            "e2",
            Instrument.MEMORANDUM_OF_UNDERSTANDING,
            Optional.empty(),
            List.of("a2"),
            Optional.of("2005"),
            Optional.empty(),
            List.of(Area.DRUG_TRAFFICKING),
            Optional.of(AgreementStatus.SIGNED),
            Optional.empty(),
            List.of(),
            0.5,
            new TreeMap<>());
    return new DocumentRecord(document, List.of(norov, sco), List.of(meeting, mou));
  }

  @Test
  void writesTheVocabularyInSnakeCaseWithTheTypeFirst() {
    String json = RecordCodec.toJsonLine(sample());

    assertThat(json)
        .startsWith("{\"schema\":\"attache.record/1\",\"document\":{\"id\":\"abc\"")
        .contains("\"kind\":\"person\"")
        .contains("{\"type\":\"meeting\",\"id\":\"e1\"")
        .contains("\"role\":\"host\"")
        .contains("\"format\":\"in_person\"")
        .contains("\"instrument\":\"memorandum_of_understanding\"")
        .contains("\"areas\":[\"drug_trafficking\"]")
        .contains("\"code\":null")
        .doesNotContain("\n");
  }

  @Test
  void readsBackWhatItWrites() {
    DocumentRecord record = sample();

    DocumentRecord back = RecordCodec.fromJson(RecordCodec.toJsonLine(record));

    assertThat(back).isEqualTo(record);
    assertThat(RecordCodec.toJsonLine(back)).isEqualTo(RecordCodec.toJsonLine(record));
  }

  @Test
  void readsAbsentFieldsAsEmpty() {
    DocumentRecord back =
        RecordCodec.fromJson(
            "{\"schema\":\"attache.record/1\",\"document\":{\"id\":\"x\",\"source\":\"s\","
                + "\"language\":\"en\",\"diplomatic\":false},"
                + "\"events\":[{\"type\":\"meeting\",\"id\":\"e1\",\"confidence\":0.5}]}");

    Meeting meeting = back.events(Meeting.class).get(0);
    assertThat(back.actors()).isEmpty();
    assertThat(back.document().published()).isEmpty();
    assertThat(meeting.date()).isEmpty();
    assertThat(meeting.participants()).isEmpty();
  }

  @Test
  void refusesAnUnknownArea() {
    assertThatThrownBy(() -> Vocabulary.parse(Area.class, "knitting"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown area: 'knitting'");
  }

  @Test
  void writesVocabulariesAsTheirCodesAndReadsThemInAnyCase() {
    String json = RecordCodec.toJsonLine(sample());

    assertThat(json)
        .contains(
            "\"instrument\":\"memorandum_of_understanding\"",
            "\"areas\":[\"drug_trafficking\"]",
            "\"status\":\"signed\"");
    DocumentRecord back =
        RecordCodec.fromJson(json.replace("\"status\":\"signed\"", "\"status\":\" Signed \""));
    assertThat(back.events(Agreement.class).get(0).status()).contains(AgreementStatus.SIGNED);
  }

  @Test
  void refusesAValueOutsideItsVocabularyInARecord() {
    String json = RecordCodec.toJsonLine(sample()).replace("drug_trafficking", "knitting");

    assertThatThrownBy(() -> RecordCodec.fromJson(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown area: 'knitting'");
  }

  @Test
  void readsADataFileCodeExactly() {
    assertThat(Vocabulary.parseCode(PlanItemKind.class, "festival"))
        .isEqualTo(PlanItemKind.FESTIVAL);
    assertThatThrownBy(() -> Vocabulary.parseCode(PlanItemKind.class, "Festival"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown plan item kind: 'Festival'");
  }

  @Test
  void refusesAnInvalidSpan() {
    assertThatThrownBy(() -> new Span(5, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid span [5, 2)");
  }

  @Test
  void eachEventNamesItsTypeAsTheJsonDoes() {
    DocumentRecord record = sample();

    assertThat(record.events()).extracting(Event::type).containsExactly("meeting", "agreement");
    assertThat(RecordCodec.toJsonLine(record)).contains("{\"type\":\"agreement\",\"id\":\"e2\"");
  }
}
