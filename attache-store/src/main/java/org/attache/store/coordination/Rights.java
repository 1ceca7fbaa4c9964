package org.attache.store.coordination;

import java.util.Optional;
import org.attache.model.error.AttacheException;
import org.attache.model.error.ErrorCode;
import org.attache.store.users.User;
import org.attache.store.users.UserRole;

/**
 * Who may do what to a joint plan. Editors and coordinators act for their party: they change only
 * the plans it is party to. An approved plan is locked: a change then needs a coordinator of one of
 * its parties, and a reason. Admins may change any plan, and count as coordinators.
 */
final class Rights {
  private Rights() {}

  /**
   * Refuses a user who may not edit the plan: a viewer, a user who acts for no party, or for one
   * that is not party to it.
   *
   * @throws AttacheException (unauthorised, a 403) saying why
   */
  static void edit(User user, Header plan) {
    if (!user.role().mayEdit()) {
      throw forbidden(
          "User '" + user.name() + "' is a viewer: changing a joint plan needs an editor");
    }
    if (user.role() == UserRole.ADMIN) {
      return;
    }
    String party =
        user.actsFor()
            .orElseThrow(
                () ->
                    forbidden(
                        "User '"
                            + user.name()
                            + "' acts for no organisation or state, and so changes no joint plan"));
    if (!plan.parties().contains(party)) {
      throw forbidden(
          "User '"
              + user.name()
              + "' acts for "
              + party
              + ", which is not a party to plan "
              + plan.id()
              + " ("
              + String.join(", ", plan.parties())
              + ")");
    }
  }

  /**
   * Refuses a change that the user may not make: one {@link #edit} refuses, or one to a locked plan
   * without a coordinator and a reason.
   *
   * @throws AttacheException unauthorised (403) as {@link #edit}; a conflict (409) for the lock
   */
  static void change(User user, Header plan, Optional<String> reason) {
    edit(user, plan);
    if (plan.locked() && (!user.role().mayCoordinate() || reason.isEmpty())) {
      throw AttacheException.conflict(
          "Plan "
              + plan.id()
              + " is approved and locked: a change needs a coordinator of "
              + plan.partiesInWords()
              + " and a reason"
              + (user.role().mayCoordinate() ? "" : "; '" + user.name() + "' is an editor"));
    }
  }

  /**
   * The party a user answers or approves for.
   *
   * @throws AttacheException (unauthorised) when the user acts for no party of the plan
   */
  static String party(User user, Header plan, String what) {
    edit(user, plan);
    return user.actsFor()
        .filter(plan.parties()::contains)
        .orElseThrow(
            () ->
                forbidden(
                    "User '"
                        + user.name()
                        + "' acts for no party of plan "
                        + plan.id()
                        + ", and so cannot "
                        + what));
  }

  /** The party a user proposes for: theirs, or for an admin acting for none, "admin". */
  static String proposer(User user) {
    return user.actsFor().orElse("admin");
  }

  static AttacheException forbidden(String message) {
    return new AttacheException(ErrorCode.UNAUTHORISED, message);
  }
}
