package org.attache.pipeline.events.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.attache.knowledge.PostKind;
import org.attache.model.Actor;
import org.attache.model.ActorKind;
import org.attache.model.Place;
import org.attache.model.Post;
import org.attache.pipeline.actors.TitleKinds;
import org.attache.pipeline.analysis.ActorTable;

/**
 * "Prime Minister Rao's visit to Ghana ... at a joint press conference with Ghanaian President
 * Kwame Asante": a visitor's meeting with a state, where the document names one official of that
 * state and no other, is a meeting with that official, who hosts it. An envoy, who serves the state
 * abroad, is no host, nor is an official the story shows meeting outside their state; a visit
 * recalled from an earlier month keeps its state.
 */
final class VisitHosts {
  /** The rule of the participants of a visit whose state side became its one named official. */
  static final String RULE = "participants.visit_host_named";

  private final ActorTable actors;

  /** The one official of each state the document names; empty where it names several. */
  private final Map<String, Optional<String>> officialOf = new TreeMap<>();

  /** The officials who meet outside their state in the story: travellers, not hosts. */
  private final Set<String> travellers = new LinkedHashSet<>();

  /** The month of publication ("2024-03"), if known: visits of earlier months are recalled. */
  private final Optional<String> publishedMonth;

  VisitHosts(ActorTable actors, TitleKinds kinds, Optional<LocalDate> published) {
    this.actors = actors;
    this.publishedMonth = published.map(p -> p.toString().substring(0, 7));
    for (Actor actor : actors.actors()) {
      Optional<Post> post = actor.posts().stream().findFirst();
      if (actor.kind() != ActorKind.PERSON
          || post.isEmpty()
          || post.get().to().isPresent()
          || kinds.kind(post.get().title()).orElse(null) == PostKind.ENVOY) {
        continue;
      }
      Optional<String> state =
          post.get()
              .of()
              .flatMap(actors::actor)
              .filter(a -> a.kind() == ActorKind.STATE)
              .flatMap(Actor::code);
      state.ifPresent(
          code -> officialOf.merge(code, Optional.of(actor.id()), (a, b) -> Optional.empty()));
    }
  }

  /**
   * The meetings with each visit of one person to a state given to the state's one named official,
   * unless another meeting already joins the two.
   */
  List<Candidate> named(List<Candidate> meetings) {
    Set<Set<String>> held = new LinkedHashSet<>();
    for (Candidate meeting : meetings) {
      held.add(Set.copyOf(meeting.participants()));
      abroad(meeting);
    }
    List<Candidate> named = new ArrayList<>();
    for (Candidate meeting : meetings) {
      named.add(host(meeting, held).orElse(meeting));
    }
    return named;
  }

  private Optional<Candidate> host(Candidate meeting, Set<Set<String>> held) {
    if (meeting.participants().size() != 2 || recalled(meeting)) {
      return Optional.empty();
    }
    String first = meeting.participants().get(0);
    String second = meeting.participants().get(1);
    boolean firstVisits = actors.isPerson(first) && isState(second);
    boolean secondVisits = actors.isPerson(second) && isState(first);
    if (!firstVisits && !secondVisits) {
      return Optional.empty();
    }
    String visitor = firstVisits ? first : second;
    String state = firstVisits ? second : first;
    Optional<String> official =
        officialOf
            .getOrDefault(actors.code(state).orElseThrow(), Optional.empty())
            .filter(o -> !o.equals(visitor) && !travellers.contains(o))
            .filter(o -> !held.contains(Set.of(visitor, o)));
    if (official.isEmpty()) {
      return Optional.empty();
    }
    List<String> participants = new ArrayList<>(meeting.participants());
    participants.set(participants.indexOf(state), official.get());
    Map<String, String> provenance = new TreeMap<>(meeting.provenance());
    provenance.put("participants", RULE);
    return Optional.of(
        new Candidate(
            meeting.evidence(),
            participants,
            Set.of(official.get()),
            meeting.date(),
            meeting.place(),
            meeting.format(),
            meeting.cameo(),
            provenance,
            meeting.told()));
  }

  /**
   * "... recalled the outcomes of President A's China visit last September", "his recent visit to
   * China": a visit dated before the month of publication, or recalled without a date, whose hosts
   * the story's officials of today need not have been.
   */
  private boolean recalled(Candidate meeting) {
    if (RecalledVisit.undated(meeting)) {
      return true;
    }
    if (meeting.date().isEmpty() || publishedMonth.isEmpty()) {
      return false;
    }
    String date = meeting.date().get();
    String month = date.length() >= 7 ? date.substring(0, 7) : date;
    return month.compareTo(publishedMonth.get().substring(0, month.length())) < 0;
  }

  private void abroad(Candidate meeting) {
    Optional<String> country = meeting.place().flatMap(Place::country);
    if (country.isEmpty()) {
      return;
    }
    for (String id : meeting.participants()) {
      Optional<String> state = actors.affiliation(id);
      if (actors.isPerson(id) && state.isPresent() && !state.equals(country)) {
        travellers.add(id);
      }
    }
  }

  private boolean isState(String id) {
    return actors.is(id, ActorKind.STATE);
  }
}
