package org.attache.store.coordination;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Progress of joint plans: of all their items, and by plan, by the year an item was planned for
 * ("undated" for items without a date), by the areas of the item's plan, and by party (an item
 * counts for each party that holds it). Years, areas and parties are sorted.
 */
public record ProgressReport(
    Progress all,
    Map<Long, Progress> byPlan,
    Map<String, Progress> byYear,
    Map<String, Progress> byArea,
    Map<String, Progress> byParty) {
  public ProgressReport {
    byPlan = Collections.unmodifiableMap(new LinkedHashMap<>(byPlan));
    byYear = Collections.unmodifiableMap(new LinkedHashMap<>(byYear));
    byArea = Collections.unmodifiableMap(new LinkedHashMap<>(byArea));
    byParty = Collections.unmodifiableMap(new LinkedHashMap<>(byParty));
  }

  /** The progress of some plans. */
  public static ProgressReport of(List<JointPlan> plans) {
    List<JointItem> all = new ArrayList<>();
    Map<Long, Progress> byPlan = new LinkedHashMap<>();
    Map<String, List<JointItem>> byYear = new TreeMap<>();
    Map<String, List<JointItem>> byArea = new TreeMap<>();
    Map<String, List<JointItem>> byParty = new TreeMap<>();
    for (JointPlan plan : plans) {
      all.addAll(plan.items());
      byPlan.put(plan.id(), plan.progress());
      for (JointItem item : plan.items()) {
        String year = item.plannedFrom().map(d -> d.substring(0, 4)).orElse("undated");
        byYear.computeIfAbsent(year, k -> new ArrayList<>()).add(item);
        for (String area : plan.areas()) {
          byArea.computeIfAbsent(area, k -> new ArrayList<>()).add(item);
        }
        for (String party : plan.partiesOf(item)) {
          byParty.computeIfAbsent(party, k -> new ArrayList<>()).add(item);
        }
      }
    }
    return new ProgressReport(
        Progress.of(all), byPlan, progress(byYear), progress(byArea), progress(byParty));
  }

  private static Map<String, Progress> progress(Map<String, List<JointItem>> groups) {
    Map<String, Progress> result = new LinkedHashMap<>();
    groups.forEach((key, items) -> result.put(key, Progress.of(items)));
    return result;
  }
}
