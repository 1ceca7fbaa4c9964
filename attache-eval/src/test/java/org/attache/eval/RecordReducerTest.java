package org.attache.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.attache.model.Area;
import org.attache.model.Instrument;
import org.attache.model.Participant;
import org.attache.model.PlanStatus;
import org.attache.model.Role;
import org.attache.model.Stance;
import org.junit.jupiter.api.Test;

class RecordReducerTest {
  @Test
  void namesPersonsByNameAndOtherActorsByCodeOrElseName() {
    TestingRecords record = new TestingRecords();
    String sco = record.organisation("SCO", "Shanghai Cooperation Organisation");
    String secretariat = record.organisation(null, "SCO Secretariat");
    String brunei = record.state("BRN");
    String china = record.state("CHN");
    String norov = record.person("Vladimir Norov", "Secretary-General", sco, null);
    String basir = record.person("Pehin Rahmani Basir", "Ambassador", brunei, china);
    record
        .meeting(
            "2021-02-08",
            "Beijing",
            "CHN",
            new Participant(norov, Role.HOST),
            new Participant(basir, Role.GUEST),
            new Participant(secretariat, Role.PARTICIPANT))
        .statement(basir, Stance.THANKS)
        .agreement(Instrument.MEMORANDUM_OF_UNDERSTANDING, "2005", List.of(sco, "a99"), Area.TRADE)
        .plan("2021", null, PlanStatus.DRAFTING, sco)
        .priorities(brunei, "2021")
        .establishment(secretariat, "2004", sco);

    Gold reduced = RecordReducer.reduce(record.build());

    Gold expected =
        Gold.of(Optional.empty(), true)
            .withPeople(
                List.of(
                    Gold.Person.of("Vladimir Norov", "Secretary-General", "SCO", null),
                    Gold.Person.of("Pehin Rahmani Basir", "Ambassador", "BRN", "CHN")))
            .withMeetings(
                List.of(
                    Gold.Meeting.of(
                        "2021-02-08",
                        "Beijing",
                        "CHN",
                        List.of("Vladimir Norov", "Pehin Rahmani Basir", "SCO Secretariat"),
                        List.of("Vladimir Norov"))))
            .withStatements(List.of(Gold.Statement.of("Pehin Rahmani Basir", "thanks")))
            .withAgreements(
                List.of(
                    Gold.Agreement.of(
                        "memorandum_of_understanding",
                        List.of("SCO", "a99"),
                        "2005",
                        List.of("trade"))))
            .withPlans(
                List.of(
                    Gold.Plan.of(List.of("SCO"), "2021", null, "drafting").withItems(List.of())))
            .withPriorities(List.of(Gold.Priorities.of("BRN", null, "2021", List.of())))
            .withEstablishments(
                List.of(Gold.Establishment.of("SCO Secretariat", "2004", List.of("SCO"), null)));
    assertThat(reduced).isEqualTo(expected);
  }

  @Test
  void listsEverySectionOfAnEmptyRecord() {
    Gold reduced = RecordReducer.reduce(new TestingRecords().build(false));

    assertThat(reduced)
        .isEqualTo(
            Gold.of(Optional.empty(), false)
                .withPeople(List.of())
                .withMeetings(List.of())
                .withStatements(List.of())
                .withAgreements(List.of())
                .withPlans(List.of())
                .withPriorities(List.of())
                .withEstablishments(List.of()));
    assertThat(reduced.reportsEvents()).isFalse();
  }
}
