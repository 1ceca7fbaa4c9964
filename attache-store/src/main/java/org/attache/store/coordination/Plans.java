package org.attache.store.coordination;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.model.PlanItemKind;
import org.attache.model.PlanStatus;
import org.attache.model.Vocabulary;
import org.attache.model.error.AttacheException;
import org.attache.store.query.Sql;

/**
 * Reads joint plans with their items, the parties' answers, the approvals and the evidence
 * confirmed, and derives what follows: each item's being overdue, each plan's status and progress.
 * Dates are compared with the day of the clock it is given. Thread-safe.
 */
public final class Plans {
  private static final String PLAN =
      "SELECT id, title, array_to_string(parties, ' ') AS parties, framework,"
          + " framework_event_id, period_from, period_to, array_to_string(areas, ' ') AS areas,"
          + " cancelled, revision, approved_at, source_event_id, created_by, created_at"
          + " FROM coord_plan";

  private final Sql sql;
  private final Clock clock;

  public Plans(Sql sql, Clock clock) {
    this.sql = requireNonNull(sql, "sql is null");
    this.clock = requireNonNull(clock, "clock is null");
  }

  /** Every plan, or those a party is party to, latest period first, each with its items. */
  public List<JointPlan> list(Optional<String> party) {
    return party.isPresent()
        ? read(
            " WHERE parties @> ARRAY[CAST(? AS party_code)] ORDER BY period_from DESC, id",
            party.get())
        : read(" ORDER BY period_from DESC, id");
  }

  /**
   * One plan with its items.
   *
   * @throws AttacheException (not found) naming the id
   */
  public JointPlan plan(long id) {
    List<JointPlan> found = read(" WHERE id = ?", id);
    if (found.isEmpty()) {
      throw AttacheException.notFound("No joint plan " + id);
    }
    return found.get(0);
  }

  /**
   * The plan an item belongs to.
   *
   * @throws AttacheException (not found) naming the item
   */
  public long planOf(long itemId) {
    return sql.one("SELECT plan_id FROM coord_item WHERE id = ?", r -> r.number("plan_id"), itemId)
        .orElseThrow(() -> AttacheException.notFound("No item " + itemId + " of a joint plan"));
  }

  /**
   * The stored organisation or state of a party's code, as the API names actors ({@code
   * organisation:3}), if the record knows it.
   */
  public Optional<String> actor(String party) {
    return sql.one(
        "SELECT 'organisation:' || id AS actor FROM organisation WHERE code = ? ORDER BY id LIMIT 1",
        row -> row.text("actor"),
        party);
  }

  /** Every change to a plan and its items, oldest first. */
  public List<Change> history(long planId) {
    plan(planId);
    return sql.list(
        "SELECT id, plan_id, item_id, user_name, acts_for, action, what, reason, at"
            + " FROM coord_audit WHERE plan_id = ? ORDER BY id",
        row ->
            new Change(
                row.number("id"),
                row.number("plan_id"),
                row.optionalNumber("item_id"),
                row.text("user_name"),
                row.optionalText("acts_for"),
                row.text("action"),
                row.text("what"),
                row.optionalText("reason"),
                row.instant("at")),
        planId);
  }

  private List<JointPlan> read(String where, Object... parameters) {
    return sql.snapshot(
        "read joint plans",
        s -> {
          List<PlanRow> plans = s.list(PLAN + where, Plans::planRow, parameters);
          if (plans.isEmpty()) {
            return List.of();
          }
          Long[] ids = plans.stream().map(PlanRow::id).toArray(Long[]::new);
          Map<Long, List<Response>> responses = new HashMap<>();
          s.forEach(
              "SELECT DISTINCT ON (r.item_id, r.party) r.item_id, r.party, r.agrees, r.comment,"
                  + " r.user_name, r.at FROM coord_response r"
                  + " JOIN coord_item i ON i.id = r.item_id AND r.revision = i.revision"
                  + " WHERE i.plan_id = ANY(?) ORDER BY r.item_id, r.party, r.id DESC",
              row ->
                  responses
                      .computeIfAbsent(row.number("item_id"), k -> new ArrayList<>())
                      .add(
                          new Response(
                              row.text("party"),
                              row.flag("agrees"),
                              row.optionalText("comment"),
                              row.text("user_name"),
                              row.instant("at"))),
              (Object) ids);
          Map<Long, List<Evidence>> evidence = new HashMap<>();
          s.forEach(
              "SELECT t.item_id, t.event_id, t.event_date, t.document_id, t.source, t.headline,"
                  + " t.evidence, t.user_name, t.at FROM coord_tracking t"
                  + " JOIN coord_item i ON i.id = t.item_id"
                  + " WHERE i.plan_id = ANY(?) AND t.decision = 'confirmed'"
                  + " ORDER BY t.item_id, t.event_date NULLS LAST, t.id",
              row ->
                  evidence
                      .computeIfAbsent(row.number("item_id"), k -> new ArrayList<>())
                      .add(
                          new Evidence(
                              row.optionalNumber("event_id"),
                              row.optionalText("event_date"),
                              row.optionalText("document_id"),
                              row.optionalText("source"),
                              row.optionalText("headline"),
                              row.optionalText("evidence"),
                              row.text("user_name"),
                              row.instant("at"))),
              (Object) ids);
          LocalDate today = LocalDate.now(clock);
          Map<Long, List<JointItem>> items = new HashMap<>();
          s.forEach(
              "SELECT id, plan_id, position, title, kind, array_to_string(parties, ' ') AS parties,"
                  + " responsible, planned_from, planned_to, place, status, notes, held_on,"
                  + " proposed_by, revision FROM coord_item WHERE plan_id = ANY(?)"
                  + " ORDER BY plan_id, position",
              row -> {
                long id = row.number("id");
                items
                    .computeIfAbsent(row.number("plan_id"), k -> new ArrayList<>())
                    .add(
                        item(
                            row,
                            today,
                            responses.getOrDefault(id, List.of()),
                            evidence.getOrDefault(id, List.of())));
              },
              (Object) ids);
          Map<Long, List<Approval>> approvals = new HashMap<>();
          s.forEach(
              "SELECT plan_id, party, user_name, revision, at FROM coord_approval"
                  + " WHERE plan_id = ANY(?) ORDER BY plan_id, id",
              row ->
                  approvals
                      .computeIfAbsent(row.number("plan_id"), k -> new ArrayList<>())
                      .add(
                          new Approval(
                              row.text("party"),
                              row.text("user_name"),
                              row.integer("revision"),
                              row.instant("at"))),
              (Object) ids);
          List<JointPlan> result = new ArrayList<>();
          for (PlanRow plan : plans) {
            result.add(
                plan.with(
                    items.getOrDefault(plan.id(), List.of()),
                    approvals.getOrDefault(plan.id(), List.of())));
          }
          return result;
        });
  }

  private static JointItem item(
      Sql.Row row, LocalDate today, List<Response> responses, List<Evidence> evidence)
      throws SQLException {
    ItemStatus status = ItemStatus.parse(row.text("status"));
    Optional<String> from = row.optionalText("planned_from");
    Optional<String> to = row.optionalText("planned_to");
    Optional<String> end = to.or(() -> from);
    boolean overdue =
        status != ItemStatus.HELD
            && status != ItemStatus.CANCELLED
            && end.map(e -> Checks.last(e).isBefore(today)).orElse(false);
    return new JointItem(
        row.number("id"),
        row.number("plan_id"),
        row.integer("position"),
        row.text("title"),
        Vocabulary.parse(PlanItemKind.class, row.text("kind")),
        codes(row.text("parties")),
        row.optionalText("responsible"),
        from,
        to,
        row.optionalText("place"),
        status,
        row.optionalText("notes"),
        row.optionalText("held_on"),
        row.text("proposed_by"),
        row.integer("revision"),
        overdue,
        responses,
        evidence);
  }

  static List<String> codes(String spaced) {
    return spaced.isEmpty() ? List.of() : Arrays.asList(spaced.split(" "));
  }

  private static PlanRow planRow(Sql.Row row) throws SQLException {
    return new PlanRow(
        row.number("id"),
        row.text("title"),
        codes(row.text("parties")),
        row.optionalText("framework"),
        row.optionalNumber("framework_event_id"),
        row.text("period_from"),
        row.text("period_to"),
        codes(row.text("areas")),
        row.flag("cancelled"),
        row.integer("revision"),
        row.optionalInstant("approved_at").isPresent(),
        row.optionalNumber("source_event_id"),
        row.text("created_by"),
        row.instant("created_at"));
  }

  /** A plan's own row, before its items and approvals are read. */
  private record PlanRow(
      long id,
      String title,
      List<String> parties,
      Optional<String> framework,
      Optional<Long> frameworkEvent,
      String periodFrom,
      String periodTo,
      List<String> areas,
      boolean cancelled,
      int revision,
      boolean approved,
      Optional<Long> sourceEvent,
      String createdBy,
      Instant createdAt) {

    JointPlan with(List<JointItem> items, List<Approval> approvals) {
      Progress progress = Progress.of(items);
      List<String> awaiting =
          approved
              ? List.of()
              : parties.stream()
                  .filter(
                      p ->
                          approvals.stream()
                              .noneMatch(a -> a.party().equals(p) && a.revision() == revision))
                  .toList();
      return new JointPlan(
          id,
          title,
          parties,
          framework,
          frameworkEvent,
          periodFrom,
          periodTo,
          areas,
          status(progress),
          approved,
          revision,
          approvals,
          awaiting,
          sourceEvent,
          createdBy,
          createdAt,
          progress,
          items);
    }

    private PlanStatus status(Progress progress) {
      if (cancelled) {
        return PlanStatus.CANCELLED;
      }
      if (!approved) {
        return PlanStatus.DRAFTING;
      }
      if (progress.counted() > 0 && progress.held() == progress.counted()) {
        return PlanStatus.IMPLEMENTED;
      }
      return progress.held() > 0 ? PlanStatus.IN_PROGRESS : PlanStatus.APPROVED;
    }
  }
}
