package org.attache.server.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.attache.server.page.Links;
import org.attache.store.query.events.EventDetail;
import org.attache.store.query.events.Party;
import org.attache.store.query.events.PartyPost;

/**
 * An event told as a person would write it: "Meeting, 8 February 2021, Beijing: Vladimir Norov, SCO
 * Secretary-General (host), with Pehin Rahmani Basir, Ambassador of Brunei to China". Each actor
 * leads to its page; each part carries the key of its evidence.
 */
public final class EventWords {

  private final EventDetail event;
  private final List<Part> parts = new ArrayList<>();

  private EventWords(EventDetail event) {
    this.event = event;
  }

  /** The event in words. */
  public static Phrase of(EventDetail event) {
    EventWords words = new EventWords(event);
    switch (event.type()) {
      case "meeting" -> words.meeting();
      case "statement" -> words.statement();
      case "agreement" -> words.agreement();
      case "plan" -> words.plan();
      case "priorities" -> words.priorities();
      case "establishment" -> words.establishment();
      default -> words.heading(Links.capitalised(Words.of(event.type())));
    }
    return new Phrase(event.id(), event.type(), words.parts);
  }

  private void meeting() {
    String format = event.field("format").orElse("");
    heading(
        switch (format) {
          case "phone" -> "Telephone call";
          case "video" -> "Meeting by video";
          default -> "Meeting";
        });
    date(", ");
    event.field("place.name").ifPresent(v -> text(", ").field(v, "place.name"));
    place(", ");
    List<Party> present = shown("participant");
    List<Party> hosts = withRole(present, "host");
    List<Party> guests = withRole(present, "guest");
    List<Party> others =
        present.stream().filter(p -> !hosts.contains(p) && !guests.contains(p)).toList();
    if (present.isEmpty()) {
      return;
    }
    text(": ");
    series(hosts, " (host)");
    if (!guests.isEmpty()) {
      text(hosts.isEmpty() ? "" : ", with ");
      series(guests, "");
    }
    if (!others.isEmpty()) {
      text(hosts.isEmpty() && guests.isEmpty() ? "" : "; also ");
      series(others, "");
    }
  }

  private void statement() {
    heading("Statement");
    date(", ");
    List<Party> speakers = shown("speaker");
    text(": ");
    boolean apposition = series(speakers, "");
    text(speakers.isEmpty() ? "" : apposition ? ", " : " ");
    event.field("stance").ifPresent(s -> field(Words.stanceVerb(s), "stance"));
    List<Party> about = shown("about");
    if (!about.isEmpty()) {
      text(" about ");
      series(about, "");
    }
    event.field("text").ifPresent(t -> text(": “").field(t, "text").text("”"));
    areas();
  }

  private void agreement() {
    Optional<String> instrument = event.field("instrument");
    heading(Links.capitalised(instrument.map(Words::of).orElse("agreement")));
    event.field("title").ifPresent(t -> text(" “").field(t, "title").text("”"));
    parties(" between ", " of ");
    Optional<String> status = event.field("status");
    boolean negotiating = status.filter("negotiating"::equals).isPresent();
    if (negotiating || event.date().isPresent()) {
      date(negotiating ? ", " : ", signed ");
    } else {
      status.filter("signed"::equals).ifPresent(s -> text(", ").field("signed", "status"));
    }
    place(" in ");
    status
        .filter(s -> !s.equals("signed"))
        .ifPresent(
            s ->
                text(" (")
                    .field(negotiating ? "under negotiation" : Words.of(s), "status")
                    .text(")"));
    areas();
  }

  private void plan() {
    heading("Plan");
    event.field("title").ifPresent(t -> text(" “").field(t, "title").text("”"));
    parties(" between ", " of ");
    Optional<String> from = event.field("period.from");
    Optional<String> to = event.field("period.to");
    if (from.isPresent() || to.isPresent()) {
      text(", ");
      from.ifPresent(f -> field(Words.date(f), "period.from"));
      if (to.isPresent() && !to.equals(from)) {
        text(from.isPresent() ? " to " : "until ").field(Words.date(to.get()), "period.to");
      }
    }
    event.field("status").ifPresent(s -> text(" (").field(Words.of(s), "status").text(")"));
    areas();
  }

  private void priorities() {
    heading("Priorities");
    List<Party> whose = shown("actor");
    if (!whose.isEmpty()) {
      text(" of ");
      series(whose, "");
    }
    event.field("capacity").ifPresent(c -> text(" as ").field(c, "capacity"));
    event.field("period").ifPresent(p -> text(", ").field(Words.date(p), "period"));
    event.field("text").ifPresent(t -> text(": “").field(t, "text").text("”"));
    areas();
  }

  private void establishment() {
    heading("Establishment");
    List<Party> founded = shown("actor");
    if (!founded.isEmpty()) {
      text(" of ");
      series(founded, "");
    }
    date(", ");
    List<Party> founders = shown("founder");
    if (!founders.isEmpty()) {
      text(", by ");
      series(founders, "");
    }
    event.field("occasion").ifPresent(o -> text(" (").field(o, "occasion").text(")"));
  }

  private void heading(String words) {
    parts.add(new Part(words, Optional.empty(), Optional.of("event")));
  }

  private void date(String before) {
    event.date().ifPresent(d -> text(before).field(Words.date(d), "date"));
  }

  private void place(String before) {
    event
        .place()
        .ifPresent(
            p ->
                text(before)
                    .field(
                        p, event.field("place.city").isPresent() ? "place.city" : "place.country"));
  }

  private void parties(String between, String of) {
    List<Party> parties = shown("party");
    if (!parties.isEmpty()) {
      text(parties.size() == 1 ? of : between);
      series(parties, "");
    }
  }

  private void areas() {
    if (!event.areas().isEmpty()) {
      text("; on ").text(Words.list(event.areas()));
    }
  }

  /**
   * The parties with this link that the sentence names: an organisation that the event names only
   * as a person's (the person's post says it) is left out.
   */
  private List<Party> shown(String link) {
    Set<String> behalf =
        event.parties().stream().flatMap(p -> p.onBehalfOf().stream()).collect(Collectors.toSet());
    return event.parties().stream()
        .filter(p -> p.link().equals(link))
        .filter(p -> p.part().isPresent() || !behalf.contains(p.actor()))
        .toList();
  }

  private static List<Party> withRole(List<Party> parties, String role) {
    return parties.stream().filter(p -> p.role().filter(role::equals).isPresent()).toList();
  }

  /**
   * Actors as a list is written: "A, B and C", each with its post and what follows it.
   *
   * @return whether the last actor ends with its post, which a verb after it sets off by a comma
   */
  private boolean series(List<Party> parties, String after) {
    for (int i = 0; i < parties.size(); i++) {
      if (i > 0) {
        text(i == parties.size() - 1 ? " and " : ", ");
      }
      actor(parties.get(i));
      text(after);
    }
    return !parties.isEmpty()
        && after.isEmpty()
        && parties.get(parties.size() - 1).post().isPresent();
  }

  private void actor(Party party) {
    parts.add(
        new Part(
            party.name().orElse(party.actor()),
            Optional.of(Links.actor(party.actor())),
            party.part().map(id -> "part:" + id)));
    party.post().map(EventWords::post).ifPresent(p -> text(", " + p));
  }

  /**
   * A post in words: "SCO Secretary-General" for an organisation known by its code, "Minister of
   * Foreign Affairs of Indonesia" for a state's, "Ambassador of Brunei to China" for an envoy.
   */
  static String post(PartyPost post) {
    StringBuilder words = new StringBuilder();
    boolean byCode =
        post.ofKind().filter("organisation"::equals).isPresent() && post.ofCode().isPresent();
    if (byCode) {
      words.append(post.ofCode().get()).append(' ').append(post.title());
    } else {
      words.append(post.title());
      post.ofName().ifPresent(n -> words.append(" of ").append(n));
    }
    post.toName().ifPresent(n -> words.append(" to ").append(n));
    return words.toString();
  }

  private EventWords text(String text) {
    if (!text.isEmpty()) {
      parts.add(Part.plain(text));
    }
    return this;
  }

  private EventWords field(String text, String field) {
    parts.add(Part.field(text, field));
    return this;
  }
}
