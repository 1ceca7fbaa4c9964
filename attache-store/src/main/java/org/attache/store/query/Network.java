package org.attache.store.query;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contact network of a period: states and organisations as nodes, an edge between two that took
 * part in the same events, weighted by how many.
 */
public final class Network {
  private final Sql sql;

  public Network(Sql sql) {
    this.sql = requireNonNull(sql, "sql is null");
  }

  public Map<String, Object> of(
      String type, Optional<String> area, Optional<String> from, Optional<String> to) {
    List<Object> parameters = new ArrayList<>();
    StringBuilder where = new StringBuilder("e.type = ?");
    parameters.add(type);
    area.ifPresent(
        a -> {
          where.append(
              " AND EXISTS (SELECT 1 FROM event_area_view x WHERE x.event_id = e.id"
                  + " AND x.area = ?)");
          parameters.add(a);
        });
    from.ifPresent(
        d -> {
          where.append(" AND iso_date_last(e.date) >= iso_date_first(?)");
          parameters.add(d);
        });
    to.ifPresent(
        d -> {
          where.append(" AND iso_date_first(e.date) <= iso_date_last(?)");
          parameters.add(d);
        });
    // The events first, then their parties by id: event_party is a union, into which PostgreSQL
    // pushes a list of ids but not a join.
    Long[] ids =
        sql.rows("SELECT e.id FROM event_date e WHERE " + where, parameters.toArray()).stream()
            .map(r -> ((Number) r.get("id")).longValue())
            .toArray(Long[]::new);
    Map<Long, List<String>> parties = new LinkedHashMap<>();
    for (Map<String, Object> row :
        sql.rows(
            "SELECT DISTINCT event_id, actor COLLATE \"C\" AS actor FROM event_party"
                + " WHERE event_id = ANY(?)"
                + " AND actor LIKE 'organisation:%' ORDER BY event_id, actor",
            (Object) ids)) {
      parties
          .computeIfAbsent(((Number) row.get("event_id")).longValue(), k -> new ArrayList<>())
          .add((String) row.get("actor"));
    }
    Map<List<String>, Long> counts = new HashMap<>();
    for (List<String> actors : parties.values()) {
      for (int i = 0; i < actors.size(); i++) {
        for (int j = i + 1; j < actors.size(); j++) {
          counts.merge(List.of(actors.get(i), actors.get(j)), 1L, Long::sum);
        }
      }
    }
    List<Map<String, Object>> edges = new ArrayList<>();
    counts.entrySet().stream()
        .sorted(
            Comparator.comparing((Map.Entry<List<String>, Long> e) -> e.getValue())
                .reversed()
                .thenComparing(e -> e.getKey().get(0))
                .thenComparing(e -> e.getKey().get(1)))
        .forEach(
            e -> {
              Map<String, Object> edge = new LinkedHashMap<>();
              edge.put("source", e.getKey().get(0));
              edge.put("target", e.getKey().get(1));
              edge.put("events", e.getValue());
              edges.add(edge);
            });
    Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
    for (Map<String, Object> edge : edges) {
      for (String end : List.of("source", "target")) {
        Map<String, Object> node =
            nodes.computeIfAbsent(
                (String) edge.get(end),
                k -> {
                  Map<String, Object> n = new LinkedHashMap<>();
                  n.put("actor", k);
                  n.put("events", 0L);
                  return n;
                });
        node.merge(
            "events",
            edge.get("events"),
            (x, y) -> ((Number) x).longValue() + ((Number) y).longValue());
      }
    }
    if (!nodes.isEmpty()) {
      for (Map<String, Object> row :
          sql.rows(
              "SELECT actor, actor_kind(actor) AS kind, actor_name(actor) AS name"
                  + " FROM unnest(?::text[]) AS actor",
              (Object) nodes.keySet().toArray(String[]::new))) {
        Map<String, Object> node = nodes.get((String) row.get("actor"));
        node.put("kind", row.get("kind"));
        node.put("name", row.get("name"));
      }
    }
    for (Map<String, Object> edge : edges) {
      edge.put("source_name", nodes.get((String) edge.get("source")).get("name"));
      edge.put("target_name", nodes.get((String) edge.get("target")).get("name"));
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("type", type);
    result.put("area", area.orElse(null));
    result.put("from", from.orElse(null));
    result.put("to", to.orElse(null));
    result.put("nodes", new ArrayList<>(nodes.values()));
    result.put("edges", edges);
    return result;
  }
}
