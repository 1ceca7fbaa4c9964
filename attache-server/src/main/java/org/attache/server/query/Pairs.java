package org.attache.server.query;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What two actors did together: agreements with their areas and status, plans with their status and
 * items, meetings in date order, statements by stance, areas by year.
 */
public final class Pairs {
  private final Events events;
  private final Registry registry;

  public Pairs(Events events, Registry registry) {
    this.events = requireNonNull(events, "events is null");
    this.registry = requireNonNull(registry, "registry is null");
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> dashboard(Map<String, Object> a, Map<String, Object> b) {
    Events.Filter both =
        new Events.Filter(
            Optional.empty(),
            List.of((String) a.get("actor"), (String) b.get("actor")),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    List<Map<String, Object>> all = events.all(both);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("a", a);
    result.put("b", b);
    List<Long> agreementIds = new ArrayList<>();
    List<Long> planIds = new ArrayList<>();
    List<Map<String, Object>> meetings = new ArrayList<>();
    Map<String, List<Map<String, Object>>> byStance = new TreeMap<>();
    Map<String, Map<String, Integer>> areasByYear = new TreeMap<>();
    for (Map<String, Object> event : all) {
      long id = ((Number) event.get("id")).longValue();
      switch ((String) event.get("type")) {
        case "agreement" -> agreementIds.add(id);
        case "plan" -> planIds.add(id);
        case "meeting" -> meetings.add(event);
        case "statement" -> {
          Object stance = ((Map<String, Object>) event.get("fields")).get("stance");
          byStance
              .computeIfAbsent(stance == null ? "unknown" : (String) stance, s -> new ArrayList<>())
              .add(event);
        }
        default -> {}
      }
      Object date = event.get("date");
      if (date != null) {
        String year = ((String) date).substring(0, 4);
        for (Object area : (List<Object>) event.get("areas")) {
          areasByYear
              .computeIfAbsent(year, y -> new TreeMap<>())
              .merge((String) area, 1, Integer::sum);
        }
      }
    }
    result.put("agreements", registry.agreements(Optional.of(agreementIds)));
    result.put("plans", registry.plans(Optional.of(planIds)));
    result.put("meetings", meetings);
    result.put("statements_by_stance", byStance);
    result.put("areas_by_year", areasByYear);
    result.put("total_events", all.size());
    return result;
  }
}
