package org.attache.server.coordination;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.store.coordination.Change;
import org.attache.store.coordination.JointItem;
import org.attache.store.coordination.JointPlan;
import org.attache.store.users.User;
import org.attache.store.users.UserRole;

/**
 * What the page of a joint plan shows: the plan with its items, the parties' answers and the
 * evidence, its history, and what the signed-in user may do to it. The store checks every change
 * again; the page only leaves out the forms that would be refused.
 */
public record PlanView(
    JointPlan plan,
    List<Change> history,
    Optional<String> notice,
    Optional<User> user,
    Map<String, String> names) {
  public PlanView {
    requireNonNull(plan, "plan is null");
    history = List.copyOf(history);
    requireNonNull(notice, "notice is null");
    requireNonNull(user, "user is null");
    names = Map.copyOf(names);
  }

  /** The party of the plan the user acts for, if any. */
  public Optional<String> party() {
    return user.flatMap(User::actsFor).filter(plan.parties()::contains);
  }

  private boolean admin() {
    return user.map(u -> u.role() == UserRole.ADMIN).orElse(false);
  }

  private boolean editor() {
    return user.map(u -> u.role().mayEdit()).orElse(false) && (party().isPresent() || admin());
  }

  /**
   * Whether the user may add and change items: in drafting an editor, once locked a coordinator.
   */
  public boolean mayChange() {
    return editor() && (!plan.locked() || user.orElseThrow().role().mayCoordinate());
  }

  /** Whether the user may agree or comment for their party. */
  public boolean mayAnswer() {
    return editor() && party().isPresent() && !plan.locked();
  }

  /** Whether the user may confirm or reject the evidence of items. */
  public boolean mayTrack() {
    return editor();
  }

  /** Whether the user is a coordinator whose party has not approved this revision yet. */
  public boolean mayApprove() {
    return user.map(u -> u.role().mayCoordinate()).orElse(false)
        && party().filter(plan.awaitingApproval()::contains).isPresent();
  }

  /** A party's name with its code: "Shanghai Cooperation Organisation (SCO)". */
  public String name(String party) {
    String name = names.getOrDefault(party, party);
    return name.equals(party) ? party : name + " (" + party + ")";
  }

  /** What the user's party answered on an item, in words, if it did. */
  public String answer(JointItem item, String party) {
    return item.responseOf(party)
        .map(r -> (r.agrees() ? "agreed" : "comments") + r.comment().map(c -> ": " + c).orElse(""))
        .orElse("–");
  }

  public String progress() {
    return Said.progress(plan.progress());
  }
}
