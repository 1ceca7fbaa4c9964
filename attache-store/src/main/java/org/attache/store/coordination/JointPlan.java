package org.attache.store.coordination;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.attache.model.PlanStatus;

/**
 * A joint plan as stored, with what follows from it: its status (drafting until every party's
 * coordinator approved it; then approved, in progress once an item was held, implemented when every
 * item that counts was held; or cancelled), whether it is locked, the parties whose approval of the
 * current revision is still wanted, and its progress.
 *
 * @param frameworkEvent the stored agreement it implements, when known
 * @param sourceEvent the extracted plan record it was made from, if any
 */
public record JointPlan(
    long id,
    String title,
    List<String> parties,
    Optional<String> framework,
    Optional<Long> frameworkEvent,
    String periodFrom,
    String periodTo,
    List<String> areas,
    PlanStatus status,
    boolean locked,
    int revision,
    List<Approval> approvals,
    List<String> awaitingApproval,
    Optional<Long> sourceEvent,
    String createdBy,
    Instant createdAt,
    Progress progress,
    List<JointItem> items) {
  public JointPlan {
    requireNonNull(title, "title is null");
    parties = List.copyOf(parties);
    requireNonNull(framework, "framework is null");
    requireNonNull(frameworkEvent, "frameworkEvent is null");
    requireNonNull(periodFrom, "periodFrom is null");
    requireNonNull(periodTo, "periodTo is null");
    areas = List.copyOf(areas);
    requireNonNull(status, "status is null");
    approvals = List.copyOf(approvals);
    awaitingApproval = List.copyOf(awaitingApproval);
    requireNonNull(sourceEvent, "sourceEvent is null");
    requireNonNull(createdBy, "createdBy is null");
    requireNonNull(createdAt, "createdAt is null");
    requireNonNull(progress, "progress is null");
    items = List.copyOf(items);
  }

  /** The parties an item is held by: its own, or failing those the plan's. */
  public List<String> partiesOf(JointItem item) {
    return item.parties().isEmpty() ? parties : item.parties();
  }

  /** The period in words of ISO dates: "2021 to 2022". */
  public String period() {
    return periodFrom.equals(periodTo) ? periodFrom : periodFrom + " to " + periodTo;
  }
}
