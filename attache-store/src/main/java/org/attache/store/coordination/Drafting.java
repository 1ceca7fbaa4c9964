package org.attache.store.coordination;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.attache.model.error.AttacheException;
import org.attache.store.query.Sql;
import org.attache.store.users.User;

/**
 * Drafts, agrees and approves joint plans. A plan in drafting takes items proposed by any of its
 * parties; each party agrees to each item or comments on it, and an item is agreed once every party
 * agrees to its current revision. The plan is approved, and locked, when every party's coordinator
 * has approved its current revision; a change to a locked plan needs a coordinator and a reason.
 * Each change is written with its audit entry in one transaction, with the plan's row locked.
 * Thread-safe.
 */
public final class Drafting {
  private final Sql sql;

  public Drafting(Sql sql) {
    this.sql = requireNonNull(sql, "sql is null");
  }

  /**
   * Makes a plan in drafting.
   *
   * @throws AttacheException unauthorised (403) when the user is not of one of its parties; bad
   *     input naming a framework agreement that the store does not have
   */
  public long create(PlanDraft draft, User user) {
    return create(draft, user, Optional.empty(), List.of());
  }

  /**
   * Makes a plan in drafting from an extracted plan record, with items, unless a plan was made from
   * that record already.
   *
   * @throws AttacheException a conflict (409) naming the plan made from the record before
   */
  long create(PlanDraft draft, User user, Optional<Long> source, List<ItemDraft> items) {
    requireNonNull(draft, "draft is null");
    Rights.edit(user, new Header(0, draft.title(), draft.parties(), false, 1));
    return sql.transaction(
        "make the plan '" + draft.title() + "'",
        s -> {
          checkFramework(s, draft.frameworkEvent());
          long id =
              s.firstId(
                      "INSERT INTO coord_plan (title, parties, framework, framework_event_id,"
                          + " period_from, period_to, areas, created_by, source_event_id)"
                          + " VALUES (?, CAST(? AS party_code[]), ?, ?, ?, ?, CAST(? AS text[]),"
                          + " ?, ?) ON CONFLICT (source_event_id) DO NOTHING RETURNING id",
                      draft.title(),
                      draft.parties().toArray(String[]::new),
                      draft.framework().orElse(null),
                      draft.frameworkEvent().orElse(null),
                      draft.periodFrom(),
                      draft.periodTo(),
                      draft.areas().toArray(String[]::new),
                      user.name(),
                      source.orElse(null))
                  .orElseThrow(
                      () ->
                          AttacheException.conflict(
                              "The plan record "
                                  + source.orElseThrow()
                                  + " was made a joint plan already"));
          Audit.append(
              s,
              id,
              Optional.empty(),
              user,
              source.isPresent() ? "adopt" : "create",
              (source.isPresent() ? "made from plan record " + source.get() + ": " : "")
                  + describe(draft),
              Optional.empty());
          int position = 1;
          for (ItemDraft item : items) {
            long itemId = ItemRows.insert(s, id, position++, item, Rights.proposer(user));
            Audit.append(
                s,
                id,
                Optional.of(itemId),
                user,
                "add_item",
                "added " + ItemRows.describe(itemId, item),
                Optional.empty());
          }
          return id;
        });
  }

  /** Changes what a plan is: its title, parties, framework, period or areas. */
  public void change(long planId, PlanDraft draft, User user, Optional<String> reason) {
    requireNonNull(draft, "draft is null");
    Optional<String> why = reason(reason);
    sql.transaction(
        "change plan " + planId,
        s -> {
          Header plan = Header.lock(s, planId);
          Rights.change(user, plan, why);
          Rights.edit(user, new Header(planId, draft.title(), draft.parties(), false, 1));
          checkFramework(s, draft.frameworkEvent());
          s.update(
              "UPDATE coord_plan SET title = ?, parties = CAST(? AS party_code[]), framework = ?,"
                  + " framework_event_id = ?, period_from = ?, period_to = ?,"
                  + " areas = CAST(? AS text[]), revision = revision + ? WHERE id = ?",
              draft.title(),
              draft.parties().toArray(String[]::new),
              draft.framework().orElse(null),
              draft.frameworkEvent().orElse(null),
              draft.periodFrom(),
              draft.periodTo(),
              draft.areas().toArray(String[]::new),
              plan.locked() ? 0 : 1,
              planId);
          Audit.append(s, planId, Optional.empty(), user, "change", describe(draft), why);
          return null;
        });
  }

  /**
   * Adds an item at the end of a plan.
   *
   * @return the item's id
   */
  public long addItem(long planId, ItemDraft draft, User user, Optional<String> reason) {
    requireNonNull(draft, "draft is null");
    Optional<String> why = reason(reason);
    return sql.transaction(
        "add an item to plan " + planId,
        s -> {
          Header plan = Header.lock(s, planId);
          Rights.change(user, plan, why);
          long id =
              ItemRows.insert(
                  s, planId, ItemRows.nextPosition(s, planId), draft, Rights.proposer(user));
          plan.revise(s);
          Audit.append(
              s,
              planId,
              Optional.of(id),
              user,
              "add_item",
              "added " + ItemRows.describe(id, draft),
              why);
          return id;
        });
  }

  /**
   * Writes a new draft over an item. When it says another event than before (title, kind, parties,
   * responsible, dates or place), the item is a new revision, and in drafting an agreed item is
   * proposed again: the parties agree to it anew.
   */
  public void changeItem(long itemId, ItemDraft draft, User user, Optional<String> reason) {
    requireNonNull(draft, "draft is null");
    Optional<String> why = reason(reason);
    sql.transaction(
        "change item " + itemId,
        s -> {
          Header plan = Header.lockOfItem(s, itemId);
          Rights.change(user, plan, why);
          ItemDraft before = ItemRows.read(s, itemId).draft();
          ItemDraft after = agreedAnew(plan, before, draft);
          if (!after.equals(before)) {
            ItemRows.update(s, itemId, after, !before.sameEventAs(after));
            plan.revise(s);
            Audit.append(
                s,
                plan.id(),
                Optional.of(itemId),
                user,
                "change_item",
                "changed item " + itemId + ": " + ItemRows.differences(before, after),
                why);
          }
          return null;
        });
  }

  /**
   * A party's answer on an item: it agrees, or comments (a comment without agreeing says that the
   * party does not agree yet). In drafting, the item is agreed once every party of the plan agrees
   * to its current revision, and proposed again when one no longer does.
   *
   * @throws AttacheException unauthorised (403) for a user of no party of the plan; bad input for a
   *     comment without text
   */
  public void respond(long itemId, User user, boolean agrees, Optional<String> comment) {
    Optional<String> text = Checks.optionalText("comment", comment, 4000);
    if (!agrees && text.isEmpty()) {
      throw AttacheException.badInput("A comment on an item needs its text");
    }
    sql.transaction(
        "answer on item " + itemId,
        s -> {
          Header plan = Header.lockOfItem(s, itemId);
          String party = Rights.party(user, plan, "answer on its items");
          ItemRows.Stored item = ItemRows.read(s, itemId);
          s.update(
              "INSERT INTO coord_response (item_id, party, revision, agrees, comment, user_name)"
                  + " VALUES (?, ?, ?, ?, ?, ?)",
              itemId,
              party,
              item.revision(),
              agrees,
              text.orElse(null),
              user.name());
          Audit.append(
              s,
              plan.id(),
              Optional.of(itemId),
              user,
              "respond",
              party
                  + (agrees ? " agrees to item " : " comments on item ")
                  + itemId
                  + " '"
                  + item.draft().title()
                  + "'"
                  + text.map(t -> ": " + t).orElse(""),
              Optional.empty());
          ItemStatus status = item.draft().status();
          if (!plan.locked() && (status == ItemStatus.PROPOSED || status == ItemStatus.AGREED)) {
            ItemStatus now =
                agreedByAll(s, plan, itemId, item.revision())
                    ? ItemStatus.AGREED
                    : ItemStatus.PROPOSED;
            if (now != status) {
              s.update("UPDATE coord_item SET status = ? WHERE id = ?", now.code(), itemId);
              plan.revise(s);
              Audit.append(
                  s,
                  plan.id(),
                  Optional.of(itemId),
                  user,
                  "status",
                  "item "
                      + itemId
                      + " is "
                      + now.code()
                      + (now == ItemStatus.AGREED ? " by every party" : ""),
                  Optional.empty());
            }
          }
          return null;
        });
  }

  /**
   * A coordinator's approval of a plan's current revision for their party. When every party has
   * approved that revision, the plan is approved and locked.
   *
   * @return whether the plan is now approved
   * @throws AttacheException unauthorised (403) for a user who is not a coordinator of a party; a
   *     conflict (409) when the plan is approved already, has no items, or has an item that a party
   *     has not agreed to
   */
  public boolean approve(long planId, User user) {
    return sql.transaction(
        "approve plan " + planId,
        s -> {
          Header plan = Header.lock(s, planId);
          if (!user.role().mayCoordinate()) {
            throw Rights.forbidden(
                "User '"
                    + user.name()
                    + "' is an editor: approving plan "
                    + planId
                    + " needs a coordinator of "
                    + plan.partiesInWords());
          }
          String party = Rights.party(user, plan, "approve it");
          if (plan.locked()) {
            throw AttacheException.conflict("Plan " + planId + " is approved already");
          }
          List<ItemRows.Stored> items = ItemRows.ofPlan(s, planId);
          if (items.isEmpty()) {
            throw AttacheException.conflict("Plan " + planId + " has no items to approve");
          }
          for (ItemRows.Stored item : items) {
            if (item.draft().status() == ItemStatus.PROPOSED) {
              throw AttacheException.conflict(
                  "Item "
                      + item.id()
                      + " '"
                      + item.draft().title()
                      + "' waits for the agreement of "
                      + String.join(" and ", notAgreeing(s, plan, item)));
            }
          }
          s.update(
              "INSERT INTO coord_approval (plan_id, party, revision, user_name) VALUES (?, ?, ?, ?)"
                  + " ON CONFLICT (plan_id, party, revision) DO NOTHING",
              planId,
              party,
              plan.revision(),
              user.name());
          Audit.append(
              s,
              planId,
              Optional.empty(),
              user,
              "approve",
              party + " approved revision " + plan.revision(),
              Optional.empty());
          long approving =
              s.count(
                  "SELECT count(DISTINCT party) FROM coord_approval WHERE plan_id = ?"
                      + " AND revision = ? AND party = ANY(?)",
                  planId,
                  plan.revision(),
                  plan.parties().toArray(String[]::new));
          if (approving < plan.parties().size()) {
            return false;
          }
          s.update("UPDATE coord_plan SET approved_at = clock_timestamp() WHERE id = ?", planId);
          Audit.append(
              s,
              planId,
              Optional.empty(),
              user,
              "lock",
              "approved by every party (" + String.join(", ", plan.parties()) + "): locked",
              Optional.empty());
          return true;
        });
  }

  /** In drafting, a draft that changes what an agreed item is makes it proposed again. */
  private static ItemDraft agreedAnew(Header plan, ItemDraft before, ItemDraft after) {
    if (plan.locked() || before.sameEventAs(after) || after.status() != ItemStatus.AGREED) {
      return after;
    }
    return new ItemDraft(
        after.title(),
        after.kind(),
        after.parties(),
        after.responsible(),
        after.plannedFrom(),
        after.plannedTo(),
        after.place(),
        ItemStatus.PROPOSED,
        after.notes());
  }

  private static boolean agreedByAll(Sql.Statements s, Header plan, long itemId, int revision)
      throws SQLException {
    return notAgreeing(s, plan, itemId, revision).isEmpty();
  }

  private static List<String> notAgreeing(Sql.Statements s, Header plan, ItemRows.Stored item)
      throws SQLException {
    return notAgreeing(s, plan, item.id(), item.revision());
  }

  private static List<String> notAgreeing(Sql.Statements s, Header plan, long itemId, int revision)
      throws SQLException {
    List<String> agreeing =
        s.list(
            "SELECT party FROM (SELECT DISTINCT ON (party) party, agrees FROM coord_response"
                + " WHERE item_id = ? AND revision = ? ORDER BY party, id DESC) latest"
                + " WHERE agrees",
            row -> row.text("party"),
            itemId,
            revision);
    return plan.parties().stream().filter(p -> !agreeing.contains(p)).toList();
  }

  private static void checkFramework(Sql.Statements s, Optional<Long> event) throws SQLException {
    if (event.isPresent()
        && s.count("SELECT count(*) FROM event WHERE id = ? AND type = 'agreement'", event.get())
            == 0) {
      throw AttacheException.badInput(
          "No stored agreement " + event.get() + " to be the framework");
    }
  }

  private static Optional<String> reason(Optional<String> reason) {
    return Checks.optionalText("reason", requireNonNull(reason, "reason is null"), 2000);
  }

  private static String describe(PlanDraft d) {
    return "plan '"
        + d.title()
        + "' of "
        + String.join(", ", d.parties())
        + ", "
        + d.periodFrom()
        + " to "
        + d.periodTo()
        + d.framework().map(f -> ", under " + f).orElse("")
        + (d.areas().isEmpty() ? "" : ", on " + String.join(", ", d.areas()));
  }
}
