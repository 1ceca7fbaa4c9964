package org.attache.pipeline.events.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.attache.model.Agreement;
import org.attache.model.AgreementStatus;
import org.attache.model.Area;
import org.attache.model.Instrument;
import org.attache.model.Span;
import org.junit.jupiter.api.Test;

/** Mentions of one instrument are joined into one agreement, field by field. */
class InstrumentMentionsTest {
  private static final Span S1 = new Span(0, 10);
  private static final Span S2 = new Span(20, 30);
  private static final Span S3 = new Span(40, 50);

  private static Agreement mention(
      String id,
      Instrument instrument,
      List<String> parties,
      String signed,
      List<Area> areas,
      AgreementStatus status,
      List<Span> evidence,
      double confidence,
      Map<String, String> provenance) {
    return new Agreement(
        id,
        instrument,
        Optional.of("memorandum " + id),
        parties,
        Optional.ofNullable(signed),
        Optional.empty(),
        areas,
        Optional.of(status),
        Optional.empty(),
        evidence,
        confidence,
        new TreeMap<>(provenance));
  }

  private static final Agreement FIRST =
      mention(
          "m1",
          Instrument.MEMORANDUM_OF_UNDERSTANDING,
          List.of("A", "B"),
          null,
          List.of(Area.TRADE),
          AgreementStatus.NEGOTIATING,
          List.of(S1),
          0.6,
          Map.of(
              "instrument", "i1",
              "status", "s1",
              "areas", "areas.tsv: trade",
              "parties", "p1"));

  private static final Agreement SIGNING =
      mention(
          "m2",
          Instrument.MEMORANDUM_OF_UNDERSTANDING,
          List.of("B", "C"),
          "2019",
          List.of(),
          AgreementStatus.SIGNED,
          List.of(S2),
          0.75,
          Map.of("instrument", "i2", "status", "s2", "signed", "sg2", "place", "pl2"));

  private static final Agreement AGAIN =
      mention(
          "m3",
          Instrument.MEMORANDUM_OF_UNDERSTANDING,
          List.of("C"),
          "2019-05",
          List.of(Area.ENERGY),
          AgreementStatus.NEGOTIATING,
          List.of(S3, S1),
          0.7,
          Map.of("areas", "areas.tsv: energy", "status", "s3"));

  private static final Agreement OTHER_YEAR =
      mention(
          "m4",
          Instrument.MEMORANDUM_OF_UNDERSTANDING,
          List.of("A"),
          "2020",
          List.of(),
          AgreementStatus.SIGNED,
          List.of(S3),
          0.75,
          Map.of("status", "s4"));

  private static final Agreement TREATY =
      mention(
          "m5",
          Instrument.TREATY,
          List.of("A", "B"),
          null,
          List.of(),
          AgreementStatus.IN_FORCE,
          List.of(S2),
          0.6,
          Map.of("status", "s5"));

  @Test
  void joinsTheMentionsOfOneInstrumentTheFirstMentionsFieldsWinning() {
    List<Agreement> merged =
        InstrumentMentions.merge(List.of(FIRST, SIGNING, OTHER_YEAR, AGAIN, TREATY));

    assertThat(merged).hasSize(3);
    assertThat(merged.get(1)).isSameAs(OTHER_YEAR);
    assertThat(merged.get(2)).isSameAs(TREATY);
    Agreement joined = merged.get(0);
    assertThat(joined.id()).isEqualTo("m1");
    assertThat(joined.title()).contains("memorandum m1");
    assertThat(joined.parties()).containsExactly("A", "B", "C");
    assertThat(joined.signed()).contains("2019");
    assertThat(joined.areas()).containsExactly(Area.TRADE, Area.ENERGY);
    assertThat(joined.status()).contains(AgreementStatus.SIGNED);
    assertThat(joined.evidence()).containsExactly(S1, S2, S3);
    assertThat(joined.confidence()).isEqualTo(0.75);
    assertThat(joined.provenance())
        .containsExactly(
            Map.entry("areas", "areas.tsv: trade; areas.tsv: energy"),
            Map.entry("evidence", "mentions of one instrument joined"),
            Map.entry("instrument", "i1"),
            Map.entry("parties", "p1"),
            Map.entry("place", "pl2"),
            Map.entry("signed", "sg2"),
            Map.entry("status", "s2"));
  }

  @Test
  void joinsManyMentionsOfOneInstrumentInOneAgreement() {
    List<Agreement> mentions = new java.util.ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      mentions.add(
          mention(
              "m" + i,
              Instrument.MEMORANDUM_OF_UNDERSTANDING,
              List.of("A", "P" + i),
              null,
              List.of(Area.TRADE),
              AgreementStatus.SIGNED,
              List.of(new Span(i * 10, i * 10 + 5)),
              0.6,
              Map.of("areas", "areas.tsv: trade")));
    }

    List<Agreement> merged = InstrumentMentions.merge(mentions);

    assertThat(merged).hasSize(1);
    assertThat(merged.get(0).parties()).hasSize(1_001).startsWith("A", "P0", "P1");
    assertThat(merged.get(0).evidence()).hasSize(1_000);
    assertThat(merged.get(0).provenance().get("areas"))
        .isEqualTo(String.join("; ", java.util.Collections.nCopies(1_000, "areas.tsv: trade")));
  }
}
