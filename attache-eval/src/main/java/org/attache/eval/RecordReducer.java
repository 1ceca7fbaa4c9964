package org.attache.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.attache.model.Actor;
import org.attache.model.ActorKind;
import org.attache.model.Agreement;
import org.attache.model.Area;
import org.attache.model.DocumentRecord;
import org.attache.model.Establishment;
import org.attache.model.Meeting;
import org.attache.model.Participant;
import org.attache.model.Place;
import org.attache.model.Plan;
import org.attache.model.PlanItemStatus;
import org.attache.model.PlanStatus;
import org.attache.model.Post;
import org.attache.model.Priorities;
import org.attache.model.Role;
import org.attache.model.Statement;

/**
 * Converts a predicted record into the reduced form of the gold files, so both can be compared.
 *
 * <p>Actors are named as the gold names them: persons by name, states and organisations by their
 * code, or by their name when they have none; a person with an English spelling by both ({@link
 * Names#label}). A reference to an actor the record does not hold is kept as the bare id, which
 * matches nothing. Every section is present: a prediction that lists no meeting claims there is
 * none.
 */
public final class RecordReducer {
  private RecordReducer() {}

  public static Gold reduce(DocumentRecord record) {
    Map<String, String> labels =
        record.actors().stream()
            .collect(Collectors.toMap(Actor::id, RecordReducer::label, (first, second) -> first));
    Function<String, String> label = id -> labels.getOrDefault(id, id);
    return Gold.of(record.document().published(), record.document().diplomatic())
        .withPeople(
            record.actors().stream()
                .filter(a -> a.kind() == ActorKind.PERSON)
                .map(a -> person(a, label))
                .toList())
        .withMeetings(record.events(Meeting.class).stream().map(m -> meeting(m, label)).toList())
        .withStatements(
            record.events(Statement.class).stream().map(s -> statement(s, label)).toList())
        .withAgreements(
            record.events(Agreement.class).stream().map(a -> agreement(a, label)).toList())
        .withPlans(record.events(Plan.class).stream().map(p -> plan(p, label)).toList())
        .withPriorities(
            record.events(Priorities.class).stream().map(p -> priorities(p, label)).toList())
        .withEstablishments(
            record.events(Establishment.class).stream().map(e -> establishment(e, label)).toList());
  }

  private static String label(Actor actor) {
    return actor.kind() == ActorKind.PERSON
        ? Names.label(actor.name(), actor.nameEn())
        : actor.code().orElse(actor.name());
  }

  private static Gold.Person person(Actor actor, Function<String, String> label) {
    return new Gold.Person(
        Names.label(actor.name(), actor.nameEn()),
        actor.posts().stream().map(p -> post(p, label)).toList());
  }

  private static Gold.Post post(Post post, Function<String, String> label) {
    return new Gold.Post(Optional.of(post.title()), post.of().map(label), post.to().map(label));
  }

  private static Gold.Meeting meeting(Meeting meeting, Function<String, String> label) {
    return new Gold.Meeting(
        meeting.date(),
        meeting.place().flatMap(Place::city),
        meeting.place().flatMap(Place::country),
        meeting.format().map(f -> f.name().toLowerCase(Locale.ROOT)),
        meeting.participants().stream().map(p -> label.apply(p.actor())).toList(),
        meeting.participants().stream()
            .filter(p -> p.role() == Role.HOST)
            .map(Participant::actor)
            .map(label)
            .toList());
  }

  private static Gold.Statement statement(Statement statement, Function<String, String> label) {
    return new Gold.Statement(label.apply(statement.speaker()), List.of(statement.stance().code()));
  }

  private static Gold.Agreement agreement(Agreement agreement, Function<String, String> label) {
    return new Gold.Agreement(
        agreement.instrument().code(),
        agreement.parties().stream().map(label).toList(),
        agreement.signed(),
        agreement.areas().stream().map(Area::code).toList());
  }

  private static Gold.Plan plan(Plan plan, Function<String, String> label) {
    return new Gold.Plan(
        plan.parties().stream().map(label).toList(),
        plan.period().from(),
        plan.period().to(),
        plan.status().map(PlanStatus::code),
        Optional.of(
            plan.items().stream()
                .map(
                    item ->
                        new Gold.PlanItem(
                            item.title(),
                            item.kind().code(),
                            item.planned().from(),
                            item.planned().to(),
                            item.status().map(PlanItemStatus::code)))
                .toList()));
  }

  private static Gold.Priorities priorities(Priorities priorities, Function<String, String> label) {
    return new Gold.Priorities(
        label.apply(priorities.actor()),
        priorities.capacity(),
        priorities.period(),
        priorities.areas().stream().map(Area::code).toList());
  }

  private static Gold.Establishment establishment(
      Establishment establishment, Function<String, String> label) {
    return new Gold.Establishment(
        label.apply(establishment.actor()),
        establishment.date(),
        establishment.founders().stream().map(label).toList(),
        establishment.occasion());
  }
}
