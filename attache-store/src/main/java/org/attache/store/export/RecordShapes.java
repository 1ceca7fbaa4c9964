package org.attache.store.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.attache.model.Actor;
import org.attache.model.Agreement;
import org.attache.model.AgreementStatus;
import org.attache.model.Area;
import org.attache.model.Codes;
import org.attache.model.Establishment;
import org.attache.model.Event;
import org.attache.model.Instrument;
import org.attache.model.Meeting;
import org.attache.model.MeetingFormat;
import org.attache.model.Participant;
import org.attache.model.Period;
import org.attache.model.Place;
import org.attache.model.Plan;
import org.attache.model.PlanStatus;
import org.attache.model.Post;
import org.attache.model.Priorities;
import org.attache.model.Role;
import org.attache.model.Stance;
import org.attache.model.Statement;
import org.attache.model.Vocabulary;

/**
 * Turns stored events back into the records of RECORDS.md ({@link ExportedEvent}). An event that
 * lacks what its record requires (a statement whose speaker every review rejected) has none.
 */
final class RecordShapes {
  private final Selection selection;

  RecordShapes(Selection selection) {
    this.selection = selection;
  }

  Optional<ExportedEvent> of(StoredEvent stored) {
    return event(stored)
        .map(
            event ->
                new ExportedEvent(ExportedEvent.SCHEMA, event, actors(stored), sources(stored)));
  }

  private Optional<Event> event(StoredEvent e) {
    String id = e.exportId();
    List<Area> areas = e.areas().stream().map(s -> Vocabulary.parse(Area.class, s)).toList();
    Optional<Codes> codes =
        e.field("cameo").isPresent() || e.field("plover").isPresent()
            ? Optional.of(new Codes(e.field("cameo"), e.field("plover")))
            : Optional.empty();
    List<String> parties = actorsOf(e, "party");
    return switch (e.type()) {
      case "meeting" ->
          Optional.of(
              new Meeting(
                  id,
                  e.date(),
                  place(e),
                  e.links("participant").stream()
                      .filter(this::known)
                      .map(
                          l ->
                              new Participant(
                                  l.actor(),
                                  Role.valueOf(
                                      l.role().orElse("participant").toUpperCase(Locale.ROOT))))
                      .toList(),
                  e.field("format").map(f -> MeetingFormat.valueOf(f.toUpperCase(Locale.ROOT))),
                  codes,
                  List.of(),
                  e.confidence(),
                  new TreeMap<>()));
      case "statement" -> {
        Optional<String> speaker = actorsOf(e, "speaker").stream().findFirst();
        if (speaker.isEmpty() || e.field("stance").isEmpty() || e.field("text").isEmpty()) {
          yield Optional.empty();
        }
        yield Optional.of(
            new Statement(
                id,
                e.date(),
                speaker.get(),
                Vocabulary.parse(Stance.class, e.field("stance").get()),
                e.field("text").get(),
                actorsOf(e, "about"),
                areas,
                codes,
                List.of(),
                e.confidence(),
                new TreeMap<>()));
      }
      case "agreement" ->
          e.field("instrument")
              .map(
                  instrument ->
                      new Agreement(
                          id,
                          Vocabulary.parse(Instrument.class, instrument),
                          e.field("title"),
                          parties,
                          e.date(),
                          place(e),
                          areas,
                          e.status().map(s -> Vocabulary.parse(AgreementStatus.class, s)),
                          codes,
                          List.of(),
                          e.confidence(),
                          new TreeMap<>()));
      case "plan" ->
          Optional.of(
              new Plan(
                  id,
                  e.date(),
                  parties,
                  e.field("framework").map(f -> "e" + f),
                  new Period(e.field("period.from"), e.field("period.to")),
                  e.status()
                      .filter(s -> !s.equals("overdue"))
                      .map(s -> Vocabulary.parse(PlanStatus.class, s)),
                  e.field("title"),
                  areas,
                  List.of(),
                  codes,
                  List.of(),
                  e.confidence(),
                  new TreeMap<>()));
      case "priorities" -> {
        Optional<String> actor = actorsOf(e, "actor").stream().findFirst();
        if (actor.isEmpty() || e.field("text").isEmpty()) {
          yield Optional.empty();
        }
        yield Optional.of(
            new Priorities(
                id,
                e.date(),
                actor.get(),
                e.field("capacity"),
                e.field("period"),
                areas,
                e.field("text").get(),
                codes,
                List.of(),
                e.confidence(),
                new TreeMap<>()));
      }
      case "establishment" -> {
        Optional<String> actor = actorsOf(e, "actor").stream().findFirst();
        if (actor.isEmpty()) {
          yield Optional.empty();
        }
        yield Optional.of(
            new Establishment(
                id,
                e.date(),
                actor.get(),
                actorsOf(e, "founder"),
                e.field("occasion"),
                codes,
                List.of(),
                e.confidence(),
                new TreeMap<>()));
      }
      default -> Optional.empty();
    };
  }

  private static Optional<Place> place(StoredEvent e) {
    Place place = new Place(e.field("place.name"), e.field("place.city"), e.field("place.country"));
    return place.isEmpty() ? Optional.empty() : Optional.of(place);
  }

  private boolean known(StoredLink link) {
    return selection.actor(link.actor()).isPresent();
  }

  private List<String> actorsOf(StoredEvent e, String link) {
    return e.links(link).stream().filter(this::known).map(StoredLink::actor).toList();
  }

  /** The actors the event names, people with their posts and the organisations of those posts. */
  private List<Actor> actors(StoredEvent e) {
    Set<String> ids = new LinkedHashSet<>();
    for (StoredLink link : e.links()) {
      if (known(link)) {
        ids.add(link.actor());
      }
    }
    List<Actor> actors = new ArrayList<>();
    Set<String> organisations = new LinkedHashSet<>();
    for (String id : ids) {
      StoredActor actor = selection.actor(id).orElseThrow();
      List<Post> posts = new ArrayList<>();
      for (StoredMembership m : selection.memberships()) {
        if (m.person().equals(id)) {
          Optional<String> of = m.organisation().filter(o -> selection.actor(o).isPresent());
          Optional<String> to = m.accreditedTo().filter(o -> selection.actor(o).isPresent());
          posts.add(new Post(m.post(), of, to));
          of.ifPresent(organisations::add);
          to.ifPresent(organisations::add);
        }
      }
      actors.add(new Actor(id, actor.kind(), actor.name(), actor.code(), posts, List.of()));
    }
    organisations.removeAll(ids);
    for (String id : organisations) {
      StoredActor actor = selection.actor(id).orElseThrow();
      actors.add(new Actor(id, actor.kind(), actor.name(), actor.code(), List.of(), List.of()));
    }
    return actors;
  }

  /** The sources of an event as every export writes them. */
  static List<ExportedSource> sources(StoredEvent e) {
    return e.sources().stream()
        .map(
            s ->
                new ExportedSource(
                    s.document(),
                    s.title(),
                    s.published(),
                    s.source(),
                    s.evidence().stream().toList(),
                    s.confidence()))
        .toList();
  }
}
