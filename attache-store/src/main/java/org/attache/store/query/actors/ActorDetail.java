package org.attache.store.query.actors;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;
import org.attache.store.query.events.EventPage;
import org.attache.store.query.events.EventsInPeriod;
import org.attache.store.query.events.MeetingsInYear;

/**
 * Everything the actor page shows: the names the documents give the actor in each language, a
 * person's posts over time (absent for an organisation), who held the posts of an organisation or
 * state or was accredited to it (absent for a person), the latest events of each type, partners,
 * meetings by year and the timeline of its dated events by month.
 */
public record ActorDetail(
    String actor,
    String kind,
    long id,
    Optional<String> name,
    Optional<String> code,
    List<KnownName> names,
    @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<List<Post>> posts,
    @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<List<PostHolder>> holders,
    EventPage meetings,
    EventPage statements,
    EventPage agreements,
    EventPage plans,
    List<Partner> partners,
    List<MeetingsInYear> contactsByYear,
    List<EventsInPeriod> timeline) {
  public ActorDetail {
    requireNonNull(actor, "actor is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(name, "name is null");
    requireNonNull(code, "code is null");
    names = List.copyOf(names);
    posts = posts.map(List::copyOf);
    holders = holders.map(List::copyOf);
    requireNonNull(meetings, "meetings is null");
    requireNonNull(statements, "statements is null");
    requireNonNull(agreements, "agreements is null");
    requireNonNull(plans, "plans is null");
    partners = List.copyOf(partners);
    contactsByYear = List.copyOf(contactsByYear);
    timeline = List.copyOf(timeline);
  }

  /** The latest events of a type: meeting, statement, agreement or plan. */
  public EventPage events(String type) {
    return switch (type) {
      case "meeting" -> meetings;
      case "statement" -> statements;
      case "agreement" -> agreements;
      case "plan" -> plans;
      default -> throw new IllegalArgumentException("Not an event type of an actor: " + type);
    };
  }
}
