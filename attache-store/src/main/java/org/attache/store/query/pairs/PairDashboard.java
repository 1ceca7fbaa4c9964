package org.attache.store.query.pairs;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attache.store.query.actors.ActorName;
import org.attache.store.query.events.EventsInPeriod;
import org.attache.store.query.registry.Agreement;
import org.attache.store.query.registry.Plan;

/**
 * What two actors did together: agreements, plans, meetings, statements by stance (sorted by
 * stance), how many dated events touched each area by year (sorted by year, then area) and the
 * timeline of their dated events by month.
 */
public record PairDashboard(
    ActorName a,
    ActorName b,
    int totalEvents,
    List<Agreement> agreements,
    List<Plan> plans,
    PairMeetings meetings,
    Map<String, StanceGroup> statementsByStance,
    Map<String, Map<String, Integer>> areasByYear,
    List<EventsInPeriod> timeline) {
  public PairDashboard {
    requireNonNull(a, "a is null");
    requireNonNull(b, "b is null");
    agreements = List.copyOf(agreements);
    plans = List.copyOf(plans);
    requireNonNull(meetings, "meetings is null");
    statementsByStance = Collections.unmodifiableMap(new LinkedHashMap<>(statementsByStance));
    Map<String, Map<String, Integer>> years = new LinkedHashMap<>();
    areasByYear.forEach(
        (year, areas) -> years.put(year, Collections.unmodifiableMap(new LinkedHashMap<>(areas))));
    areasByYear = Collections.unmodifiableMap(years);
    timeline = List.copyOf(timeline);
  }
}
