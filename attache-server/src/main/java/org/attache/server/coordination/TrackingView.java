package org.attache.server.coordination;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.store.coordination.JointItem;
import org.attache.store.coordination.JointPlan;
import org.attache.store.coordination.Proposal;

/** The stored events proposed as carrying out a plan's items, for a person to confirm or reject. */
public record TrackingView(
    JointPlan plan,
    Map<Long, List<Proposal>> proposals,
    Optional<String> notice,
    boolean mayTrack) {
  public TrackingView {
    requireNonNull(plan, "plan is null");
    proposals = Map.copyOf(proposals);
    requireNonNull(notice, "notice is null");
  }

  /** The proposals for an item, best first. */
  public List<Proposal> of(JointItem item) {
    return proposals.getOrDefault(item.id(), List.of());
  }
}
