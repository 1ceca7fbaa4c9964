package org.attache.server.query;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
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
    List<Map<String, Object>> edges =
        sql.rows(
            "WITH ev AS (SELECT e.id FROM event_date e WHERE "
                + where
                + "), party AS (SELECT DISTINCT p.event_id, p.actor FROM event_party p"
                + " JOIN ev ON ev.id = p.event_id WHERE p.actor LIKE 'organisation:%')"
                + " SELECT p.actor AS source, q.actor AS target,"
                + " count(DISTINCT p.event_id) AS events"
                + " FROM party p JOIN party q ON q.event_id = p.event_id AND p.actor < q.actor"
                + " GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2",
            parameters.toArray());
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
