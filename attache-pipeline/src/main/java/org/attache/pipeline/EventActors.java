package org.attache.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attache.model.Agreement;
import org.attache.model.Establishment;
import org.attache.model.Event;
import org.attache.model.Meeting;
import org.attache.model.Participant;
import org.attache.model.Plan;
import org.attache.model.PlanItem;
import org.attache.model.Priorities;
import org.attache.model.Statement;

/** The actor ids an event refers to, and the event with its ids replaced. */
final class EventActors {
  private EventActors() {}

  static Set<String> of(Event event) {
    Set<String> ids = new LinkedHashSet<>();
    if (event instanceof Meeting m) {
      m.participants().forEach(p -> ids.add(p.actor()));
    } else if (event instanceof Statement s) {
      ids.add(s.speaker());
      ids.addAll(s.about());
    } else if (event instanceof Agreement a) {
      ids.addAll(a.parties());
    } else if (event instanceof Plan p) {
      ids.addAll(p.parties());
    } else if (event instanceof Priorities p) {
      ids.add(p.actor());
    } else if (event instanceof Establishment e) {
      ids.add(e.actor());
      ids.addAll(e.founders());
    }
    return ids;
  }

  /** The event with id {@code id} and every actor id mapped through {@code actors}. */
  static Event renumber(Event event, String id, Map<String, String> actors) {
    if (event instanceof Meeting m) {
      List<Participant> participants = new ArrayList<>();
      for (Participant p : m.participants()) {
        participants.add(new Participant(actors.get(p.actor()), p.role()));
      }
      return new Meeting(
          id,
          m.date(),
          m.place(),
          participants,
          m.format(),
          m.codes(),
          m.evidence(),
          m.confidence(),
          m.provenance());
    } else if (event instanceof Statement s) {
      return new Statement(
          id,
          s.date(),
          actors.get(s.speaker()),
          s.stance(),
          s.text(),
          map(s.about(), actors),
          s.areas(),
          s.codes(),
          s.evidence(),
          s.confidence(),
          s.provenance());
    } else if (event instanceof Agreement a) {
      return new Agreement(
          id,
          a.instrument(),
          a.title(),
          map(a.parties(), actors),
          a.signed(),
          a.place(),
          a.areas(),
          a.status(),
          a.codes(),
          a.evidence(),
          a.confidence(),
          a.provenance());
    } else if (event instanceof Plan p) {
      return new Plan(
          id,
          p.date(),
          map(p.parties(), actors),
          p.framework(),
          p.period(),
          p.status(),
          p.title(),
          p.areas(),
          p.items().stream().map(item -> withParties(item, map(item.parties(), actors))).toList(),
          p.codes(),
          p.evidence(),
          p.confidence(),
          p.provenance());
    } else if (event instanceof Priorities p) {
      return new Priorities(
          id,
          p.date(),
          actors.get(p.actor()),
          p.capacity(),
          p.period(),
          p.areas(),
          p.text(),
          p.codes(),
          p.evidence(),
          p.confidence(),
          p.provenance());
    } else if (event instanceof Establishment e) {
      return new Establishment(
          id,
          e.date(),
          actors.get(e.actor()),
          map(e.founders(), actors),
          e.occasion(),
          e.codes(),
          e.evidence(),
          e.confidence(),
          e.provenance());
    }
    throw new IllegalArgumentException("unknown event type " + event.getClass().getName());
  }

  /**
   * A plan with its framework's event id mapped through {@code events}; other events as they are.
   */
  static Event withFramework(Event event, Map<String, String> events) {
    if (!(event instanceof Plan p) || p.framework().isEmpty()) {
      return event;
    }
    return new Plan(
        p.id(),
        p.date(),
        p.parties(),
        p.framework().map(events::get),
        p.period(),
        p.status(),
        p.title(),
        p.areas(),
        p.items(),
        p.codes(),
        p.evidence(),
        p.confidence(),
        p.provenance());
  }

  private static PlanItem withParties(PlanItem item, List<String> parties) {
    return new PlanItem(
        item.title(),
        item.kind(),
        parties,
        item.planned(),
        item.place(),
        item.status(),
        item.evidence());
  }

  private static List<String> map(List<String> ids, Map<String, String> actors) {
    List<String> mapped = new ArrayList<>();
    for (String id : ids) {
      mapped.add(actors.get(id));
    }
    return mapped;
  }
}
