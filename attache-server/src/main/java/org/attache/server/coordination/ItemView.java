package org.attache.server.coordination;

import static java.util.Objects.requireNonNull;

import org.attache.store.coordination.JointItem;
import org.attache.store.coordination.JointPlan;

/** The form that changes an item; a locked plan asks for the reason. */
public record ItemView(JointPlan plan, JointItem item) {
  public ItemView {
    requireNonNull(plan, "plan is null");
    requireNonNull(item, "item is null");
  }
}
