package org.attache.pipeline.events.meeting;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.attache.knowledge.Entity;
import org.attache.knowledge.KnowledgeBase;
import org.attache.knowledge.PhraseMatch;
import org.attache.model.Codes;
import org.attache.model.Event;
import org.attache.model.Meeting;
import org.attache.model.MeetingFormat;
import org.attache.model.Participant;
import org.attache.model.Place;
import org.attache.model.Role;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.DeclaredStage;
import org.attache.pipeline.analysis.Layer;
import org.attache.pipeline.mentions.Datelines;

/**
 * Settles the sides of each meeting once every person's state is known: a state or organisation
 * drops out where a person taking part serves it, and where the text did not say who received whom,
 * the participants who meet at home (in the country they serve, or at their organisation's seat)
 * are the hosts and the others their guests.
 */
public final class SettleMeetings extends DeclaredStage {
  private static final String MEET = "040";
  private static final String HOST = "043";

  private final KnowledgeBase knowledge;
  private final PlaceBySides placeBySides;

  public SettleMeetings(KnowledgeBase knowledge) {
    super(
        "hosts",
        EnumSet.of(
            Layer.SENTENCES, Layer.MENTIONS, Layer.ACTORS, Layer.MEETINGS, Layer.AFFILIATIONS),
        EnumSet.of(Layer.HOSTS));
    this.knowledge = knowledge;
    this.placeBySides = new PlaceBySides(knowledge);
  }

  @Override
  public Analysis apply(Analysis analysis) {
    ActorTable actors = analysis.actorTable();
    Optional<Place> dateline = Datelines.of(analysis);
    List<Event> events = new ArrayList<>();
    for (Event event : analysis.events()) {
      if (event instanceof Meeting meeting) {
        Meeting placed = withPlace(meeting, placeBySides.office(meeting, actors), "place.office");
        placed = placeByDateline(placed, dateline, actors);
        if (placed.place().isEmpty()) {
          placed = withPlace(placed, placeBySides.bySides(placed, actors), "place.sides");
        }
        Meeting settled = settle(placed, actors);
        if (settled.participants().size() >= 2) {
          events.add(settled);
        }
      } else {
        events.add(event);
      }
    }
    return analysis.withRevisedEvents(Layer.HOSTS, events);
  }

  /**
   * A meeting in person took place where the story's dateline says, when the text gives no more, or
   * only the country, and someone taking part is at home there.
   */
  private Meeting placeByDateline(Meeting meeting, Optional<Place> dateline, ActorTable actors) {
    boolean inPerson = meeting.format().map(f -> f == MeetingFormat.IN_PERSON).orElse(true);
    if (dateline.isEmpty() || dateline.get().country().isEmpty() || !inPerson) {
      return meeting;
    }
    Place where = dateline.get();
    Optional<Place> place = meeting.place();
    boolean open =
        place.isEmpty()
            || (place.get().city().isEmpty() && place.get().country().equals(where.country()));
    boolean someoneAtHome = false;
    for (Participant participant : meeting.participants()) {
      Optional<String> home =
          actors.affiliation(participant.actor()).or(() -> actors.code(participant.actor()));
      someoneAtHome = someoneAtHome || home.map(code -> atHome(code, where)).orElse(false);
    }
    if (!open || !someoneAtHome) {
      return meeting;
    }
    SortedMap<String, String> provenance = new TreeMap<>(meeting.provenance());
    provenance.put("place", "place.dateline");
    return new Meeting(
        meeting.id(),
        meeting.date(),
        Optional.of(where),
        meeting.participants(),
        meeting.format(),
        meeting.codes(),
        meeting.evidence(),
        Math.min(0.95, meeting.confidence() + 0.05),
        provenance);
  }

  /** The meeting with another place, if it changed, and the rule that found it. */
  private static Meeting withPlace(Meeting meeting, Optional<Place> place, String rule) {
    if (place.equals(meeting.place())) {
      return meeting;
    }
    SortedMap<String, String> provenance = new TreeMap<>(meeting.provenance());
    if (place.isPresent()) {
      provenance.put("place", rule);
    } else {
      provenance.remove("place");
    }
    return new Meeting(
        meeting.id(),
        meeting.date(),
        place,
        meeting.participants(),
        meeting.format(),
        meeting.codes(),
        meeting.evidence(),
        meeting.confidence(),
        provenance);
  }

  private Meeting settle(Meeting meeting, ActorTable actors) {
    List<String> ids = new ArrayList<>();
    Set<String> hosts = new LinkedHashSet<>();
    for (Participant participant : meeting.participants()) {
      ids.add(participant.actor());
      if (participant.role() == Role.HOST) {
        hosts.add(participant.actor());
      }
    }
    ids = withoutRepresentedParties(ids, actors);
    SortedMap<String, String> provenance = new TreeMap<>(meeting.provenance());
    if (hosts.isEmpty() && meeting.place().flatMap(Place::country).isPresent()) {
      Place where = meeting.place().get();
      Optional<String> owner = where.name().flatMap(this::venueOwner);
      for (String id : ids) {
        Optional<String> home = actors.affiliation(id).or(() -> actors.code(id));
        boolean host =
            owner.isPresent()
                ? home.equals(owner)
                : home.map(code -> atHome(code, where)).orElse(false);
        if (host) {
          hosts.add(id);
        }
      }
      if (hosts.size() == ids.size()) {
        hosts.clear();
      }
      if (!hosts.isEmpty()) {
        provenance.put("hosts", "host.at_home");
      }
    }
    List<Participant> participants = new ArrayList<>();
    for (String id : ids) {
      Role role = hosts.isEmpty() ? Role.PARTICIPANT : hosts.contains(id) ? Role.HOST : Role.GUEST;
      participants.add(new Participant(id, role));
    }
    Optional<Codes> codes = meeting.codes();
    if (!hosts.isEmpty() && codes.flatMap(Codes::cameo).equals(Optional.of(MEET))) {
      codes = Optional.of(Codes.of(HOST, codes.get().plover().orElse(null)));
    }
    return new Meeting(
        meeting.id(),
        meeting.date(),
        meeting.place(),
        participants,
        meeting.format(),
        codes,
        meeting.evidence(),
        meeting.confidence(),
        provenance);
  }

  /** The organisation whose premises a venue is ("SCO Secretariat"), if it names one. */
  private Optional<String> venueOwner(String venue) {
    for (PhraseMatch<Entity> match : knowledge.find(venue)) {
      if (match.payload() instanceof Entity.OrganisationName organisation) {
        return Optional.of(organisation.organisation().code());
      }
    }
    return Optional.empty();
  }

  private boolean atHome(String code, Place place) {
    if (place.country().equals(Optional.of(code))) {
      return true;
    }
    return knowledge
        .seat(code)
        .map(seat -> place.city().equals(Optional.of(seat.city())))
        .orElse(false);
  }

  /** A state or organisation drops out where a person taking part serves it. */
  private static List<String> withoutRepresentedParties(List<String> ids, ActorTable actors) {
    Set<String> served = new LinkedHashSet<>();
    for (String id : ids) {
      actors.affiliation(id).ifPresent(served::add);
    }
    List<String> kept = new ArrayList<>();
    for (String id : ids) {
      if (!actors.code(id).map(served::contains).orElse(false)) {
        kept.add(id);
      }
    }
    return kept;
  }
}
