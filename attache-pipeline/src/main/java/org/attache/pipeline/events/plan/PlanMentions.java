package org.attache.pipeline.events.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import org.attache.model.Period;
import org.attache.model.Plan;
import org.attache.model.PlanItem;
import org.attache.model.PlanStatus;
import org.attache.model.Span;

/**
 * Joins the mentions of one plan in a document: shared parties, and compatible periods, or where a
 * period is unknown the same plan noun.
 */
final class PlanMentions {
  private PlanMentions() {}

  /** Whether two periods may be one: each end unknown on one side or a prefix of the other. */
  private static boolean compatible(Period a, Period b) {
    return prefix(a.from(), b.from()) && prefix(a.to(), b.to());
  }

  private static boolean prefix(Optional<String> a, Optional<String> b) {
    return a.isEmpty() || b.isEmpty() || a.get().startsWith(b.get()) || b.get().startsWith(a.get());
  }

  /** The more precise of two compatible periods. */
  private static Period precise(Period a, Period b) {
    int lengthA = a.from().map(String::length).orElse(0) + a.to().map(String::length).orElse(0);
    int lengthB = b.from().map(String::length).orElse(0) + b.to().map(String::length).orElse(0);
    return lengthB > lengthA ? b : a;
  }

  private static boolean cued(SortedMap<String, String> provenance) {
    return provenance.getOrDefault("status", "").startsWith("plan-cues.tsv");
  }

  /**
   * Whether two mentions name a plan by the same head noun ("consultation plan", "plan of ...").
   */
  private static boolean sameNoun(Plan a, Plan b) {
    return head(a).equals(head(b));
  }

  /**
   * The head noun of the plan noun that found the mention: the first word of "X of Y", else the
   * last; singular, one spelling ("programme", "map" for a road map).
   */
  private static String head(Plan plan) {
    String title = plan.provenance().getOrDefault("title", "");
    if (!title.startsWith(ExtractPlans.TITLE_NOTE)) {
      return title;
    }
    String phrase =
        title
            .substring(ExtractPlans.TITLE_NOTE.length())
            .replace(" (" + PlanItems.SERIES_MARK + ")", "");
    String[] words = phrase.split(" ");
    String head = (phrase + " ").contains(" of ") ? words[0] : words[words.length - 1];
    head = head.equals("roadmap") || head.equals("roadmaps") ? "map" : head;
    head = head.equals("program") || head.equals("programs") ? "programme" : head;
    return head.length() > 4 && head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
  }

  private static boolean unknown(Period period) {
    return period.from().isEmpty() && period.to().isEmpty();
  }

  /**
   * Mentions of one plan (shared parties, and compatible periods, or where a period is unknown the
   * same plan noun: "the plan of joint actions" is not "the programme for 2013-2015") are one plan:
   * the first wins. A mention is compared only with the plans that share a party with it, and each
   * plan's evidence is gathered in one set rather than copied at each mention.
   */
  static List<Plan> merge(List<Plan> found) {
    List<Joined> merged = new ArrayList<>();
    Map<String, List<Integer>> byParty = new HashMap<>();
    for (Plan plan : found) {
      Joined same = null;
      for (int i : sharingAParty(byParty, plan.parties())) {
        Joined earlier = merged.get(i);
        boolean known = !unknown(earlier.period) && !unknown(plan.period());
        if (known ? compatible(earlier.period, plan.period()) : sameNoun(earlier.first, plan)) {
          same = earlier;
          break;
        }
      }
      if (same != null) {
        same.add(plan);
      } else {
        for (String party : new LinkedHashSet<>(plan.parties())) {
          byParty.computeIfAbsent(party, k -> new ArrayList<>()).add(merged.size());
        }
        merged.add(new Joined(plan));
      }
    }
    List<Plan> plans = new ArrayList<>();
    for (Joined plan : merged) {
      plans.add(plan.plan());
    }
    return plans;
  }

  /** The plans, by their order, that name one of the parties. */
  private static SortedSet<Integer> sharingAParty(
      Map<String, List<Integer>> byParty, List<String> parties) {
    SortedSet<Integer> found = new TreeSet<>();
    for (String party : parties) {
      found.addAll(byParty.getOrDefault(party, List.of()));
    }
    return found;
  }

  /** A plan and the mentions joined to it. */
  private static final class Joined {
    private final Plan first;
    private final Set<Span> evidence;
    private Optional<String> framework;
    private Period period;
    private Optional<PlanStatus> status;
    private SortedMap<String, String> provenance;
    private List<PlanItem> items;

    Joined(Plan first) {
      this.first = first;
      this.evidence = new LinkedHashSet<>(first.evidence());
      this.framework = first.framework();
      this.period = first.period();
      this.status = first.status();
      this.provenance = first.provenance();
      this.items = first.items();
    }

    /**
     * Joins a later mention: the more precise of two compatible periods, the status of the first
     * mention that a cue decides, the items of the first mention that lists some.
     */
    void add(Plan plan) {
      evidence.addAll(plan.evidence());
      framework = framework.or(plan::framework);
      period =
          unknown(period)
              ? plan.period()
              : unknown(plan.period()) ? period : precise(period, plan.period());
      if (!cued(provenance) && cued(plan.provenance())) {
        status = plan.status();
        provenance = plan.provenance();
      }
      items = items.isEmpty() ? plan.items() : items;
    }

    Plan plan() {
      return new Plan(
          first.id(),
          first.date(),
          first.parties(),
          framework,
          period,
          status,
          first.title(),
          first.areas(),
          items,
          first.codes(),
          new ArrayList<>(evidence),
          first.confidence(),
          provenance);
    }
  }
}
