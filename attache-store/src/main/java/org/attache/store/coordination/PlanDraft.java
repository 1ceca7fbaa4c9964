package org.attache.store.coordination;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.attache.model.error.AttacheException;

/**
 * What a joint plan is, as its partners write it: checked when made, so that a plan in the store
 * always has a title, parties by code, a period that does not end before it starts and areas of the
 * vocabulary.
 *
 * @param framework the framework agreement as the partners name it
 * @param frameworkEvent the stored agreement event it implements, when known
 * @throws AttacheException (bad input) naming the field and value that is wrong
 */
public record PlanDraft(
    String title,
    List<String> parties,
    Optional<String> framework,
    Optional<Long> frameworkEvent,
    String periodFrom,
    String periodTo,
    List<String> areas) {
  public PlanDraft {
    title = Checks.text("plan's title", title, 300);
    parties = Checks.parties("plan's parties", requireNonNull(parties, "parties is null"));
    if (parties.isEmpty()) {
      throw AttacheException.badInput("A plan needs at least one party");
    }
    framework = Checks.optionalText("framework", requireNonNull(framework, "framework"), 300);
    requireNonNull(frameworkEvent, "frameworkEvent is null");
    periodFrom = Checks.date("period's start", requireNonNull(periodFrom, "periodFrom is null"));
    periodTo = Checks.date("period's end", requireNonNull(periodTo, "periodTo is null"));
    Checks.period("plan's period", periodFrom, periodTo);
    areas = Checks.areas(requireNonNull(areas, "areas is null"));
  }
}
