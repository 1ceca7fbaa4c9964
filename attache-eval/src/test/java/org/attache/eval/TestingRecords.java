package org.attache.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.attache.model.Actor;
import org.attache.model.ActorKind;
import org.attache.model.Agreement;
import org.attache.model.Area;
import org.attache.model.DocumentInfo;
import org.attache.model.DocumentRecord;
import org.attache.model.Establishment;
import org.attache.model.Event;
import org.attache.model.Instrument;
import org.attache.model.Meeting;
import org.attache.model.Participant;
import org.attache.model.Period;
import org.attache.model.Place;
import org.attache.model.Plan;
import org.attache.model.PlanItem;
import org.attache.model.PlanStatus;
import org.attache.model.Post;
import org.attache.model.Priorities;
import org.attache.model.Stance;
import org.attache.model.Statement;

/** Builds small predicted records for tests: add actors, get their ids, add events. */
final class TestingRecords {
  private final List<Actor> actors = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();

  /** A person with no post. */
  String person(String name) {
    return add(ActorKind.PERSON, name, null, List.of());
  }

  /** A person with one post; {@code of} and {@code to} are actor ids or null. */
  String person(String name, String title, String of, String to) {
    return person(name, List.of(new Post(title, Optional.ofNullable(of), Optional.ofNullable(to))));
  }

  String person(String name, List<Post> posts) {
    return add(ActorKind.PERSON, name, null, posts);
  }

  String state(String code) {
    return add(ActorKind.STATE, "State " + code, code, List.of());
  }

  String organisation(String code, String name) {
    return add(ActorKind.ORGANISATION, name, code, List.of());
  }

  TestingRecords meeting(String date, String city, String country, Participant... participants) {
    Optional<Place> place =
        city == null && country == null
            ? Optional.empty()
            : Optional.of(
                new Place(
                    Optional.empty(), Optional.ofNullable(city), Optional.ofNullable(country)));
    events.add(
        new Meeting(
            nextEvent(),
            Optional.ofNullable(date),
            place,
            List.of(participants),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            1.0,
            new TreeMap<>()));
    return this;
  }

  TestingRecords statement(String speaker, Stance stance) {
    events.add(
        new Statement(
            nextEvent(),
            Optional.empty(),
            speaker,
            stance,
            "",
            List.of(),
            List.of(),
            Optional.empty(),
            List.of(),
            1.0,
            new TreeMap<>()));
    return this;
  }

  TestingRecords agreement(
      Instrument instrument, String signed, List<String> parties, Area... areas) {
    events.add(
        new Agreement(
            nextEvent(),
            instrument,
            Optional.empty(),
            parties,
            Optional.ofNullable(signed),
            Optional.empty(),
            List.of(areas),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            1.0,
            new TreeMap<>()));
    return this;
  }

  TestingRecords plan(String from, String to, PlanStatus status, String... parties) {
    return plan(from, to, status, List.of(), parties);
  }

  TestingRecords plan(
      String from, String to, PlanStatus status, List<PlanItem> items, String... parties) {
    events.add(
        new Plan(
            nextEvent(),
            Optional.empty(),
            List.of(parties),
            Optional.empty(),
            Period.of(from, to),
            Optional.ofNullable(status),
            Optional.empty(),
            List.of(),
            items,
            Optional.empty(),
            List.of(),
            1.0,
            new TreeMap<>()));
    return this;
  }

  TestingRecords priorities(String actor, String period) {
    events.add(
        new Priorities(
            nextEvent(),
            Optional.empty(),
            actor,
            Optional.empty(),
            Optional.ofNullable(period),
            List.of(),
            "",
            Optional.empty(),
            List.of(),
            1.0,
            new TreeMap<>()));
    return this;
  }

  TestingRecords establishment(String actor, String date, String... founders) {
    events.add(
        new Establishment(
            nextEvent(),
            Optional.ofNullable(date),
            actor,
            List.of(founders),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            1.0,
            new TreeMap<>()));
    return this;
  }

  DocumentRecord build() {
    return build(true);
  }

  DocumentRecord build(boolean diplomatic) {
    return new DocumentRecord(
        new DocumentInfo("test", Optional.empty(), Optional.empty(), "test.txt", "en", diplomatic),
        actors,
        events);
  }

  private String add(ActorKind kind, String name, String code, List<Post> posts) {
    String id = "a" + (actors.size() + 1);
    actors.add(new Actor(id, kind, name, Optional.ofNullable(code), posts, List.of()));
    return id;
  }

  private String nextEvent() {
    return "e" + (events.size() + 1);
  }
}
