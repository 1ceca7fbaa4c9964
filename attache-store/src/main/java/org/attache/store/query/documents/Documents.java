package org.attache.store.query.documents;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.store.query.Headings;
import org.attache.store.query.Sql;
import org.attache.store.query.events.EventSummary;
import org.attache.store.query.events.Events;

/** Documents: the list, full-text search, and one document with the spans of its fields. */
public final class Documents {
  private final Sql sql;

  public Documents(Sql sql) {
    this.sql = requireNonNull(sql, "sql is null");
  }

  /** The latest documents first. */
  public DocumentPage list(int limit, int offset) {
    return page("TRUE", limit, offset);
  }

  /** The latest documents first, of those the triage found diplomatic or of the others. */
  public DocumentPage list(boolean diplomatic, int limit, int offset) {
    return page(diplomatic ? "d.diplomatic" : "NOT d.diplomatic", limit, offset);
  }

  /**
   * A page of the latest documents, of those the triage found diplomatic or of the others, without
   * counting them: for a caller that knows how many there are.
   */
  public List<DocumentSummary> latest(boolean diplomatic, int limit, int offset) {
    return items(diplomatic ? "d.diplomatic" : "NOT d.diplomatic", limit, offset);
  }

  private DocumentPage page(String where, int limit, int offset) {
    return new DocumentPage(
        sql.count("SELECT count(*) FROM document d WHERE " + where),
        limit,
        offset,
        items(where, limit, offset));
  }

  private List<DocumentSummary> items(String where, int limit, int offset) {
    return sql.list(
        "SELECT d.id, d.title, d.published, d.source, d.url, d.diplomatic,"
            + " left(d.text, 320) AS opening FROM document d WHERE "
            + where
            + " ORDER BY d.published DESC NULLS LAST, d.id LIMIT ? OFFSET ?",
        row ->
            new DocumentSummary(
                row.text("id"),
                Headings.of(row.optionalText("title"), row.text("opening")),
                row.optionalText("title"),
                row.optionalText("published"),
                row.optionalText("source"),
                row.optionalText("url"),
                row.flag("diplomatic")),
        limit,
        offset);
  }

  /**
   * Documents matching a web-style query ({@code "exact phrase" word -excluded or}), PostgreSQL
   * full-text search on the stored vectors, best first (a word of the title counts more than one of
   * the text), each with its sentence that matches best: one that matches the whole query, else the
   * one that holds the most of its words. Chinese is searched as pairs of characters (migration
   * V13): a Chinese word of two or more characters is found inside a sentence.
   */
  public List<DocumentHit> search(String query, int limit) {
    return sql.list(
        "WITH w AS (SELECT websearch_to_tsquery('simple', han_query(?)) AS q),"
            + " q AS (SELECT w.q, CASE WHEN querytree(w.q) = 'T' THEN w.q"
            + " ELSE querytree(w.q)::tsquery END AS ranked,"
            + " tsvector_to_array(to_tsvector('simple', han_bigrams(?))) AS words FROM w),"
            + " hits AS (SELECT d.id, d.title, d.published, d.source,"
            + " ts_rank(d.search, q.ranked) AS rank"
            + " FROM document d, q WHERE d.search @@ q.q"
            + " ORDER BY rank DESC, d.published DESC NULLS LAST, d.id LIMIT ?)"
            + " SELECT h.id, h.title, h.published, h.source, h.rank,"
            + " left(d.text, 240) AS excerpt, s.span_start,"
            + " substr(d.text, s.span_start + 1, s.span_end - s.span_start) AS sentence"
            + " FROM hits h JOIN document d ON d.id = h.id LEFT JOIN LATERAL ("
            + " SELECT x.span_start, x.span_end FROM document_sentence x, q"
            + " WHERE x.document_id = h.id ORDER BY x.search @@ q.q DESC,"
            + " (SELECT count(*) FROM unnest(tsvector_to_array(x.search)) w"
            + " WHERE w = ANY(q.words)) DESC, x.span_start LIMIT 1) s ON TRUE"
            + " ORDER BY h.rank DESC, h.published DESC NULLS LAST, h.id",
        row ->
            new DocumentHit(
                row.text("id"),
                Headings.of(row.optionalText("title"), row.text("excerpt")),
                row.optionalText("title"),
                row.optionalText("published"),
                row.optionalText("source"),
                row.text("excerpt"),
                row.real("rank"),
                row.optionalInteger("span_start"),
                row.optionalText("sentence")),
        query,
        query,
        limit);
  }

  /** One document with its text, every field it asserts with its spans, and its events. */
  public Optional<DocumentDetail> one(String id) {
    return sql.one(
            "SELECT d.id, d.title, d.published, d.source, d.url, d.language, d.diplomatic,"
                + " d.extractor_version, d.text FROM document d WHERE d.id = ?",
            row ->
                new DocumentDetail(
                    row.text("id"),
                    row.optionalText("title"),
                    row.optionalText("published"),
                    row.optionalText("source"),
                    row.optionalText("url"),
                    row.text("language"),
                    row.flag("diplomatic"),
                    row.text("extractor_version"),
                    row.text("text"),
                    List.of(),
                    List.of()),
            id)
        .map(d -> d.with(fields(id), events(id)));
  }

  private List<DocumentField> fields(String id) {
    Map<Long, List<Span>> spans = new HashMap<>();
    sql.list(
            "SELECT s.assertion_id, s.span_start, s.span_end"
                + " FROM assertion_span s JOIN assertion a ON a.id = s.assertion_id"
                + " WHERE a.document_id = ? ORDER BY s.assertion_id, s.span_start, s.span_end",
            row ->
                Map.entry(
                    row.number("assertion_id"),
                    new Span((int) row.number("span_start"), (int) row.number("span_end"))),
            id)
        .forEach(e -> spans.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return sql.list(
        "SELECT a.id, a.subject_kind, a.subject_id, a.field, a.value, a.span_start,"
            + " a.span_end, a.confidence, a.state::text AS state,"
            + " CASE WHEN a.subject_kind = 'person' AND a.field = 'name' THEN 'person'"
            + " WHEN a.subject_kind = 'organisation' AND a.field = 'name' THEN 'organisation'"
            + " WHEN a.subject_kind = 'event_actor' AND a.field = 'role' THEN (SELECT CASE"
            + " WHEN x.person_id IS NOT NULL THEN 'person' ELSE 'organisation' END"
            + " FROM event_actor x WHERE x.id = a.subject_id)"
            + " WHEN a.field LIKE 'place.%' THEN 'place'"
            + " WHEN a.field IN ('date', 'planned', 'actual', 'period.from', 'period.to',"
            + " 'in_force_from', 'expires') THEN 'date' END AS highlight,"
            + " CASE WHEN a.subject_kind = 'event' THEN (SELECT type FROM event"
            + " WHERE event.id = a.subject_id) END AS event_type,"
            + " CASE a.subject_kind WHEN 'person' THEN actor_name('person:' || a.subject_id)"
            + " WHEN 'organisation' THEN actor_name('organisation:' || a.subject_id)"
            + " WHEN 'membership' THEN (SELECT actor_name('person:' || m.person_id)"
            + " FROM membership m WHERE m.id = a.subject_id)"
            + " WHEN 'event_actor' THEN (SELECT actor_name(x.actor) FROM event_actor x"
            + " WHERE x.id = a.subject_id) END AS subject_name,"
            + " CASE WHEN a.field = 'on_behalf_of' AND a.value ~ '^[0-9]{1,18}$'"
            + " THEN actor_name('organisation:' || a.value) END AS value_name"
            + " FROM assertion a WHERE a.document_id = ?"
            + " ORDER BY a.span_start NULLS LAST, a.id",
        row ->
            new DocumentField(
                row.number("id"),
                row.text("subject_kind"),
                row.number("subject_id"),
                row.text("field"),
                row.optionalText("value"),
                row.optionalInteger("span_start"),
                row.optionalInteger("span_end"),
                row.decimal("confidence"),
                row.text("state"),
                row.optionalText("highlight"),
                row.optionalText("event_type"),
                row.optionalText("subject_name"),
                row.optionalText("value_name"),
                spans.getOrDefault(row.number("id"), List.of())),
        id);
  }

  private List<EventSummary> events(String id) {
    return sql.list(
        "SELECT DISTINCT e.id, e.type, e.date FROM event_source s"
            + " JOIN event_date e ON e.id = s.event_id WHERE s.document_id = ?"
            + " ORDER BY e.date NULLS LAST, e.id",
        Events::summary,
        id);
  }
}
