package org.attache.store.coordination;

import java.sql.SQLException;
import java.util.Optional;
import org.attache.store.query.Sql;
import org.attache.store.users.User;

/** Appends entries to the workspace's audit log, in the transaction of the change they record. */
final class Audit {
  private Audit() {}

  static void append(
      Sql.Statements s,
      long planId,
      Optional<Long> itemId,
      User user,
      String action,
      String what,
      Optional<String> reason)
      throws SQLException {
    s.update(
        "INSERT INTO coord_audit (plan_id, item_id, user_name, acts_for, action, what, reason)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        planId,
        itemId.orElse(null),
        user.name(),
        user.actsFor().orElse(null),
        action,
        what,
        reason.orElse(null));
  }
}
