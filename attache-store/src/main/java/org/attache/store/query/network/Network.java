package org.attache.store.query.network;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.store.query.Periods;
import org.attache.store.query.Sql;

/**
 * The contact network of a period: states and organisations as nodes, an edge between two that took
 * part in the same events, weighted by how many.
 */
public final class Network {
  private final Sql sql;

  public Network(Sql sql) {
    this.sql = requireNonNull(sql, "sql is null");
  }

  public NetworkGraph of(
      String type, Optional<String> area, Optional<String> from, Optional<String> to) {
    List<Object> parameters = new ArrayList<>();
    StringBuilder where = new StringBuilder("e.type = ?");
    parameters.add(type);
    Periods.where(where, parameters, area, from, to);
    // The events first, then their parties by id: event_party is a union, into which PostgreSQL
    // pushes a list of ids but not a join.
    Long[] ids =
        sql.ids("SELECT e.id FROM event_date e WHERE " + where, parameters.toArray())
            .toArray(Long[]::new);
    Map<Long, List<String>> parties = new LinkedHashMap<>();
    sql.list(
            "SELECT DISTINCT event_id, actor COLLATE \"C\" AS actor FROM event_party"
                + " WHERE event_id = ANY(?)"
                + " AND actor LIKE 'organisation:%' ORDER BY event_id, actor",
            row -> Map.entry(row.number("event_id"), row.text("actor")), (Object) ids)
        .forEach(
            e -> parties.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    Map<List<String>, Long> counts = new HashMap<>();
    for (List<String> actors : parties.values()) {
      for (int i = 0; i < actors.size(); i++) {
        for (int j = i + 1; j < actors.size(); j++) {
          counts.merge(List.of(actors.get(i), actors.get(j)), 1L, Long::sum);
        }
      }
    }
    List<Map.Entry<List<String>, Long>> pairs =
        counts.entrySet().stream()
            .sorted(
                Comparator.comparing((Map.Entry<List<String>, Long> e) -> e.getValue())
                    .reversed()
                    .thenComparing(e -> e.getKey().get(0))
                    .thenComparing(e -> e.getKey().get(1)))
            .toList();
    Map<String, Long> weights = new LinkedHashMap<>();
    for (Map.Entry<List<String>, Long> pair : pairs) {
      for (String end : pair.getKey()) {
        weights.merge(end, pair.getValue(), Long::sum);
      }
    }
    Map<String, Name> names = new HashMap<>();
    if (!weights.isEmpty()) {
      sql.list(
              "SELECT actor, actor_kind(actor) AS kind, actor_name(actor) AS name"
                  + " FROM unnest(?::text[]) AS actor",
              row ->
                  new Name(row.text("actor"), row.optionalText("kind"), row.optionalText("name")),
              (Object) weights.keySet().toArray(String[]::new))
          .forEach(n -> names.put(n.actor(), n));
    }
    Name unnamed = new Name("", Optional.empty(), Optional.empty());
    List<NetworkNode> nodes = new ArrayList<>();
    weights.forEach(
        (actor, events) -> {
          Name name = names.getOrDefault(actor, unnamed);
          nodes.add(new NetworkNode(actor, events, name.kind(), name.name()));
        });
    List<NetworkEdge> edges =
        pairs.stream()
            .map(
                e -> {
                  String source = e.getKey().get(0);
                  String target = e.getKey().get(1);
                  return new NetworkEdge(
                      source,
                      target,
                      e.getValue(),
                      names.getOrDefault(source, unnamed).name(),
                      names.getOrDefault(target, unnamed).name());
                })
            .toList();
    return new NetworkGraph(type, area, from, to, nodes, edges);
  }

  private record Name(String actor, Optional<String> kind, Optional<String> name) {}
}
