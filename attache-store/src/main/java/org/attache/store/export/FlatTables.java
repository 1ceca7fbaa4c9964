package org.attache.store.export;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.attache.store.DateSpan;

/**
 * The tables of the CSV and Parquet exports, for pandas, R, Spark or DuckDB: {@code events} (one
 * row per event), {@code dyads} (one row per event and pair of actors), {@code actors}, {@code
 * sources} (one row per event and document reporting it) and {@code memberships} (posts over time).
 */
final class FlatTables {
  /** The separator of lists inside a cell (areas, actor ids). */
  static final String LIST_SEPARATOR = ";";

  private FlatTables() {}

  static List<Table> of(Selection selection) {
    return List.of(
        events(selection),
        dyads(selection),
        actors(selection),
        sources(selection),
        memberships(selection));
  }

  private static Table events(Selection selection) {
    Table table =
        new Table(
            "events",
            Column.list(
                "event_id type date date_first date_last sources:integer"
                    + " confidence:real actor_ids actor_names place_name place_city"
                    + " place_country format cameo plover stance text instrument title status"
                    + " period_from period_to framework_id capacity occasion areas"));
    for (StoredEvent event : selection.events()) {
      List<String> actorIds = event.links().stream().map(StoredLink::actor).distinct().toList();
      table.add(
          event.exportId(),
          event.type(),
          event.date(),
          event.date().map(d -> DateSpan.first(d).toString()),
          event.date().map(d -> DateSpan.last(d).toString()),
          (long) event.sources().size(),
          event.confidence(),
          String.join(LIST_SEPARATOR, actorIds),
          actorIds.stream()
              .map(id -> selection.actor(id).map(StoredActor::name).orElse(id))
              .collect(Collectors.joining(LIST_SEPARATOR)),
          event.field("place.name"),
          event.field("place.city"),
          event.field("place.country"),
          event.field("format"),
          event.field("cameo"),
          event.field("plover"),
          event.field("stance"),
          event.field("text"),
          event.field("instrument"),
          event.field("title"),
          event.status(),
          event.field("period.from"),
          event.field("period.to"),
          event.field("framework").map(id -> "e" + id),
          event.field("capacity"),
          event.field("occasion"),
          String.join(LIST_SEPARATOR, event.areas()));
    }
    return table;
  }

  private static Table dyads(Selection selection) {
    Table table =
        new Table(
            "dyads",
            Column.list(
                "event_id type date source_id source_name source_kind source_country"
                    + " source_role target_id target_name target_kind target_country"
                    + " target_role cameo plover"));
    for (StoredEvent event : selection.events()) {
      for (Dyad dyad : Dyads.of(event)) {
        table.add(
            event.exportId(),
            event.type(),
            event.date(),
            dyad.source().actor(),
            name(selection, dyad.source().actor()),
            kind(selection, dyad.source().actor()),
            side(selection, dyad.source()),
            dyad.sourceRole(),
            dyad.target().actor(),
            name(selection, dyad.target().actor()),
            kind(selection, dyad.target().actor()),
            side(selection, dyad.target()),
            dyad.targetRole(),
            event.field("cameo"),
            event.field("plover"));
      }
    }
    return table;
  }

  private static Table actors(Selection selection) {
    Table table = new Table("actors", Column.list("actor_id kind name code events:integer"));
    Map<String, Long> events = new HashMap<>();
    for (StoredEvent event : selection.events()) {
      event.links().stream()
          .map(StoredLink::actor)
          .distinct()
          .forEach(id -> events.merge(id, 1L, Long::sum));
    }
    for (StoredActor actor : selection.actors().values()) {
      table.add(
          actor.id(),
          kindName(actor),
          actor.name(),
          actor.code(),
          events.getOrDefault(actor.id(), 0L));
    }
    return table;
  }

  private static Table sources(Selection selection) {
    Table table =
        new Table(
            "sources",
            Column.list(
                "event_id document_id source title published span_start:integer"
                    + " span_end:integer confidence:real"));
    for (StoredEvent event : selection.events()) {
      for (StoredSource source : event.sources()) {
        table.add(
            event.exportId(),
            source.document(),
            source.source(),
            source.title(),
            source.published(),
            source.evidence().map(s -> (long) s.start()),
            source.evidence().map(s -> (long) s.end()),
            source.confidence());
      }
    }
    return table;
  }

  private static Table memberships(Selection selection) {
    Table table =
        new Table(
            "memberships",
            Column.list(
                "membership_id person_id person_name post organisation_id"
                    + " organisation_name accredited_to_id accredited_to_name first_reported"
                    + " last_reported sources:integer"));
    for (StoredMembership m : selection.memberships()) {
      table.add(
          m.id(),
          m.person(),
          name(selection, m.person()),
          m.post(),
          m.organisation(),
          m.organisation().map(id -> name(selection, id)),
          m.accreditedTo(),
          m.accreditedTo().map(id -> name(selection, id)),
          m.firstReported(),
          m.lastReported(),
          m.sources());
    }
    return table;
  }

  private static String name(Selection selection, String id) {
    return selection.actor(id).map(StoredActor::name).orElse(id);
  }

  private static Optional<String> kind(Selection selection, String id) {
    return selection.actor(id).map(FlatTables::kindName);
  }

  static String kindName(StoredActor actor) {
    return actor.kind().name().toLowerCase(Locale.ROOT);
  }

  /**
   * The state (or organisation) an actor stands for: a person's organisation, else its own code.
   */
  static Optional<String> side(Selection selection, StoredLink link) {
    Optional<StoredActor> actor = selection.actor(link.actor());
    if (actor.isPresent() && actor.get().code().isPresent()) {
      return actor.get().code();
    }
    return link.onBehalfOf().flatMap(selection::actor).flatMap(StoredActor::code);
  }
}
