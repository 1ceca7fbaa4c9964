package org.attache.store.query.pairs;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.attache.store.query.actors.ActorName;
import org.attache.store.query.events.EventDetail;
import org.attache.store.query.events.EventSummary;
import org.attache.store.query.events.Events;
import org.attache.store.query.events.MeetingsInYear;
import org.attache.store.query.registry.Registry;

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

  public PairDashboard dashboard(ActorName a, ActorName b) {
    Events.Filter both =
        new Events.Filter(
            Optional.empty(),
            List.of(a.actor(), b.actor()),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    List<EventSummary> all = events.summaries(both);
    Map<String, List<Long>> byType = new TreeMap<>();
    Map<Long, String> years = new LinkedHashMap<>();
    for (EventSummary event : all) {
      byType.computeIfAbsent(event.type(), t -> new ArrayList<>()).add(event.id());
      event.date().ifPresent(date -> years.put(event.id(), date.substring(0, 4)));
    }
    return new PairDashboard(
        a,
        b,
        all.size(),
        registry.agreements(Optional.of(byType.getOrDefault("agreement", List.of()))),
        registry.plans(Optional.of(byType.getOrDefault("plan", List.of()))),
        meetings(byType.getOrDefault("meeting", List.of()), years),
        statements(byType.getOrDefault("statement", List.of()), years),
        areasByYear(years),
        Events.byMonth(all));
  }

  /** The count of meetings per year, and the latest meetings in full, oldest of them first. */
  private PairMeetings meetings(List<Long> ids, Map<Long, String> years) {
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
    List<MeetingsInYear> perYear = new ArrayList<>();
    byYear.forEach((year, count) -> perYear.add(new MeetingsInYear(year, count)));
    // ids are oldest first with undated ones last: the latest dated are at the end of the dated.
    List<Long> dated = ids.stream().filter(years::containsKey).toList();
    List<Long> latest = dated.subList(Math.max(0, dated.size() - LATEST_MEETINGS), dated.size());
    return new PairMeetings(ids.size(), undated, perYear, events.details(latest));
  }

  /**
   * For each stance, how many statements and the latest of them, newest first: the latest of all
   * stances read in one go.
   */
  private Map<String, StanceGroup> statements(List<Long> ids, Map<Long, String> years) {
    Map<Long, String> stances = events.field(ids, "stance");
    Map<String, List<Long>> byStance = new TreeMap<>();
    for (Long id : ids) {
      byStance.computeIfAbsent(stances.getOrDefault(id, "unknown"), s -> new ArrayList<>()).add(id);
    }
    Map<String, List<Long>> latest = new LinkedHashMap<>();
    List<Long> shown = new ArrayList<>();
    byStance.forEach(
        (stance, of) -> {
          List<Long> newestFirst = new ArrayList<>(of.stream().filter(years::containsKey).toList());
          Collections.reverse(newestFirst);
          of.stream().filter(id -> !years.containsKey(id)).forEach(newestFirst::add);
          List<Long> first =
              newestFirst.subList(0, Math.min(LATEST_STATEMENTS, newestFirst.size()));
          latest.put(stance, first);
          shown.addAll(first);
        });
    Map<Long, EventDetail> details = new HashMap<>();
    events.details(shown).forEach(d -> details.put(d.id(), d));
    Map<String, StanceGroup> result = new LinkedHashMap<>();
    byStance.forEach(
        (stance, of) ->
            result.put(
                stance,
                new StanceGroup(
                    of.size(),
                    latest.get(stance).stream()
                        .map(details::get)
                        .filter(Objects::nonNull)
                        .toList())));
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
}
