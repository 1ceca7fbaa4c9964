package org.attache.store.query.network;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.attache.store.query.Periods;
import org.attache.store.query.Sql;

/**
 * The contact network of a period: states and organisations as nodes, sized by the events they took
 * part in; an edge between two that took part in the same events, weighted by how many; and the
 * events of three or more members apart, so that a summit is drawn as one event joined to its
 * members rather than as an edge between every two of them.
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
    Map<Long, Optional<String>> dates = new HashMap<>();
    sql.list(
            "SELECT e.id, e.date FROM event_date e WHERE " + where,
            row -> Map.entry(row.number("id"), row.optionalText("date")),
            parameters.toArray())
        .forEach(e -> dates.put(e.getKey(), e.getValue()));
    Map<Long, List<String>> parties = new TreeMap<>();
    sql.list(
            "SELECT DISTINCT event_id, actor COLLATE \"C\" AS actor FROM event_party"
                + " WHERE event_id = ANY(?)"
                + " AND actor LIKE 'organisation:%' ORDER BY event_id, actor",
            row -> Map.entry(row.number("event_id"), row.text("actor")),
            (Object) dates.keySet().toArray(Long[]::new))
        .forEach(
            e -> parties.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    Map<List<String>, long[]> pairs = new HashMap<>();
    Map<String, Long> events = new HashMap<>();
    List<Long> multilateral = new ArrayList<>();
    for (Map.Entry<Long, List<String>> event : parties.entrySet()) {
      List<String> actors = event.getValue();
      if (actors.size() < 2) {
        continue;
      }
      if (actors.size() > 2) {
        multilateral.add(event.getKey());
      }
      for (int i = 0; i < actors.size(); i++) {
        events.merge(actors.get(i), 1L, Long::sum);
        for (int j = i + 1; j < actors.size(); j++) {
          long[] count =
              pairs.computeIfAbsent(List.of(actors.get(i), actors.get(j)), k -> new long[2]);
          count[0]++;
          count[1] += actors.size() == 2 ? 1 : 0;
        }
      }
    }
    Map<String, Name> names = names(events.keySet().stream().sorted().toList());
    Name unnamed = new Name("", Optional.empty(), Optional.empty());
    List<NetworkNode> nodes =
        events.entrySet().stream()
            .map(
                e -> {
                  Name name = names.getOrDefault(e.getKey(), unnamed);
                  return new NetworkNode(e.getKey(), e.getValue(), name.kind(), name.name());
                })
            .sorted(
                Comparator.comparing(NetworkNode::events)
                    .reversed()
                    .thenComparing(NetworkNode::actor))
            .toList();
    List<NetworkEdge> edges =
        pairs.entrySet().stream()
            .map(
                e -> {
                  String source = e.getKey().get(0);
                  String target = e.getKey().get(1);
                  return new NetworkEdge(
                      source,
                      target,
                      e.getValue()[0],
                      e.getValue()[1],
                      names.getOrDefault(source, unnamed).name(),
                      names.getOrDefault(target, unnamed).name());
                })
            .sorted(
                Comparator.comparing(NetworkEdge::events)
                    .reversed()
                    .thenComparing(NetworkEdge::source)
                    .thenComparing(NetworkEdge::target))
            .toList();
    List<NetworkEvent> gatherings =
        multilateral.stream()
            .map(
                id -> {
                  List<String> members = parties.get(id);
                  return new NetworkEvent(
                      id,
                      type,
                      dates.get(id),
                      members,
                      members.stream()
                          .map(m -> names.getOrDefault(m, unnamed).name().orElse(m))
                          .toList());
                })
            .toList();
    return new NetworkGraph(type, area, from, to, nodes, edges, gatherings);
  }

  private Map<String, Name> names(List<String> actors) {
    Map<String, Name> names = new LinkedHashMap<>();
    if (!actors.isEmpty()) {
      sql.list(
              "SELECT actor, actor_kind(actor) AS kind, actor_name(actor) AS name"
                  + " FROM unnest(?::text[]) AS actor",
              row ->
                  new Name(row.text("actor"), row.optionalText("kind"), row.optionalText("name")),
              (Object) actors.toArray(String[]::new))
          .forEach(n -> names.put(n.actor(), n));
    }
    return names;
  }

  private record Name(String actor, Optional<String> kind, Optional<String> name) {}
}
