package org.attache.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.attache.model.Area;
import org.attache.model.DocumentRecord;
import org.attache.model.Instrument;
import org.attache.model.Participant;
import org.attache.model.Period;
import org.attache.model.PlanItem;
import org.attache.model.PlanItemKind;
import org.attache.model.PlanItemStatus;
import org.attache.model.PlanStatus;
import org.attache.model.Post;
import org.attache.model.Role;
import org.attache.model.Stance;
import org.attache.model.Vocabulary;
import org.junit.jupiter.api.Test;

/**
 * The evaluator on the shared dev gold set: every file loads, and each gold scores itself fully.
 */
class DevGoldSetTest {
  private static final Path DEV = Path.of(System.getProperty("attache.shared"), "gold", "dev");

  @Test
  void loadsEveryGoldFile() throws IOException {
    long files;
    try (Stream<Path> listing = Files.list(DEV)) {
      files = listing.filter(p -> p.getFileName().toString().endsWith(".gold.json")).count();
    }

    List<GoldSet.Entry> entries = GoldSet.load(DEV);

    assertThat(entries).hasSize((int) files).isNotEmpty();
    assertThat(entries).allSatisfy(e -> assertThat(e.text()).isRegularFile());
  }

  @Test
  void aRecordBuiltFromTheGoldScoresFullMarks() {
    List<Case> cases = new ArrayList<>();
    for (GoldSet.Entry entry : GoldSet.load(DEV)) {
      cases.add(new Case(entry.name(), entry.gold(), recordOf(entry.gold())));
    }

    Report report = Evaluator.evaluate(cases);

    for (DocumentScore document : report.documents()) {
      assertThat(document.misses()).as(document.name()).isEmpty();
      document.figures().people().ifPresent(f -> assertThat(f.correct().f1()).isEqualTo(1.0));
      document
          .figures()
          .meetings()
          .ifPresent(
              f -> {
                assertThat(f.events().f1()).as(document.name()).isEqualTo(1.0);
                assertThat(f.participants().f1()).as(document.name()).isEqualTo(1.0);
              });
      document.figures().statements().ifPresent(f -> assertThat(f.f1()).isEqualTo(1.0));
    }
    Figures total = report.total();
    assertThat(total.people().orElseThrow().correct().f1()).isEqualTo(1.0);
    assertThat(total.people().orElseThrow().names().f1()).isEqualTo(1.0);
    assertThat(total.meetings().orElseThrow().events().f1()).isEqualTo(1.0);
    assertThat(total.meetings().orElseThrow().participants().f1()).isEqualTo(1.0);
    assertThat(total.meetings().orElseThrow().date().value()).hasValue(1.0);
    assertThat(total.meetings().orElseThrow().place().value()).hasValue(1.0);
    assertThat(total.statements().orElseThrow().f1()).isEqualTo(1.0);
    assertThat(total.agreements().orElseThrow().events().f1()).isEqualTo(1.0);
    assertThat(total.agreements().orElseThrow().areas().f1()).isEqualTo(1.0);
    assertThat(total.plans().orElseThrow().events().f1()).isEqualTo(1.0);
    assertThat(total.plans().orElseThrow().status().value()).hasValue(1.0);
    assertThat(total.priorities().orElseThrow().f1()).isEqualTo(1.0);
    assertThat(total.establishments().orElseThrow().f1()).isEqualTo(1.0);
    assertThat(report.negatives()).isZero();
  }

  /**
   * A record holding everything the gold lists: the gold's people as persons, every other label as
   * an organisation (by code, or by name when it is none); each statement with its likeliest
   * reading.
   */
  private static DocumentRecord recordOf(Gold gold) {
    TestingRecords record = new TestingRecords();
    Map<String, String> ids = new HashMap<>();
    for (Gold.Person person : gold.people().orElse(List.of())) {
      List<Post> posts = new ArrayList<>();
      for (Gold.Post post : person.posts()) {
        posts.add(
            new Post(
                post.title().orElse(""),
                post.of().map(code -> actor(record, ids, code)),
                post.to().map(code -> actor(record, ids, code))));
      }
      if (!ids.containsKey(person.name())) {
        ids.put(person.name(), record.person(person.name(), posts));
      }
    }
    for (Gold.Meeting meeting : gold.meetings().orElse(List.of())) {
      Participant[] participants =
          meeting.participants().stream()
              .map(
                  p ->
                      new Participant(
                          actor(record, ids, p),
                          meeting.hosts().contains(p) ? Role.HOST : Role.GUEST))
              .toArray(Participant[]::new);
      record.meeting(
          meeting.date().orElse(null),
          meeting.city().orElse(null),
          meeting.country().orElse(null),
          participants);
    }
    for (Gold.Statement statement : gold.statements().orElse(List.of())) {
      record.statement(
          actor(record, ids, statement.speaker()),
          Vocabulary.parse(Stance.class, statement.stances().get(0)));
    }
    for (Gold.Agreement agreement : gold.agreements().orElse(List.of())) {
      record.agreement(
          Vocabulary.parse(Instrument.class, agreement.instrument()),
          agreement.signed().orElse(null),
          agreement.parties().stream().map(p -> actor(record, ids, p)).toList(),
          agreement.areas().stream()
              .map(s -> Vocabulary.parse(Area.class, s))
              .toArray(Area[]::new));
    }
    for (Gold.Plan plan : gold.plans().orElse(List.of())) {
      record.plan(
          plan.from().orElse(null),
          plan.to().orElse(null),
          plan.status().map(s -> Vocabulary.parse(PlanStatus.class, s)).orElse(null),
          plan.items().orElse(List.of()).stream()
              .map(
                  item ->
                      new PlanItem(
                          item.title(),
                          Vocabulary.parse(PlanItemKind.class, item.kind()),
                          List.of(),
                          new Period(item.from(), item.to()),
                          Optional.empty(),
                          item.status().map(s -> Vocabulary.parse(PlanItemStatus.class, s)),
                          List.of()))
              .toList(),
          plan.parties().stream().map(p -> actor(record, ids, p)).toArray(String[]::new));
    }
    for (Gold.Priorities priorities : gold.priorities().orElse(List.of())) {
      record.priorities(actor(record, ids, priorities.actor()), priorities.period().orElse(null));
    }
    for (Gold.Establishment establishment : gold.establishments().orElse(List.of())) {
      record.establishment(
          actor(record, ids, establishment.actor()),
          establishment.date().orElse(null),
          establishment.founders().stream().map(p -> actor(record, ids, p)).toArray(String[]::new));
    }
    return record.build(gold.diplomatic());
  }

  private static String actor(TestingRecords record, Map<String, String> ids, String label) {
    String id = ids.get(label);
    if (id == null) {
      id = record.organisation(Names.isCode(label) ? label : null, label);
      ids.put(label, id);
    }
    return id;
  }
}
