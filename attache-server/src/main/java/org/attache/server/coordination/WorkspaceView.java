package org.attache.server.coordination;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.attache.store.coordination.JointPlan;
import org.attache.store.coordination.Suggestion;
import org.attache.store.users.User;

/**
 * The workspace's start: its plans, the plan records to make plans of, and a form for a new one.
 */
public record WorkspaceView(
    List<JointPlan> plans,
    List<Suggestion> suggestions,
    Optional<String> notice,
    Optional<User> user) {
  public WorkspaceView {
    plans = List.copyOf(plans);
    suggestions = List.copyOf(suggestions);
    requireNonNull(notice, "notice is null");
    requireNonNull(user, "user is null");
  }

  /** Whether the user may make plans: an editor who acts for a party, or an admin. */
  public boolean mayDraft() {
    return user.map(
            u -> u.role().mayEdit() && (u.actsFor().isPresent() || u.role().mayCoordinate()))
        .orElse(false);
  }

  public String progress(JointPlan plan) {
    return Said.progress(plan.progress());
  }
}
