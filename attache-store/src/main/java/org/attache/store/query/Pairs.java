package org.attache.store.query;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What two actors did together: agreements with their areas and status, plans with their status and
 * items, meetings by year with the latest of them, statements by stance, areas by year.
 *
 * <p>Agreements and plans between two partners are few and come whole. Meetings and statements may
 * run to thousands for a busy pair, so they come counted, with only the latest in full; the events
 * API pages through the rest.
 */
public final class Pairs {
  /** How many of the latest meetings the dashboard gives in full. */
  public static final int LATEST_MEETINGS = 50;

  /** How many of the latest statements of each stance the dashboard gives in full. */
  public static final int LATEST_STATEMENTS = 10;

  private final Events events;
  private final Registry registry;

  public Pairs(Events events, Registry registry) {
    this.events = requireNonNull(events, "events is null");
    this.registry = requireNonNull(registry, "registry is null");
  }

  public Map<String, Object> dashboard(Map<String, Object> a, Map<String, Object> b) {
    Events.Filter both =
        new Events.Filter(
            Optional.empty(),
            List.of((String) a.get("actor"), (String) b.get("actor")),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    List<Map<String, Object>> all = events.summaries(both);
    Map<String, List<Long>> byType = new TreeMap<>();
    Map<Long, String> years = new LinkedHashMap<>();
    for (Map<String, Object> event : all) {
      long id = id(event);
      byType.computeIfAbsent((String) event.get("type"), t -> new ArrayList<>()).add(id);
      if (event.get("date") != null) {
        years.put(id, ((String) event.get("date")).substring(0, 4));
      }
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("a", a);
    result.put("b", b);
    result.put("total_events", all.size());
    result.put(
        "agreements",
        registry.agreements(Optional.of(byType.getOrDefault("agreement", List.of()))));
    result.put("plans", registry.plans(Optional.of(byType.getOrDefault("plan", List.of()))));
    result.put("meetings", meetings(byType.getOrDefault("meeting", List.of()), years));
    result.put(
        "statements_by_stance", statements(byType.getOrDefault("statement", List.of()), years));
    result.put("areas_by_year", areasByYear(years));
    return result;
  }

  /** The count of meetings per year, and the latest meetings in full, oldest of them first. */
  private Map<String, Object> meetings(List<Long> ids, Map<Long, String> years) {
    Map<String, Long> byYear = new TreeMap<>();
    long undated = 0;
    for (Long id : ids) {
      String year = years.get(id);
      if (year == null) {
        undated++;
      } else {
        byYear.merge(year, 1L, Long::sum);
      }
    }
    List<Map<String, Object>> perYear = new ArrayList<>();
    byYear.forEach(
        (year, count) -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("year", year);
          row.put("meetings", count);
          perYear.add(row);
        });
    // ids are oldest first with undated ones last: the latest dated are at the end of the dated.
    List<Long> dated = ids.stream().filter(years::containsKey).toList();
    List<Long> latest = dated.subList(Math.max(0, dated.size() - LATEST_MEETINGS), dated.size());
    Map<String, Object> meetings = new LinkedHashMap<>();
    meetings.put("total", ids.size());
    meetings.put("undated", undated);
    meetings.put("by_year", perYear);
    meetings.put("latest", events.details(latest));
    return meetings;
  }

  /** For each stance, how many statements and the latest of them, newest first. */
  private Map<String, Object> statements(List<Long> ids, Map<Long, String> years) {
    Map<Long, String> stances = events.field(ids, "stance");
    Map<String, List<Long>> byStance = new TreeMap<>();
    for (Long id : ids) {
      byStance.computeIfAbsent(stances.getOrDefault(id, "unknown"), s -> new ArrayList<>()).add(id);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    byStance.forEach(
        (stance, of) -> {
          List<Long> newestFirst = new ArrayList<>(of.stream().filter(years::containsKey).toList());
          Collections.reverse(newestFirst);
          of.stream().filter(id -> !years.containsKey(id)).forEach(newestFirst::add);
          Map<String, Object> group = new LinkedHashMap<>();
          group.put("total", of.size());
          group.put(
              "latest",
              events.details(
                  newestFirst.subList(0, Math.min(LATEST_STATEMENTS, newestFirst.size()))));
          result.put(stance, group);
        });
    return result;
  }

  /** How many dated events of the pair touched each area, by year. */
  private Map<String, Map<String, Integer>> areasByYear(Map<Long, String> years) {
    Map<String, Map<String, Integer>> result = new TreeMap<>();
    Map<Long, List<String>> areas = events.areas(new ArrayList<>(years.keySet()));
    areas.entrySet().stream()
        .sorted(Comparator.comparing(Map.Entry::getKey))
        .forEach(
            e -> {
              Map<String, Integer> year =
                  result.computeIfAbsent(years.get(e.getKey()), y -> new TreeMap<>());
              e.getValue().forEach(area -> year.merge(area, 1, Integer::sum));
            });
    return result;
  }

  private static long id(Map<String, Object> event) {
    return ((Number) event.get("id")).longValue();
  }
}
