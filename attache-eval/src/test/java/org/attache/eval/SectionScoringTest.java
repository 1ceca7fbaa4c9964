package org.attache.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.attache.model.Area;
import org.attache.model.DocumentRecord;
import org.attache.model.Instrument;
import org.attache.model.Participant;
import org.attache.model.Period;
import org.attache.model.PlanItem;
import org.attache.model.PlanItemKind;
import org.attache.model.PlanItemStatus;
import org.attache.model.PlanStatus;
import org.attache.model.Role;
import org.attache.model.Stance;
import org.junit.jupiter.api.Test;

/** Each section's pairing, on small gold and predicted records made here. */
class SectionScoringTest {
  private static final Gold DIPLOMATIC = Gold.of(Optional.of("2021-02-08"), true);

  @Test
  void peopleMatchByNameAndAreCorrectWithTheRightPost() {
    Gold gold =
        DIPLOMATIC.withPeople(
            List.of(
                Gold.Person.of("Vladimir Norov", "Secretary-General", "SCO", null),
                Gold.Person.of("Pehin Rahmani Basir", "Ambassador", "BRN", "CHN"),
                Gold.Person.of("Chen Dehai", "Secretary-General", "ACC", null)));
    TestingRecords record = new TestingRecords();
    String sco = record.organisation("SCO", "Shanghai Cooperation Organisation");
    String brunei = record.state("BRN");
    String china = record.state("CHN");
    String indonesia = record.state("IDN");
    record.person("Mr Vladimir Norov", "Secretary-General", sco, china);
    record.person("Pehin Rahmani Basir", "Ambassador", brunei, indonesia);
    record.person("Wang Yi");

    DocumentScore score = score(gold, record.build());

    assertThat(score.figures().people())
        .contains(new PeopleFigures(new Score(1, 3, 3), new Score(2, 3, 3)));
    assertThat(score.misses())
        .containsExactly(
            new Miss(
                Section.PEOPLE,
                Miss.Kind.WRONG,
                "post of Pehin Rahmani Basir (Ambassador, of BRN, to CHN), predicted Pehin Rahmani"
                    + " Basir (Ambassador, of BRN, to IDN)"),
            new Miss(
                Section.PEOPLE, Miss.Kind.MISSED, "Chen Dehai (Secretary-General, of ACC, to -)"),
            new Miss(Section.PEOPLE, Miss.Kind.SPURIOUS, "Wang Yi (no post)"));
  }

  @Test
  void meetingsPairByParticipantsAndDate() {
    Gold gold =
        DIPLOMATIC.withMeetings(
            List.of(
                Gold.Meeting.of(
                    "2021-02-08",
                    "Beijing",
                    "CHN",
                    List.of(
                        "Vladimir Norov",
                        "Pehin Rahmani Basir",
                        "Djauhari Oratmangun",
                        "Chen Dehai"),
                    List.of("Vladimir Norov")),
                Gold.Meeting.of(null, null, null, List.of("Sergey Lavrov", "EGY"), List.of()),
                Gold.Meeting.of(
                    "2020-05-01",
                    "Moscow",
                    "RUS",
                    List.of("Sergey Lavrov", "Wang Yi"),
                    List.of())));
    TestingRecords record = new TestingRecords();
    String norov = record.person("Vladimir Norov");
    String basir = record.person("Pehin Rahmani Basir");
    String oratmangun = record.person("Djauhari Oratmangun");
    String lavrov = record.person("Sergey Lavrov");
    String wang = record.person("Wang Yi");
    String putin = record.person("Vladimir Putin");
    String xi = record.person("Xi Jinping");
    String egypt = record.state("EGY");
    record
        .meeting(
            "2021-02",
            "Beijing",
            null,
            new Participant(norov, Role.HOST),
            new Participant(basir, Role.GUEST),
            new Participant(oratmangun, Role.GUEST))
        .meeting(
            "2021-03-04",
            "Cairo",
            "EGY",
            new Participant(lavrov, Role.GUEST),
            new Participant(egypt, Role.HOST))
        .meeting(
            "2020-05-02",
            null,
            null,
            new Participant(lavrov, Role.PARTICIPANT),
            new Participant(wang, Role.PARTICIPANT))
        .meeting(
            "2020-05-01",
            null,
            null,
            new Participant(putin, Role.PARTICIPANT),
            new Participant(xi, Role.PARTICIPANT),
            new Participant(lavrov, Role.PARTICIPANT));

    DocumentScore score = score(gold, record.build());

    assertThat(score.figures().meetings())
        .contains(
            new MeetingFigures(
                new Score(2, 4, 3), new Score(5, 10, 8), new Accuracy(1, 2), new Accuracy(0, 1)));
    String beijing =
        "2021-02-08 in Beijing, CHN: Vladimir Norov, Pehin Rahmani Basir, Djauhari Oratmangun,"
            + " Chen Dehai (hosts Vladimir Norov)";
    assertThat(score.misses())
        .containsExactly(
            new Miss(
                Section.MEETINGS,
                Miss.Kind.WRONG,
                "participants of " + beijing + ", missed [Chen Dehai], spurious []"),
            new Miss(
                Section.MEETINGS,
                Miss.Kind.WRONG,
                "place of " + beijing + ", predicted Beijing, ?"),
            new Miss(
                Section.MEETINGS,
                Miss.Kind.WRONG,
                "date of ? in ?, ?: Sergey Lavrov, EGY, predicted 2021-03-04"),
            new Miss(
                Section.MEETINGS,
                Miss.Kind.MISSED,
                "2020-05-01 in Moscow, RUS: Sergey Lavrov, Wang Yi"),
            new Miss(
                Section.MEETINGS, Miss.Kind.SPURIOUS, "2020-05-02 in ?, ?: Sergey Lavrov, Wang Yi"),
            new Miss(
                Section.MEETINGS,
                Miss.Kind.SPURIOUS,
                "2020-05-01 in ?, ?: Vladimir Putin, Xi Jinping, Sergey Lavrov"));
  }

  @Test
  void statementsPairWithAnAcceptedReadingAsOftenAsPossible() {
    Gold gold =
        DIPLOMATIC.withStatements(
            List.of(
                Gold.Statement.of("Vladimir Norov", "comment", "praise"),
                Gold.Statement.of("Vladimir Norov", "comment"),
                Gold.Statement.of("Pehin Rahmani Basir", "thanks")));
    TestingRecords record = new TestingRecords();
    String norov = record.person("Vladimir Norov");
    String basir = record.person("Pehin Rahmani Basir");
    record
        .statement(norov, Stance.COMMENT)
        .statement(norov, Stance.PRAISE)
        .statement(basir, Stance.CRITICISM);

    DocumentScore score = score(gold, record.build());

    assertThat(score.figures().statements()).contains(new Score(2, 3, 3));
    assertThat(score.misses())
        .containsExactly(
            new Miss(Section.STATEMENTS, Miss.Kind.MISSED, "Pehin Rahmani Basir: thanks"),
            new Miss(Section.STATEMENTS, Miss.Kind.SPURIOUS, "Pehin Rahmani Basir: criticism"));
  }

  @Test
  void agreementsPairByInstrumentYearAndParties() {
    Gold gold =
        DIPLOMATIC.withAgreements(
            List.of(
                Gold.Agreement.of(
                    "memorandum_of_understanding",
                    List.of("SCO", "ASEAN"),
                    "2005",
                    List.of("terrorism", "drug_trafficking", "tourism")),
                Gold.Agreement.of("agreement", List.of("IND", "BRN"), null, List.of()),
                Gold.Agreement.of("treaty", List.of("RUS"), null, List.of())));
    TestingRecords record = new TestingRecords();
    String sco = record.organisation("SCO", "Shanghai Cooperation Organisation");
    String asean = record.organisation("ASEAN", "Association of Southeast Asian Nations");
    String china = record.state("CHN");
    String india = record.state("IND");
    String usa = record.state("USA");
    record
        .agreement(
            Instrument.MEMORANDUM_OF_UNDERSTANDING,
            "2005-04-21",
            List.of(sco, asean, china),
            Area.TERRORISM,
            Area.TRADE)
        .agreement(Instrument.AGREEMENT, "2019", List.of(india))
        .agreement(Instrument.TREATY, null, List.of(usa))
        .agreement(Instrument.MEMORANDUM_OF_UNDERSTANDING, "2006", List.of(sco, asean));

    DocumentScore score = score(gold, record.build());

    assertThat(score.figures().agreements())
        .contains(new AgreementFigures(new Score(2, 4, 3), new Score(1, 2, 3)));
    assertThat(score.misses())
        .containsExactly(
            new Miss(
                Section.AGREEMENTS,
                Miss.Kind.WRONG,
                "areas of memorandum_of_understanding of SCO, ASEAN signed 2005 on [terrorism,"
                    + " drug_trafficking, tourism], missed [drug_trafficking, tourism], spurious"
                    + " [trade]"),
            new Miss(Section.AGREEMENTS, Miss.Kind.MISSED, "treaty of RUS signed ? on []"),
            new Miss(Section.AGREEMENTS, Miss.Kind.SPURIOUS, "treaty of USA signed ? on []"),
            new Miss(
                Section.AGREEMENTS,
                Miss.Kind.SPURIOUS,
                "memorandum_of_understanding of SCO, ASEAN signed 2006 on []"));
  }

  @Test
  void plansPairByPeriodAndParties() {
    Gold gold =
        DIPLOMATIC.withPlans(
            List.of(
                Gold.Plan.of(List.of("SCO", "ASEAN"), "2021", "2022", "drafting"),
                Gold.Plan.of(List.of("SCO", "ASEAN"), "2019", "2020", "implemented"),
                Gold.Plan.of(List.of("SCO"), null, null, "approved")));
    TestingRecords record = new TestingRecords();
    String sco = record.organisation("SCO", "Shanghai Cooperation Organisation");
    String asean = record.organisation("ASEAN", "Association of Southeast Asian Nations");
    String china = record.state("CHN");
    String russia = record.state("RUS");
    record
        .plan("2019", "2020", PlanStatus.IMPLEMENTED, sco, asean)
        .plan("2021", null, PlanStatus.APPROVED, asean, sco)
        .plan(null, null, PlanStatus.APPROVED, sco)
        .plan("2024", "2024", PlanStatus.APPROVED, china, russia);

    DocumentScore score = score(gold, record.build());

    assertThat(score.figures().plans())
        .contains(new PlanFigures(new Score(3, 4, 3), new Accuracy(2, 3)));
    assertThat(score.misses())
        .containsExactly(
            new Miss(
                Section.PLANS,
                Miss.Kind.WRONG,
                "status of SCO, ASEAN for 2021 to 2022, drafting, predicted approved"),
            new Miss(Section.PLANS, Miss.Kind.SPURIOUS, "CHN, RUS for 2024 to 2024, approved"));
  }

  @Test
  void planItemsPairByTitleWordsKindAndPeriod() {
    Gold gold =
        DIPLOMATIC.withPlans(
            List.of(
                Gold.Plan.of(List.of("BLR", "TKM"), "2025-05-12", "2025-05-14", "approved")
                    .withItems(
                        List.of(
                            Gold.PlanItem.of(
                                "exhibition of Belarusian books",
                                "exhibition",
                                "2025-05-12",
                                "2025-05-14",
                                "planned"),
                            Gold.PlanItem.of(
                                "joint gala concert", "other", "2025-05-14", null, "planned"),
                            Gold.PlanItem.of(
                                "round table of historians",
                                "meeting",
                                "2025-05-13",
                                null,
                                "planned"))),
                Gold.Plan.of(List.of("UZB"), "2030", "2030", "proposed")
                    .withItems(
                        List.of(Gold.PlanItem.of("youth forum", "conference", null, null, null)))));
    TestingRecords record = new TestingRecords();
    String belarus = record.state("BLR");
    String turkmenistan = record.state("TKM");
    String china = record.state("CHN");
    record
        .plan(
            "2025-05-12",
            "2025-05-14",
            PlanStatus.APPROVED,
            List.of(
                item("book exhibition", PlanItemKind.EXHIBITION, "2025-05-12", "2025-05-14"),
                item("gala concert", PlanItemKind.FESTIVAL, "2025-05-14", null),
                item("round table", PlanItemKind.MEETING, "2025-06-01", null)),
            belarus,
            turkmenistan)
        .plan(
            "2024",
            "2024",
            PlanStatus.APPROVED,
            List.of(item("film week", PlanItemKind.FESTIVAL, null, null)),
            china);

    DocumentScore score = score(gold, record.build());

    assertThat(score.figures().plans().orElseThrow().items()).contains(new Score(1, 4, 4));
    assertThat(score.misses())
        .contains(
            new Miss(
                Section.PLANS,
                Miss.Kind.MISSED,
                "item other 'joint gala concert' for 2025-05-14 to ?, planned"),
            new Miss(
                Section.PLANS,
                Miss.Kind.SPURIOUS,
                "item festival 'gala concert' for 2025-05-14 to ?, planned"),
            new Miss(
                Section.PLANS,
                Miss.Kind.SPURIOUS,
                "item meeting 'round table' for 2025-06-01 to ?, planned"));
  }

  @Test
  void planItemsAreNotScoredWhereTheGoldListsNone() {
    Gold gold =
        DIPLOMATIC.withPlans(List.of(Gold.Plan.of(List.of("BLR", "TKM"), null, null, "approved")));
    TestingRecords record = new TestingRecords();
    record.plan(
        null,
        null,
        PlanStatus.APPROVED,
        List.of(item("gala concert", PlanItemKind.OTHER, null, null)),
        record.state("BLR"),
        record.state("TKM"));

    DocumentScore score = score(gold, record.build());

    assertThat(score.figures().plans())
        .contains(new PlanFigures(new Score(1, 1, 1), new Accuracy(1, 1)));
  }

  private static PlanItem item(String title, PlanItemKind kind, String from, String to) {
    return new PlanItem(
        title,
        kind,
        List.of(),
        Period.of(from, to),
        Optional.empty(),
        Optional.of(PlanItemStatus.PLANNED),
        List.of());
  }

  @Test
  void prioritiesPairByActorAndPeriod() {
    Gold gold =
        DIPLOMATIC.withPriorities(
            List.of(
                Gold.Priorities.of("BRN", "ASEAN chairmanship", "2021", List.of("health")),
                Gold.Priorities.of("RUS", "BRICS chairmanship", "2024", List.of())));
    TestingRecords record = new TestingRecords();
    String brunei = record.state("BRN");
    String russia = record.state("RUS");
    record.priorities(brunei, null).priorities(russia, "2023");

    DocumentScore score = score(gold, record.build());

    assertThat(score.figures().priorities()).contains(new Score(1, 2, 2));
    assertThat(score.misses())
        .containsExactly(
            new Miss(Section.PRIORITIES, Miss.Kind.MISSED, "RUS (BRICS chairmanship) for 2024"),
            new Miss(Section.PRIORITIES, Miss.Kind.SPURIOUS, "RUS (?) for 2023"));
  }

  @Test
  void establishmentsPairByActorAndDate() {
    Gold gold =
        DIPLOMATIC.withEstablishments(
            List.of(
                Gold.Establishment.of("ACC", "2011", List.of("ASEAN", "CHN"), null),
                Gold.Establishment.of("LAS", "1945", List.of(), null),
                Gold.Establishment.of(
                    "Embassy of Türkiye in Ashgabat", "1992", List.of("TUR"), null)));
    TestingRecords record = new TestingRecords();
    String acc = record.organisation("ACC", "ASEAN-China Centre");
    String asean = record.organisation("ASEAN", "Association of Southeast Asian Nations");
    String las = record.organisation("LAS", "League of Arab States");
    String embassy = record.organisation(null, "Embassy of Turkiye in Ashgabat");
    record
        .establishment(acc, "2011-11-18", asean)
        .establishment(las, "1946")
        .establishment(embassy, "1992");

    DocumentScore score = score(gold, record.build());

    assertThat(score.figures().establishments()).contains(new Score(2, 3, 3));
    assertThat(score.misses())
        .containsExactly(
            new Miss(Section.ESTABLISHMENTS, Miss.Kind.MISSED, "LAS founded 1945 by []"),
            new Miss(Section.ESTABLISHMENTS, Miss.Kind.SPURIOUS, "LAS founded 1946 by []"));
  }

  @Test
  void sectionsTheGoldLeavesOutAreNotScored() {
    TestingRecords record = new TestingRecords();
    record.statement(record.person("Vladimir Norov"), Stance.COMMENT);

    DocumentScore score = score(DIPLOMATIC.withPeople(List.of()), record.build());

    assertThat(score.figures())
        .isEqualTo(
            new Figures(
                Optional.of(new PeopleFigures(new Score(0, 1, 0), new Score(0, 1, 0))),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));
  }

  private static DocumentScore score(Gold gold, DocumentRecord predicted) {
    return Evaluator.evaluate(new Case("test", gold, predicted));
  }
}
