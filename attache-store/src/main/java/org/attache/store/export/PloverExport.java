package org.attache.store.export;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.model.ActorKind;
import org.attache.model.RecordCodec;
import org.attache.store.DateSpan;

/**
 * Writes events as PLOVER JSON, one event per line as the manual suggests. The field names are
 * those of the manual's chapter "JSON Data Fields" (its table "PLOVER JSON" and the information
 * objects for actors, citations and locations); see {@link PloverCoding} for the source. Per event:
 * {@code id}, {@code date} (YYYY-MM-DD: the first day of a month or year, {@code enddate} then its
 * last), {@code source} and {@code recipient} (actor objects), {@code event}, {@code mode}, {@code
 * context} (lists), {@code quad_code}, {@code event_scale}, {@code event_loc}, {@code event_text},
 * {@code cite_info} (the first source), {@code coder}; and, a field of our own as the manual
 * allows, {@code sources}: every document reporting the event. Events without a date or a PLOVER
 * category are left out.
 */
final class PloverExport {
  private PloverExport() {}

  /** An actor object: code (ISO alpha-3 or IGO), sector, text, identifier and office. */
  record PloverActor(
      Optional<String> code,
      Optional<String> sector,
      String actorText,
      String identifierId,
      String identifierText,
      Optional<String> office) {}

  /** A location object: the geonames name and the alpha-3 country code ({@code cc3}). */
  record PloverLocation(Optional<String> name, Optional<String> cc3) {}

  /** A citation object for the text an event was coded from. */
  record CiteInfo(String url, Optional<String> title, String citation, String coder) {}

  /** One PLOVER event. */
  record PloverEvent(
      String id,
      String date,
      Optional<String> enddate,
      List<PloverActor> source,
      List<PloverActor> recipient,
      List<String> event,
      List<String> mode,
      List<String> context,
      int quadCode,
      double eventScale,
      Optional<PloverLocation> eventLoc,
      List<String> eventText,
      CiteInfo citeInfo,
      String coder,
      List<ExportedSource> sources) {}

  static long write(Selection selection, Writer out) throws IOException {
    ObjectWriter json = RecordCodec.mapper().writer();
    long written = 0;
    for (StoredEvent event : selection.events()) {
      Optional<PloverEvent> plover = plover(selection, event);
      if (plover.isPresent()) {
        out.write(json.writeValueAsString(plover.get()));
        out.write('\n');
        written++;
      }
    }
    return written;
  }

  static Optional<PloverEvent> plover(Selection selection, StoredEvent event) {
    Optional<PloverCoding.Code> code = PloverCoding.of(event);
    if (code.isEmpty() || event.date().isEmpty() || event.sources().isEmpty()) {
      return Optional.empty();
    }
    String date = event.date().get();
    String first = DateSpan.first(date).toString();
    String last = DateSpan.last(date).toString();
    List<StoredLink> sources = new ArrayList<>();
    List<StoredLink> recipients = new ArrayList<>();
    sides(event, code.get(), sources, recipients);
    var cited = event.sources().get(0);
    Optional<String> placeName = event.field("place.name").or(() -> event.field("place.city"));
    Optional<String> country = event.field("place.country");
    return Optional.of(
        new PloverEvent(
            event.exportId(),
            first,
            first.equals(last) ? Optional.empty() : Optional.of(last),
            actors(selection, sources),
            actors(selection, recipients),
            List.of(code.get().event()),
            code.get().mode(),
            code.get().context(),
            code.get().quad(),
            code.get().scale(),
            placeName.isPresent() || country.isPresent()
                ? Optional.of(new PloverLocation(placeName, country))
                : Optional.empty(),
            event.field("text").stream().toList(),
            new CiteInfo(cited.source(), cited.title(), cited.document(), "attache"),
            "attache",
            RecordShapes.sources(event)));
  }

  /** Who acts and towards whom, as the manual codes each category. */
  private static void sides(
      StoredEvent event,
      PloverCoding.Code code,
      List<StoredLink> sources,
      List<StoredLink> recipients) {
    switch (event.type()) {
      case "meeting" -> {
        for (StoredLink p : event.links("participant")) {
          boolean host = p.role().filter("host"::equals).isPresent();
          (host && code.mode().contains("visit") ? recipients : sources).add(p);
        }
      }
      case "statement" -> {
        sources.addAll(event.links("speaker"));
        recipients.addAll(event.links("about"));
      }
      default -> sources.addAll(event.links("party"));
    }
  }

  private static List<PloverActor> actors(Selection selection, List<StoredLink> links) {
    List<PloverActor> actors = new ArrayList<>();
    for (StoredLink link : links) {
      Optional<StoredActor> found = selection.actor(link.actor());
      if (found.isEmpty()) {
        continue;
      }
      StoredActor actor = found.get();
      Optional<StoredActor> side = link.onBehalfOf().flatMap(selection::actor);
      Optional<String> code;
      Optional<String> sector = Optional.empty();
      if (actor.kind() == ActorKind.PERSON) {
        code = side.flatMap(PloverExport::code);
        if (side.map(StoredActor::kind).filter(k -> k == ActorKind.STATE).isPresent()) {
          sector = Optional.of("GOV");
        }
      } else {
        code = code(actor);
      }
      Optional<String> office =
          selection.memberships().stream()
              .filter(m -> m.person().equals(actor.id()))
              .filter(
                  m -> m.organisation().equals(link.onBehalfOf()) || link.onBehalfOf().isEmpty())
              .map(StoredMembership::post)
              .findFirst();
      actors.add(new PloverActor(code, sector, actor.name(), actor.id(), actor.name(), office));
    }
    return actors;
  }

  /** A state's ISO code; {@code IGO} for an organisation the knowledge base knows by acronym. */
  private static Optional<String> code(StoredActor actor) {
    return switch (actor.kind()) {
      case STATE -> actor.code();
      case ORGANISATION -> actor.code().map(c -> "IGO");
      case PERSON -> Optional.empty();
    };
  }
}
