package org.attache.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.attache.model.Agreement;
import org.attache.model.Area;
import org.attache.model.DocumentRecord;
import org.attache.model.Establishment;
import org.attache.model.Instrument;
import org.attache.model.Period;
import org.attache.model.Plan;
import org.attache.model.PlanStatus;
import org.attache.model.Priorities;
import org.attache.model.Statement;
import org.attache.pipeline.read.DocumentReaders;
import org.attache.pipeline.read.ReadResult;
import org.attache.pipeline.testing.ExtractorTesting;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed document's statements, agreement, plans, priorities and establishment. */
class SeedDocumentEventsTest {
  private static DocumentRecord record;

  @BeforeAll
  static void extract() {
    Path path = ExtractorTesting.shared().resolve("gold/dev/0000-sco-asean-2021-02-08.txt");
    ReadResult read = DocumentReaders.create().read(path).findFirst().orElseThrow();
    record = ExtractorTesting.extractor().extract(((ReadResult.Read) read).document());
  }

  private static String label(String id) {
    return record.actor(id).map(a -> a.code().orElse(a.name())).orElseThrow();
  }

  @Test
  void theMemorandumWithItsNineAreas() {
    List<Agreement> agreements = record.events(Agreement.class);
    assertThat(agreements).hasSize(1);
    Agreement memorandum = agreements.get(0);
    assertThat(memorandum.instrument()).isEqualTo(Instrument.MEMORANDUM_OF_UNDERSTANDING);
    assertThat(memorandum.parties())
        .extracting(SeedDocumentEventsTest::label)
        .containsExactly("SCO", "ASEAN");
    assertThat(memorandum.signed()).contains("2005");
    assertThat(memorandum.areas())
        .containsExactlyInAnyOrder(
            Area.TRANSNATIONAL_CRIME,
            Area.TERRORISM,
            Area.DRUG_TRAFFICKING,
            Area.ARMS_TRAFFICKING,
            Area.MONEY_LAUNDERING,
            Area.TOURISM,
            Area.ENVIRONMENT,
            Area.NATURAL_RESOURCES,
            Area.SOCIAL_DEVELOPMENT);
    assertThat(memorandum.codes().flatMap(c -> c.cameo())).contains("057");
  }

  @Test
  void twoPlansLinkedToTheMemorandum() {
    String memorandum = record.events(Agreement.class).get(0).id();
    List<Plan> plans = record.events(Plan.class);
    assertThat(plans)
        .extracting(Plan::period, Plan::status, Plan::framework)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Period.of("2021", "2022"),
                java.util.Optional.of(PlanStatus.DRAFTING),
                java.util.Optional.of(memorandum)),
            org.assertj.core.groups.Tuple.tuple(
                Period.of("2019", "2020"),
                java.util.Optional.of(PlanStatus.IMPLEMENTED),
                java.util.Optional.of(memorandum)));
  }

  @Test
  void bruneisChairmanshipPriorities() {
    Priorities priorities = record.events(Priorities.class).get(0);
    assertThat(label(priorities.actor())).isEqualTo("BRN");
    assertThat(priorities.capacity()).contains("ASEAN chairmanship");
    assertThat(priorities.period()).contains("2021");
    assertThat(priorities.areas())
        .contains(
            Area.HEALTH,
            Area.DISASTER_MANAGEMENT,
            Area.CLIMATE_CHANGE,
            Area.TOURISM,
            Area.DIGITAL_ECONOMY,
            Area.ENERGY);
  }

  @Test
  void theCentreEstablishedIn2011() {
    Establishment centre = record.events(Establishment.class).get(0);
    assertThat(label(centre.actor())).isEqualTo("ACC");
    assertThat(centre.date()).contains("2011");
    assertThat(centre.founders())
        .extracting(SeedDocumentEventsTest::label)
        .containsExactly("ASEAN", "CHN");
    assertThat(centre.occasion()).contains("14th ASEAN-China Summit");
  }

  @Test
  void intentsCongratulationsAndThanks() {
    List<String> statements =
        record.events(Statement.class).stream()
            .map(s -> label(s.speaker()) + ": " + s.stance().code())
            .toList();
    assertThat(statements)
        .contains(
            "Djauhari Oratmangun: intent_to_cooperate",
            "Chen Dehai: intent_to_cooperate",
            "Vladimir Norov: praise",
            "Vladimir Norov: thanks");
  }
}
