package org.attache.store.review;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
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
  public static final int FIELDS_SHOWN = 10;

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
      readTotals(
          "SELECT count(*) AS documents, coalesce(sum(fields), 0) AS fields FROM review_document",
          totals);
      documents =
          "SELECT document_id, fields, rank, published, 0 AS documents_in_all,"
              + " 0 AS fields_in_all FROM review_document";
    } else {
      // The totals come with the page, counted over every document before the page is cut.
      documents =
          "SELECT g.*, count(*) OVER () AS documents_in_all, sum(g.fields) OVER ()"
              + " AS fields_in_all FROM (SELECT r.document_id, count(*) AS fields,"
              + " min(r.rank) AS rank, min(r.published) AS published FROM review_field r WHERE "
              + where
              + " GROUP BY r.document_id) g";
    }
    Map<String, QueueDocument> page = new LinkedHashMap<>();
    sql.list(
            "SELECT q.document_id, q.fields, q.rank, q.documents_in_all, q.fields_in_all,"
                + " d.title, d.published, left(d.text, 320) AS opening FROM ("
                + documents
                + ORDER
                + " LIMIT ? OFFSET ?) q JOIN document d ON d.id = q.document_id"
                + " ORDER BY q.rank, q.published DESC NULLS LAST, q.document_id",
            row -> {
              if (!filter.isAll()) {
                totals[0] = row.number("documents_in_all");
                totals[1] = row.number("fields_in_all");
              }
              return new QueueDocument(
                  row.text("document_id"),
                  Headings.of(row.optionalText("title"), row.text("opening")),
                  row.optionalText("published"),
                  row.number("fields"),
                  // rank = concern * 2 + confidence, and confidence is at most 1.
                  Concern.of((int) Math.floor(row.decimal("rank") / 2)),
                  List.of());
            },
            pageParameters.toArray())
        .forEach(d -> page.put(d.id(), d));
    if (!filter.isAll() && page.isEmpty() && offset > 0) {
      // A page beyond the last: the totals are counted on their own.
      readTotals(
          "SELECT count(DISTINCT r.document_id) AS documents, count(*) AS fields"
              + " FROM review_field r WHERE "
              + where,
          totals,
          parameters.toArray());
    }
    if (!page.isEmpty()) {
      Map<String, List<QueueField>> fields = fields(page.keySet(), where, parameters);
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

  /** Reads the counts a query gives of {@code documents} and {@code fields} into {@code totals}. */
  private void readTotals(String query, long[] totals, Object... parameters) {
    sql.list(query, row -> new long[] {row.number("documents"), row.number("fields")}, parameters)
        .forEach(t -> System.arraycopy(t, 0, totals, 0, 2));
  }

  /** A field shown, with the actors it names by key ({@code person:12}), not yet by name. */
  private record Shown(
      String document,
      ReviewItem item,
      Concern concern,
      Optional<String> record,
      Optional<String> subject,
      Optional<String> value,
      Optional<String> organisation,
      Optional<Integer> sentenceStart,
      Optional<String> sentence) {}

  /**
   * The first {@link #FIELDS_SHOWN} fields of each document that pass a filter: found by the index
   * of review_field, then read with their quotes and sentences; the actors they name are named once
   * each, whatever the number of fields that name them.
   */
  private Map<String, List<QueueField>> fields(
      Collection<String> documents, String where, List<Object> parameters) {
    List<Object> fieldParameters = new ArrayList<>();
    fieldParameters.add(documents.toArray(String[]::new));
    fieldParameters.addAll(parameters);
    fieldParameters.add(FIELDS_SHOWN);
    List<Shown> shown =
        sql.list(
            "SELECT "
                + Review.ITEM_COLUMNS
                + ", f.concern, f.record, CASE a.subject_kind"
                + " WHEN 'person' THEN 'person:' || a.subject_id"
                + " WHEN 'organisation' THEN 'organisation:' || a.subject_id"
                + " WHEN 'membership' THEN (SELECT 'person:' || m.person_id FROM membership m"
                + " WHERE m.id = a.subject_id)"
                + " WHEN 'event_actor' THEN (SELECT x.actor FROM event_actor x"
                + " WHERE x.id = a.subject_id) END AS subject_actor,"
                + " CASE WHEN a.field = 'on_behalf_of' AND a.value ~ '^[0-9]{1,18}$'"
                + " THEN 'organisation:' || a.value END AS value_actor,"
                + " CASE WHEN a.subject_kind = 'membership' THEN (SELECT"
                + " 'organisation:' || m.organisation_id FROM membership m"
                + " WHERE m.id = a.subject_id) END AS organisation_actor,"
                + " s.span_start AS sentence_start, substr(d.text, s.span_start + 1,"
                + " s.span_end - s.span_start) AS sentence"
                + " FROM (SELECT r.assertion_id, r.document_id, r.concern, r.record,"
                + " row_number() OVER (PARTITION BY r.document_id"
                + " ORDER BY r.rank, a.span_start NULLS LAST, a.id) AS n"
                + " FROM review_field r JOIN assertion a ON a.id = r.assertion_id"
                + " WHERE r.document_id = ANY(?) AND "
                + where
                + ") f JOIN assertion a ON a.id = f.assertion_id"
                + " JOIN document d ON d.id = a.document_id LEFT JOIN LATERAL ("
                + "SELECT x.span_start, x.span_end FROM document_sentence x"
                + " WHERE x.document_id = a.document_id AND x.span_start <= a.span_start"
                + " ORDER BY x.span_start DESC LIMIT 1) s ON s.span_end >= a.span_end"
                + " WHERE f.n <= ? ORDER BY f.document_id, f.n",
            row ->
                new Shown(
                    row.text("document_id"),
                    Review.item(row),
                    Concern.of(row.integer("concern")),
                    row.optionalText("record"),
                    row.optionalText("subject_actor"),
                    row.optionalText("value_actor"),
                    row.optionalText("organisation_actor"),
                    row.optionalInteger("sentence_start"),
                    row.optionalText("sentence")),
            fieldParameters.toArray());
    TreeSet<String> actors = new TreeSet<>();
    for (Shown f : shown) {
      f.subject().ifPresent(actors::add);
      f.value().ifPresent(actors::add);
      f.organisation().ifPresent(actors::add);
    }
    Map<String, String> names = new HashMap<>();
    if (!actors.isEmpty()) {
      sql.list(
              "SELECT actor, actor_name(actor) AS name FROM unnest(?::text[]) AS actor",
              row -> Map.entry(row.text("actor"), row.optionalText("name")),
              (Object) actors.toArray(String[]::new))
          .forEach(e -> e.getValue().ifPresent(n -> names.put(e.getKey(), n)));
    }
    Map<String, List<QueueField>> fields = new LinkedHashMap<>();
    for (Shown f : shown) {
      fields
          .computeIfAbsent(f.document(), k -> new ArrayList<>())
          .add(
              new QueueField(
                  f.item(),
                  f.concern(),
                  f.record(),
                  f.subject().map(names::get),
                  f.value().map(names::get),
                  f.organisation().map(names::get),
                  f.sentenceStart(),
                  f.sentence()));
    }
    return fields;
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
              String memberships =
                  "SELECT s.id FROM membership m JOIN assertion s"
                      + " ON s.subject_kind = 'membership' AND s.subject_id = m.id WHERE "
                      + (person
                          ? "m.person_id = ?"
                          : "m.organisation_id = ? OR m.accredited_to_id = ?");
              if (filter.record().isPresent()
                  || filter.from().isPresent()
                  || filter.to().isPresent()) {
                // With a record or a period too, the queue's few fields of those are read first
                // and each looked up in the actor's: its events, its own names and its posts, each
                // gathered once. A field of an event is the actor's when the event is; one of no
                // event, when it is about the actor or a post of it (a lookup of the event's fields
                // in the queue, as below, read ten times as many rows).
                where
                    .append(" AND (r.event_id IN (SELECT p.event_id FROM event_party p")
                    .append(
                        " WHERE p.actor = ?) OR r.assertion_id IN (SELECT s.id FROM assertion s")
                    .append(" WHERE s.subject_kind = ? AND s.subject_id = ?)")
                    .append(" OR r.assertion_id IN (")
                    .append(memberships)
                    .append(")) IS TRUE");
              } else {
                // The actor's fields are found from the actor's side, by index: the fields of its
                // events, and those of its own names and posts.
                where
                    .append(" AND r.assertion_id IN (SELECT x.assertion_id FROM review_field x")
                    .append(" WHERE x.event_id IN (SELECT p.event_id FROM event_party p")
                    .append(" WHERE p.actor = ?) UNION ALL SELECT s.id FROM assertion s")
                    .append(" WHERE s.subject_kind = ? AND s.subject_id = ? UNION ALL ")
                    .append(memberships)
                    .append(")");
              }
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
              // The comparison of the text, which the index of dates serves, keeps a few too
              // many (a year's documents for a month); the dates' own comparison keeps the right.
              where.append(" AND r.published COLLATE \"C\" >= left(?, 4)");
              where.append(" AND iso_date_last(r.published) >= iso_date_first(?)");
              parameters.add(d);
              parameters.add(d);
            });
    filter
        .to()
        .ifPresent(
            d -> {
              where.append(" AND r.published COLLATE \"C\" <= ? || '~'");
              where.append(" AND iso_date_first(r.published) <= iso_date_last(?)");
              parameters.add(d);
              parameters.add(d);
            });
    return where.toString();
  }
}
