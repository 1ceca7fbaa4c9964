package org.attache.server.pairs;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.TreeSet;
import org.attache.store.query.events.MeetingsInYear;
import org.attache.store.query.pairs.PairDashboard;
import org.attache.store.query.pairs.StanceGroup;

/**
 * The pair dashboard page.
 *
 * @param query the pair as the events page's filters: {@code &actor=A&with=B}
 */
public record PairView(PairDashboard dashboard, String query) {
  public PairView {
    requireNonNull(dashboard, "dashboard is null");
    requireNonNull(query, "query is null");
  }

  /** The most meetings of any year, the full scale of the bars. */
  public long mostMeetings() {
    return dashboard.meetings().byYear().stream()
        .mapToLong(MeetingsInYear::meetings)
        .max()
        .orElse(1);
  }

  /** Every area of any year, sorted. */
  public List<String> areas() {
    TreeSet<String> all = new TreeSet<>();
    dashboard.areasByYear().values().forEach(m -> all.addAll(m.keySet()));
    return List.copyOf(all);
  }

  public long statements() {
    return dashboard.statementsByStance().values().stream().mapToLong(StanceGroup::total).sum();
  }

  public long statementsShown() {
    return dashboard.statementsByStance().values().stream().mapToLong(g -> g.latest().size()).sum();
  }
}
