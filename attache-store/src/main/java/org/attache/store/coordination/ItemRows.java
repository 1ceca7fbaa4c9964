package org.attache.store.coordination;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.model.PlanItemKind;
import org.attache.model.Vocabulary;
import org.attache.store.query.Sql;

/** Writes and reads items' rows as drafts, for the changes that {@link Drafting} makes. */
final class ItemRows {
  private static final String COLUMNS =
      "title, kind, array_to_string(parties, ' ') AS parties, responsible, planned_from,"
          + " planned_to, place, status, notes";

  private ItemRows() {}

  /** An item's id, position and draft as stored. */
  record Stored(long id, int position, int revision, ItemDraft draft) {}

  static long insert(
      Sql.Statements s, long planId, int position, ItemDraft draft, String proposedBy)
      throws SQLException {
    return s.firstId(
            "INSERT INTO coord_item (plan_id, position, title, kind, parties, responsible,"
                + " planned_from, planned_to, place, status, notes, proposed_by)"
                + " VALUES (?, ?, ?, ?, CAST(? AS party_code[]), ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            planId,
            position,
            draft.title(),
            draft.kind().code(),
            draft.parties().toArray(String[]::new),
            draft.responsible().orElse(null),
            draft.plannedFrom().orElse(null),
            draft.plannedTo().orElse(null),
            draft.place().orElse(null),
            draft.status().code(),
            draft.notes().orElse(null),
            proposedBy)
        .orElseThrow();
  }

  /** Writes a draft over an item; a new revision when it says another event than before. */
  static void update(Sql.Statements s, long itemId, ItemDraft draft, boolean newRevision)
      throws SQLException {
    s.update(
        "UPDATE coord_item SET title = ?, kind = ?, parties = CAST(? AS party_code[]),"
            + " responsible = ?, planned_from = ?, planned_to = ?, place = ?, status = ?,"
            + " notes = ?, revision = revision + ? WHERE id = ?",
        draft.title(),
        draft.kind().code(),
        draft.parties().toArray(String[]::new),
        draft.responsible().orElse(null),
        draft.plannedFrom().orElse(null),
        draft.plannedTo().orElse(null),
        draft.place().orElse(null),
        draft.status().code(),
        draft.notes().orElse(null),
        newRevision ? 1 : 0,
        itemId);
  }

  static Stored read(Sql.Statements s, long itemId) throws SQLException {
    return s.one(
            "SELECT id, position, revision, " + COLUMNS + " FROM coord_item WHERE id = ?",
            ItemRows::stored,
            itemId)
        .orElseThrow();
  }

  static List<Stored> ofPlan(Sql.Statements s, long planId) throws SQLException {
    return new ArrayList<>(
        s.list(
            "SELECT id, position, revision, "
                + COLUMNS
                + " FROM coord_item WHERE plan_id = ? ORDER BY position",
            ItemRows::stored,
            planId));
  }

  static int nextPosition(Sql.Statements s, long planId) throws SQLException {
    return (int)
        s.count("SELECT coalesce(max(position), 0) + 1 FROM coord_item WHERE plan_id = ?", planId);
  }

  private static Stored stored(Sql.Row row) throws SQLException {
    String parties = row.text("parties");
    return new Stored(
        row.number("id"),
        row.integer("position"),
        row.integer("revision"),
        new ItemDraft(
            row.text("title"),
            Vocabulary.parse(PlanItemKind.class, row.text("kind")),
            Plans.codes(parties),
            row.optionalText("responsible"),
            row.optionalText("planned_from"),
            row.optionalText("planned_to"),
            row.optionalText("place"),
            ItemStatus.parse(row.text("status")),
            row.optionalText("notes")));
  }

  /** An item in words for the audit log: "item 3 'Expert round table' (conference, 2021-06)". */
  static String describe(long id, ItemDraft d) {
    StringBuilder words =
        new StringBuilder("item " + id + " '" + d.title() + "' (" + d.kind().code());
    d.plannedFrom()
        .ifPresent(
            f ->
                words.append(", ").append(f).append(d.plannedTo().map(t -> " to " + t).orElse("")));
    d.place().ifPresent(p -> words.append(", ").append(p));
    if (!d.parties().isEmpty()) {
      words.append(", ").append(String.join(" ", d.parties()));
    }
    return words.append(", ").append(d.status().code()).append(')').toString();
  }

  /** What changed between two drafts of an item: "planned: 2021-06 → 2021-09; status: ...". */
  static String differences(ItemDraft before, ItemDraft after) {
    List<String> changes = new ArrayList<>();
    differ(changes, "title", Optional.of(before.title()), Optional.of(after.title()));
    differ(changes, "kind", Optional.of(before.kind().code()), Optional.of(after.kind().code()));
    differ(
        changes,
        "parties",
        Optional.of(String.join(" ", before.parties())),
        Optional.of(String.join(" ", after.parties())));
    differ(changes, "responsible", before.responsible(), after.responsible());
    differ(changes, "planned from", before.plannedFrom(), after.plannedFrom());
    differ(changes, "planned to", before.plannedTo(), after.plannedTo());
    differ(changes, "place", before.place(), after.place());
    differ(
        changes, "status", Optional.of(before.status().code()), Optional.of(after.status().code()));
    differ(changes, "notes", before.notes(), after.notes());
    return String.join("; ", changes);
  }

  private static void differ(
      List<String> changes, String field, Optional<String> before, Optional<String> after) {
    if (!before.equals(after)) {
      changes.add(
          field
              + ": "
              + before.filter(b -> !b.isEmpty()).orElse("–")
              + " → "
              + after.filter(a -> !a.isEmpty()).orElse("–"));
    }
  }
}
