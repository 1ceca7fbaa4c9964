package org.attache.server.coordination;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.store.coordination.JointPlan;
import org.attache.store.query.events.EventDetail;
import org.attache.store.query.pairs.PairDashboard;
import org.attache.store.query.pairs.StanceGroup;
import org.attache.store.query.registry.Agreement;

/**
 * The brief of two partners: their agreements with areas and status, their joint plans with
 * progress, their meetings of the last years and their statements by stance, as the record holds
 * them on the day it is made.
 *
 * @param pair what the record holds of the two, when it knows both
 * @param day the day the brief was made, ISO
 */
public record BriefView(
    String a,
    String b,
    String aName,
    String bName,
    Optional<PairDashboard> pair,
    List<JointPlan> plans,
    String day) {
  /** How many of the latest meetings the brief lists. */
  static final int MEETINGS = 10;

  public BriefView {
    requireNonNull(a, "a is null");
    requireNonNull(b, "b is null");
    requireNonNull(aName, "aName is null");
    requireNonNull(bName, "bName is null");
    requireNonNull(pair, "pair is null");
    plans = List.copyOf(plans);
    requireNonNull(day, "day is null");
  }

  public String title() {
    return aName + " and " + bName;
  }

  public List<Agreement> agreements() {
    return pair.map(PairDashboard::agreements).orElse(List.of());
  }

  /** The latest meetings, newest first. */
  public List<EventDetail> meetings() {
    List<EventDetail> latest =
        new ArrayList<>(pair.map(p -> p.meetings().latest()).orElse(List.of()));
    Collections.reverse(latest);
    return latest.subList(0, Math.min(MEETINGS, latest.size()));
  }

  public long meetingCount() {
    return pair.map(p -> (long) p.meetings().total()).orElse(0L);
  }

  public Map<String, StanceGroup> statements() {
    return pair.map(PairDashboard::statementsByStance).orElse(Map.of());
  }

  public String progress(JointPlan plan) {
    return Said.progress(plan.progress());
  }
}
