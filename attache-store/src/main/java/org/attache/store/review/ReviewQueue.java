package org.attache.store.review;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attache.model.error.AttacheException;
import org.attache.store.query.Headings;
import org.attache.store.query.Sql;

/**
 * The review queue by document: documents ordered by their most pressing unreviewed field (by
 * {@link Concern}, then the least confident), each with its waiting fields in that order, paged and
 * filtered by record, actor and publication date. Without a filter a page is read from the index of
 * review_document; with one, from the fields that pass it. Thread-safe.
 */
public final class ReviewQueue {
  /** The most fields shown of one document; the document page shows them all. */
  public static final int FIELDS_SHOWN = 20;

  private static final String ORDER = " ORDER BY rank, published DESC NULLS LAST, document_id";

  private final Sql sql;

  public ReviewQueue(Sql sql) {
    this.sql = requireNonNull(sql, "sql is null");
  }

  /**
   * A page of documents with fields waiting for review.
   *
   * @param limit how many documents a page holds, at least 1
   * @param offset how many documents come before the page
   */
  public QueuePage page(QueueFilter filter, int limit, int offset) {
    requireNonNull(filter, "filter is null");
    if (limit < 1 || offset < 0) {
      throw AttacheException.badInput(
          "A page of the review queue needs a limit of at least 1 and an offset of at least 0: "
              + limit
              + ", "
              + offset);
    }
    List<Object> parameters = new ArrayList<>();
    String where = where(filter, parameters);
    long[] totals = new long[2];
    List<Object> pageParameters = new ArrayList<>(parameters);
    pageParameters.add(limit);
    pageParameters.add(offset);
    String documents;
    if (filter.isAll()) {
      sql.list(
              "SELECT count(*) AS documents, coalesce(sum(fields), 0) AS fields"
                  + " FROM review_document",
              row -> new long[] {row.number("documents"), row.number("fields")})
          .forEach(t -> System.arraycopy(t, 0, totals, 0, 2));
      documents = "SELECT document_id, fields, rank, published FROM review_document";
    } else {
      sql.list(
              "SELECT count(DISTINCT r.document_id) AS documents, count(*) AS fields"
                  + " FROM review_field r WHERE "
                  + where,
              row -> new long[] {row.number("documents"), row.number("fields")},
              parameters.toArray())
          .forEach(t -> System.arraycopy(t, 0, totals, 0, 2));
      documents =
          "SELECT r.document_id, count(*) AS fields, min(r.rank) AS rank,"
              + " min(r.published) AS published FROM review_field r WHERE "
              + where
              + " GROUP BY r.document_id";
    }
    Map<String, QueueDocument> page = new LinkedHashMap<>();
    sql.list(
            "SELECT q.document_id, q.fields, q.rank, d.title, d.published,"
                + " left(d.text, 320) AS opening FROM ("
                + documents
                + ORDER
                + " LIMIT ? OFFSET ?) q JOIN document d ON d.id = q.document_id"
                + " ORDER BY q.rank, q.published DESC NULLS LAST, q.document_id",
            row ->
                new QueueDocument(
                    row.text("document_id"),
                    Headings.of(row.optionalText("title"), row.text("opening")),
                    row.optionalText("published"),
                    row.number("fields"),
                    // rank = concern * 2 + confidence, and confidence is at most 1.
                    Concern.of((int) Math.floor(row.decimal("rank") / 2)),
                    List.of()),
            pageParameters.toArray())
        .forEach(d -> page.put(d.id(), d));
    if (!page.isEmpty()) {
      List<Object> fieldParameters = new ArrayList<>();
      fieldParameters.add(page.keySet().toArray(String[]::new));
      fieldParameters.addAll(parameters);
      fieldParameters.add(FIELDS_SHOWN);
      Map<String, List<QueueField>> fields = new LinkedHashMap<>();
      sql.list(
              "SELECT * FROM (SELECT "
                  + Review.ITEM_COLUMNS
                  + ", r.concern, r.record,"
                  + " row_number() OVER (PARTITION BY r.document_id"
                  + " ORDER BY r.rank, a.span_start NULLS LAST, a.id) AS n,"
                  + " CASE a.subject_kind WHEN 'person' THEN actor_name('person:' || a.subject_id)"
                  + " WHEN 'organisation' THEN actor_name('organisation:' || a.subject_id)"
                  + " WHEN 'membership' THEN (SELECT actor_name('person:' || m.person_id)"
                  + " FROM membership m WHERE m.id = a.subject_id)"
                  + " WHEN 'event_actor' THEN (SELECT actor_name(x.actor) FROM event_actor x"
                  + " WHERE x.id = a.subject_id) END AS subject_name,"
                  + " CASE WHEN a.field = 'on_behalf_of' AND a.value ~ '^[0-9]{1,18}$'"
                  + " THEN actor_name('organisation:' || a.value) END AS value_name,"
                  + " CASE WHEN a.subject_kind = 'membership' THEN (SELECT"
                  + " actor_name('organisation:' || m.organisation_id) FROM membership m"
                  + " WHERE m.id = a.subject_id AND m.organisation_id IS NOT NULL)"
                  + " END AS organisation_name"
                  + ", s.span_start AS sentence_start, substr(d.text, s.span_start + 1,"
                  + " s.span_end - s.span_start) AS sentence"
                  + " FROM review_field r JOIN assertion a ON a.id = r.assertion_id"
                  + " JOIN document d ON d.id = a.document_id LEFT JOIN LATERAL ("
                  + "SELECT x.span_start, x.span_end FROM document_sentence x"
                  + " WHERE x.document_id = a.document_id AND x.span_start <= a.span_start"
                  + " ORDER BY x.span_start DESC LIMIT 1) s ON s.span_end >= a.span_end"
                  + " WHERE r.document_id = ANY(?) AND "
                  + where
                  + ") f WHERE f.n <= ? ORDER BY f.document_id, f.n",
              row ->
                  Map.entry(
                      row.text("document_id"),
                      new QueueField(
                          Review.item(row),
                          Concern.of(row.integer("concern")),
                          row.optionalText("record"),
                          row.optionalText("subject_name"),
                          row.optionalText("value_name"),
                          row.optionalText("organisation_name"),
                          row.optionalInteger("sentence_start"),
                          row.optionalText("sentence"))),
              fieldParameters.toArray())
          .forEach(
              e -> fields.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
      page.replaceAll(
          (id, d) ->
              new QueueDocument(
                  d.id(),
                  d.heading(),
                  d.published(),
                  d.waiting(),
                  d.concern(),
                  fields.getOrDefault(id, List.of())));
    }
    return new QueuePage(totals[0], totals[1], limit, offset, List.copyOf(page.values()));
  }

  /** The conditions of a filter on {@code review_field r}, its parameters added in order. */
  private static String where(QueueFilter filter, List<Object> parameters) {
    StringBuilder where = new StringBuilder("TRUE");
    filter
        .record()
        .ifPresent(
            record -> {
              where.append(" AND r.record = ?");
              parameters.add(record);
            });
    filter
        .actor()
        .ifPresent(
            actor -> {
              boolean person = actor.startsWith("person:");
              long id = Long.parseLong(actor.substring(actor.indexOf(':') + 1));
              where
                  .append(" AND (r.event_id IN (SELECT p.event_id FROM event_party p")
                  .append(" WHERE p.actor = ?) OR EXISTS (SELECT 1 FROM assertion s")
                  .append(" WHERE s.id = r.assertion_id AND ((s.subject_kind = ?")
                  .append(" AND s.subject_id = ?) OR (s.subject_kind = 'membership'")
                  .append(" AND s.subject_id IN (SELECT m.id FROM membership m WHERE ")
                  .append(
                      person
                          ? "m.person_id = ?"
                          : "m.organisation_id = ? OR m.accredited_to_id = ?")
                  .append(")))))");
              parameters.add(actor);
              parameters.add(person ? "person" : "organisation");
              parameters.add(id);
              parameters.add(id);
              if (!person) {
                parameters.add(id);
              }
            });
    filter
        .from()
        .ifPresent(
            d -> {
              where.append(" AND iso_date_last(r.published) >= iso_date_first(?)");
              parameters.add(d);
            });
    filter
        .to()
        .ifPresent(
            d -> {
              where.append(" AND iso_date_first(r.published) <= iso_date_last(?)");
              parameters.add(d);
            });
    return where.toString();
  }
}
