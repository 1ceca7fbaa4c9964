package org.attache.store.coordination;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.model.PlanItemKind;
import org.attache.model.error.AttacheException;
import org.attache.store.query.Sql;
import org.attache.store.users.User;

/**
 * The plan records that the extractor found, offered as joint plans for a person to confirm. A
 * confirmed suggestion becomes a plan in drafting with the record's title, parties, framework,
 * period and areas, and its items as proposed items; a record is made a plan once. Thread-safe.
 */
public final class Suggestions {
  private static final String SELECT =
      "SELECT p.id, p.title, p.period_from, p.period_to, p.reported_status, p.framework_id,"
          + " (SELECT coalesce(a.title, concat_ws(' ', a.instrument, a.signed))"
          + " FROM agreement_view a WHERE a.id = p.framework_id) AS framework,"
          + " array_to_string(ARRAY(SELECT o.code FROM event_actor_view x"
          + " JOIN organisation o ON o.id = x.organisation_id WHERE x.event_id = p.id"
          + " AND x.link = 'party' AND o.code ~ '^[A-Z][A-Z0-9]{1,15}$' ORDER BY x.id), ' ')"
          + " AS parties,"
          + " array_to_string(ARRAY(SELECT a.area FROM event_area_view a WHERE a.event_id = p.id"
          + " ORDER BY a.area), ' ') AS areas,"
          + " ARRAY(SELECT i.id FROM plan_item_view i WHERE i.plan_id = p.id ORDER BY i.id)"
          + " AS items,"
          + " (SELECT s.document_id FROM event_source s WHERE s.event_id = p.id"
          + " ORDER BY s.published NULLS LAST, s.document_id LIMIT 1) AS document_id"
          + " FROM plan_view p";

  private final Sql sql;
  private final Drafting drafting;

  public Suggestions(Sql sql, Drafting drafting) {
    this.sql = requireNonNull(sql, "sql is null");
    this.drafting = requireNonNull(drafting, "drafting is null");
  }

  /** The plan records no joint plan was made from, latest period first. */
  public List<Suggestion> list() {
    return read(
        " WHERE NOT EXISTS (SELECT 1 FROM coord_plan c WHERE c.source_event_id = p.id)"
            + " ORDER BY p.period_from DESC NULLS LAST, p.id");
  }

  /**
   * Makes a plan record a joint plan in drafting, its items proposed.
   *
   * @return the joint plan's id
   * @throws AttacheException not found for an id that is no plan record; bad input for a record
   *     without a period or a party with a code; a conflict when it was made a plan already
   */
  public long adopt(long event, User user) {
    Suggestion s =
        read(" WHERE p.id = ?", event).stream()
            .findFirst()
            .orElseThrow(() -> AttacheException.notFound("No plan record " + event));
    if (s.parties().isEmpty()) {
      throw AttacheException.badInput(
          "The plan record " + event + " names no party with a code; make the plan by hand");
    }
    String from =
        s.periodFrom()
            .or(s::periodTo)
            .orElseThrow(
                () ->
                    AttacheException.badInput(
                        "The plan record " + event + " gives no period; make the plan by hand"));
    String to = s.periodTo().orElse(from);
    String title =
        s.title().orElse("Plan of " + String.join(" and ", s.parties()) + ", " + from + "–" + to);
    List<ItemDraft> items = new ArrayList<>();
    for (String item : s.items()) {
      items.add(
          new ItemDraft(
              item,
              PlanItemKind.OTHER,
              List.of(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              ItemStatus.PROPOSED,
              Optional.empty()));
    }
    return drafting.create(
        new PlanDraft(title, s.parties(), s.framework(), s.frameworkEvent(), from, to, s.areas()),
        user,
        Optional.of(event),
        items);
  }

  private List<Suggestion> read(String where, Object... parameters) {
    return sql.snapshot(
        "read the plan records",
        s -> {
          List<Suggestion> found = new ArrayList<>();
          for (Row row : s.list(SELECT + where, Suggestions::row, parameters)) {
            List<String> titles =
                row.items().length == 0
                    ? List.of()
                    : s.list(
                        "SELECT title FROM plan_item_view WHERE id = ANY(?) AND title IS NOT NULL"
                            + " ORDER BY id",
                        r -> r.text("title"),
                        (Object) toLongs(row.items()));
            Optional<String> headline =
                row.documentId().isEmpty()
                    ? Optional.empty()
                    : s.one(
                            "SELECT title FROM document WHERE id = ?",
                            r -> r.optionalText("title"),
                            row.documentId().get())
                        .flatMap(t -> t);
            found.add(
                new Suggestion(
                    row.id(),
                    row.title(),
                    Plans.codes(row.parties()),
                    row.framework(),
                    row.frameworkEvent(),
                    row.periodFrom(),
                    row.periodTo(),
                    row.reportedStatus(),
                    Plans.codes(row.areas()),
                    titles,
                    row.documentId(),
                    headline));
          }
          return found;
        });
  }

  private static Long[] toLongs(long[] ids) {
    Long[] boxed = new Long[ids.length];
    for (int i = 0; i < ids.length; i++) {
      boxed[i] = ids[i];
    }
    return boxed;
  }

  private static Row row(Sql.Row row) throws SQLException {
    return new Row(
        row.number("id"),
        row.optionalText("title"),
        row.optionalText("period_from"),
        row.optionalText("period_to"),
        row.optionalText("reported_status"),
        row.optionalNumber("framework_id"),
        row.optionalText("framework"),
        row.text("parties"),
        row.text("areas"),
        row.numbers("items"),
        row.optionalText("document_id"));
  }

  private record Row(
      long id,
      Optional<String> title,
      Optional<String> periodFrom,
      Optional<String> periodTo,
      Optional<String> reportedStatus,
      Optional<Long> frameworkEvent,
      Optional<String> framework,
      String parties,
      String areas,
      long[] items,
      Optional<String> documentId) {}
}
