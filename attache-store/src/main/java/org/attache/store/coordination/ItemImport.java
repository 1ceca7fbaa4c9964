package org.attache.store.coordination;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.attache.model.error.AttacheException;
import org.attache.store.query.Sql;
import org.attache.store.users.User;

/**
 * Imports the rows of a spreadsheet as items of a plan, all or none: the rows are written in one
 * transaction, under the same rights as any change to the plan. Thread-safe.
 */
public final class ItemImport {
  private final Sql sql;

  public ItemImport(Sql sql) {
    this.sql = requireNonNull(sql, "sql is null");
  }

  /**
   * Imports items in one transaction: a row whose title (case aside) is an item's already changes
   * that item, any other is added at the end, in the order given. Importing the same rows again
   * changes nothing.
   *
   * @param sheet the sheet's name, for the audit log
   * @throws AttacheException bad input naming the two rows that share a title
   */
  public ImportSummary importItems(
      long planId, List<ItemDraft> rows, String sheet, User user, Optional<String> reason) {
    Optional<String> why =
        Checks.optionalText("reason", requireNonNull(reason, "reason is null"), 2000);
    Map<String, Integer> titles = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      Integer earlier = titles.putIfAbsent(key(rows.get(i).title()), i);
      if (earlier != null) {
        throw AttacheException.badInput(
            "Items "
                + (earlier + 1)
                + " and "
                + (i + 1)
                + " of '"
                + sheet
                + "' share the title '"
                + rows.get(i).title()
                + "'");
      }
    }
    return sql.transaction(
        "import '" + sheet + "' into plan " + planId,
        s -> {
          Header plan = Header.lock(s, planId);
          Rights.change(user, plan, why);
          Map<String, ItemRows.Stored> existing = new HashMap<>();
          for (ItemRows.Stored item : ItemRows.ofPlan(s, planId)) {
            existing.put(key(item.draft().title()), item);
          }
          int position = ItemRows.nextPosition(s, planId);
          int added = 0;
          int changed = 0;
          for (ItemDraft row : rows) {
            ItemRows.Stored old = existing.get(key(row.title()));
            if (old == null) {
              long id = ItemRows.insert(s, planId, position++, row, Rights.proposer(user));
              Audit.append(
                  s,
                  planId,
                  Optional.of(id),
                  user,
                  "import",
                  "added " + ItemRows.describe(id, row) + " from '" + sheet + "'",
                  why);
              added++;
            } else if (!old.draft().equals(row)) {
              ItemRows.update(s, old.id(), row, !old.draft().sameEventAs(row));
              Audit.append(
                  s,
                  planId,
                  Optional.of(old.id()),
                  user,
                  "import",
                  "changed item "
                      + old.id()
                      + " from '"
                      + sheet
                      + "': "
                      + ItemRows.differences(old.draft(), row),
                  why);
              changed++;
            }
          }
          if (added + changed > 0) {
            plan.revise(s);
          }
          return new ImportSummary(added, changed, rows.size() - added - changed);
        });
  }

  private static String key(String title) {
    return title.strip().toLowerCase(Locale.ROOT);
  }
}
