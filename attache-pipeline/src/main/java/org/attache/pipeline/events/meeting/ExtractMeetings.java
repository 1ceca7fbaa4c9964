package org.attache.pipeline.events.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.attache.knowledge.KnowledgeBase;
import org.attache.model.Codes;
import org.attache.model.Meeting;
import org.attache.model.MeetingFormat;
import org.attache.model.Participant;
import org.attache.model.Place;
import org.attache.model.Role;
import org.attache.pipeline.actors.TitleKinds;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.DeclaredStage;
import org.attache.pipeline.analysis.Layer;
import org.attache.pipeline.analysis.Sentence;

/**
 * Finds meetings, visits, talks, calls and receptions. Each sentence is read by the meeting
 * constructions ({@link TriggerMeetings}); the candidates of a document that report the same
 * meeting are joined ({@link MergeCandidates}). A meeting needs two sides or more, one of them a
 * person with a post or a state or organisation.
 */
public final class ExtractMeetings extends DeclaredStage {
  private final MeetingPlaces places;
  private static final String VISIT = "042";

  /**
   * How far back, in characters, a report of a meeting is compared with the meetings reported
   * before it: far more than any article, so that only digests of many articles are affected.
   */
  public static final int MERGE_REACH = 100_000;

  private final TriggerMeetings triggerMeetings;
  private final TitleKinds kinds;
  private final VisitDestinations visits = new VisitDestinations();
  private final StoryDate storyDate = new StoryDate();
  private final int mergeReach;

  public ExtractMeetings(KnowledgeBase knowledge) {
    this(knowledge, MERGE_REACH);
  }

  /**
   * Meetings whose reports are joined within {@code mergeReach} characters rather than {@link
   * #MERGE_REACH}.
   *
   * @throws IllegalArgumentException if the reach is not positive
   */
  public ExtractMeetings(KnowledgeBase knowledge, int mergeReach) {
    super(
        "meetings",
        EnumSet.of(Layer.SENTENCES, Layer.MENTIONS, Layer.ACTORS),
        EnumSet.of(Layer.MEETINGS));
    if (mergeReach < 1) {
      throw new IllegalArgumentException("mergeReach must be positive: " + mergeReach);
    }
    this.mergeReach = mergeReach;
    this.places = new MeetingPlaces(knowledge);
    this.kinds = new TitleKinds(knowledge);
    this.triggerMeetings = new TriggerMeetings(places);
  }

  @Override
  public Analysis apply(Analysis analysis) {
    ActorTable actors = analysis.actorTable();
    Optional<LocalDate> published = analysis.document().published();
    List<Candidate> candidates = new ArrayList<>();
    Optional<LocalDate> toldFrom = storyDate.of(analysis);
    for (Sentence sentence : analysis.annotatedText().sentences()) {
      candidates.addAll(triggerMeetings.read(MeetingSentence.of(analysis, sentence, toldFrom)));
    }
    List<Candidate> kept = new ArrayList<>();
    for (Candidate candidate : MergeCandidates.merge(candidates, actors, mergeReach)) {
      if (diplomatic(candidate, actors)) {
        kept.add(candidate);
      }
    }
    VisitDestinations.Journeys destinations = visits.find(analysis);
    Optional<Place> told = places.toldApart(analysis);
    List<Meeting> meetings = new ArrayList<>();
    List<Candidate> placedMeetings = new ArrayList<>();
    for (Candidate candidate : kept) {
      placedMeetings.add(placeOfVisit(candidate, destinations, actors));
    }
    for (Candidate hosted : new VisitHosts(actors, kinds, published).named(placedMeetings)) {
      Candidate placed = hosted;
      if (kept.size() == 1 && placed.place().isEmpty()) {
        placed = placed.placed(told, "place.told_apart");
      }
      meetings.add(toMeeting(placed, published));
    }
    return analysis.withEvents(Layer.MEETINGS, meetings);
  }

  /**
   * A meeting whose sentences say nowhere, or only the country, took place where the journey of
   * someone taking part went; a visit to a state, in that state.
   */
  private static Candidate placeOfVisit(
      Candidate candidate, VisitDestinations.Journeys destinations, ActorTable actors) {
    Optional<Place> place = candidate.place();
    if (place.flatMap(Place::city).isPresent()) {
      return candidate;
    }
    int at = candidate.evidence().get(0).start();
    Optional<Place> destination =
        destinations
            .of(candidate.participants(), at)
            .filter(
                d ->
                    place.isEmpty()
                        || (d.city().isPresent() && d.country().equals(place.get().country())));
    if (destination.isPresent()) {
      return candidate.placed(destination, "place.visit_destination");
    }
    if (place.isEmpty()
        && candidate.cameo().equals(VISIT)
        && candidate.participants().size() == 2) {
      for (String id : candidate.participants()) {
        if (!actors.isPerson(id) && actors.code(id).isPresent()) {
          Place visited = new Place(Optional.empty(), Optional.empty(), actors.code(id));
          return candidate.placed(Optional.of(visited), "place.visited_state");
        }
      }
    }
    return candidate;
  }

  /**
   * What a report that gives no date says of its meeting: it was held shortly before publication,
   * so in the month of publication, or, in a month's first days, in its year.
   */
  static String publicationPeriod(LocalDate published) {
    return published.getDayOfMonth() > 3
        ? published.toString().substring(0, 7)
        : String.valueOf(published.getYear());
  }

  /** A meeting needs a side that is a person with a post, or a state or organisation. */
  private static boolean diplomatic(Candidate candidate, ActorTable actors) {
    for (String id : candidate.participants()) {
      boolean official =
          actors.actor(id).map(a -> !a.posts().isEmpty() || a.code().isPresent()).orElse(false);
      if (official) {
        return true;
      }
    }
    return false;
  }

  private static Meeting toMeeting(Candidate candidate, Optional<LocalDate> published) {
    Map<String, String> provenance = new TreeMap<>(candidate.provenance());
    Optional<String> date = candidate.date();
    boolean undated = RecalledVisit.UNDATED.equals(provenance.get("date"));
    if (date.isEmpty() && published.isPresent() && !undated) {
      date = Optional.of(publicationPeriod(published.get()));
      provenance.put("date", "date.publication_period");
    }
    Optional<Place> place = candidate.place();
    Set<String> hosts = candidate.hosts();
    if (!hosts.isEmpty()) {
      provenance.put("hosts", provenance.get("participants"));
    }
    List<Participant> participants = new ArrayList<>();
    for (String id : candidate.participants()) {
      Role role = hosts.isEmpty() ? Role.PARTICIPANT : hosts.contains(id) ? Role.HOST : Role.GUEST;
      participants.add(new Participant(id, role));
    }
    Optional<MeetingFormat> format =
        candidate.format().or(() -> Optional.of(MeetingFormat.IN_PERSON));
    double confidence =
        0.6
            + (candidate.date().isPresent() ? 0.1 : 0)
            + (place.isPresent() ? 0.1 : 0)
            + (candidate.evidence().size() > 1 ? 0.1 : 0);
    return new Meeting(
        "",
        date,
        place,
        participants,
        format,
        Optional.of(Codes.of(candidate.cameo(), "CONSULT")),
        candidate.evidence(),
        Math.min(confidence, 0.95),
        new TreeMap<>(provenance));
  }
}
