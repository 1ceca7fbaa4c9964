package org.attache.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** What every event's {@link Event#fields()} and {@link Event#withIds} share. */
final class Fields {
  private Fields() {}

  /** The fields every event has: its date and its codes. */
  static Map<String, String> common(Event event) {
    Map<String, String> fields = new LinkedHashMap<>();
    event.date().ifPresent(d -> fields.put("date", d));
    event.codes().flatMap(Codes::cameo).ifPresent(c -> fields.put("cameo", c));
    event.codes().flatMap(Codes::plover).ifPresent(c -> fields.put("plover", c));
    return fields;
  }

  /** A place's parts as {@code place.name}, {@code place.city} and {@code place.country}. */
  static void place(Optional<Place> place, Map<String, String> fields) {
    place.ifPresent(
        p -> {
          p.name().ifPresent(n -> fields.put("place.name", n));
          p.city().ifPresent(c -> fields.put("place.city", c));
          p.country().ifPresent(c -> fields.put("place.country", c));
        });
  }

  static void put(Map<String, String> fields, String name, Optional<String> value) {
    value.ifPresent(v -> fields.put(name, v));
  }

  /** Each of {@code ids} mapped through {@code actors}, in order. */
  static List<String> map(List<String> ids, UnaryOperator<String> actors) {
    List<String> mapped = new ArrayList<>(ids.size());
    for (String id : ids) {
      mapped.add(actors.apply(id));
    }
    return mapped;
  }

  /** A link of each of {@code actors}. */
  static void links(List<EventLink> links, String link, List<String> actors) {
    for (String actor : actors) {
      links.add(EventLink.of(link, actor));
    }
  }
}
