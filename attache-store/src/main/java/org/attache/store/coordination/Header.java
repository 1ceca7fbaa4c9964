package org.attache.store.coordination;

import java.sql.SQLException;
import java.util.List;
import org.attache.model.error.AttacheException;
import org.attache.store.query.Sql;

/**
 * What a change to a plan is checked against: its parties, whether it is locked, its revision. Read
 * with the plan's row locked, so that changes to one plan follow one another.
 */
record Header(long id, String title, List<String> parties, boolean locked, int revision) {
  Header {
    parties = List.copyOf(parties);
  }

  /**
   * Locks a plan's row for the rest of the transaction and reads it.
   *
   * @throws AttacheException (not found) naming the id
   */
  static Header lock(Sql.Statements s, long planId) throws SQLException {
    return s.one(
            "SELECT id, title, array_to_string(parties, ' ') AS parties,"
                + " approved_at IS NOT NULL AS locked, revision FROM coord_plan WHERE id = ?"
                + " FOR UPDATE",
            row ->
                new Header(
                    row.number("id"),
                    row.text("title"),
                    Plans.codes(row.text("parties")),
                    row.flag("locked"),
                    row.integer("revision")),
            planId)
        .orElseThrow(() -> AttacheException.notFound("No joint plan " + planId));
  }

  /** The plan's id of an item, with the plan locked as {@link #lock} does. */
  static Header lockOfItem(Sql.Statements s, long itemId) throws SQLException {
    long planId =
        s.one("SELECT plan_id FROM coord_item WHERE id = ?", r -> r.number("plan_id"), itemId)
            .orElseThrow(() -> AttacheException.notFound("No item " + itemId + " of a joint plan"));
    return lock(s, planId);
  }

  /** In drafting, a change makes a new revision of the plan, which its parties approve anew. */
  void revise(Sql.Statements s) throws SQLException {
    if (!locked) {
      s.update("UPDATE coord_plan SET revision = revision + 1 WHERE id = ?", id);
    }
  }

  /** The parties in words: "SCO and ASEAN", "SCO, ASEAN and CHN". */
  String partiesInWords() {
    if (parties.size() == 1) {
      return parties.get(0);
    }
    return String.join(", ", parties.subList(0, parties.size() - 1))
        + " or "
        + parties.get(parties.size() - 1);
  }
}
