package org.attache.server.query;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Documents: the list, full-text search, and one document with the spans of its fields. */
public final class Documents {
  private static final String SEARCH_VECTOR =
      "to_tsvector('simple', coalesce(d.title, '') || ' ' || d.text)";

  private final Sql sql;

  public Documents(Sql sql) {
    this.sql = requireNonNull(sql, "sql is null");
  }

  /** The latest documents first. */
  public Map<String, Object> list(int limit, int offset) {
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("total", sql.count("SELECT count(*) FROM document"));
    page.put("limit", limit);
    page.put("offset", offset);
    page.put(
        "items",
        sql.rows(
            "SELECT d.id, d.title, d.published, d.source, d.url FROM document d"
                + " ORDER BY d.published DESC NULLS LAST, d.id LIMIT ? OFFSET ?",
            limit,
            offset));
    return page;
  }

  /**
   * Documents matching a web-style query ({@code "exact phrase" word -excluded or}), PostgreSQL
   * full-text search, best first.
   */
  public List<Map<String, Object>> search(String query, int limit) {
    return sql.rows(
        "SELECT d.id, d.title, d.published, d.source, left(d.text, 240) AS excerpt,"
            + " ts_rank("
            + SEARCH_VECTOR
            + ", q) AS rank FROM document d, websearch_to_tsquery('simple', ?) q"
            + " WHERE "
            + SEARCH_VECTOR
            + " @@ q ORDER BY rank DESC, d.published DESC NULLS LAST, d.id LIMIT ?",
        query,
        limit);
  }

  /**
   * One document with its text, every field it asserts and its events. A field has its main span
   * ({@code span_start}, {@code span_end}) and every span it was read from ({@code spans}, a list
   * of {@code {start, end}} in text order).
   */
  public Optional<Map<String, Object>> one(String id) {
    Optional<Map<String, Object>> found =
        sql.row(
            "SELECT d.id, d.title, d.published, d.source, d.url, d.language, d.diplomatic,"
                + " d.extractor_version, d.text FROM document d WHERE d.id = ?",
            id);
    if (found.isEmpty()) {
      return found;
    }
    Map<String, Object> document = new LinkedHashMap<>(found.get());
    Map<Long, List<Map<String, Object>>> spans = new HashMap<>();
    for (Map<String, Object> span :
        sql.rows(
            "SELECT s.assertion_id, s.span_start AS \"start\", s.span_end AS \"end\""
                + " FROM assertion_span s JOIN assertion a ON a.id = s.assertion_id"
                + " WHERE a.document_id = ? ORDER BY s.assertion_id, s.span_start, s.span_end",
            id)) {
      long assertion = ((Number) span.remove("assertion_id")).longValue();
      spans.computeIfAbsent(assertion, k -> new ArrayList<>()).add(span);
    }
    List<Map<String, Object>> fields = new ArrayList<>();
    for (Map<String, Object> row :
        sql.rows(
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
                + " WHERE event.id = a.subject_id) END AS event_type"
                + " FROM assertion a WHERE a.document_id = ?"
                + " ORDER BY a.span_start NULLS LAST, a.id",
            id)) {
      Map<String, Object> field = new LinkedHashMap<>(row);
      field.put("spans", spans.getOrDefault(((Number) row.get("id")).longValue(), List.of()));
      fields.add(field);
    }
    document.put("fields", fields);
    document.put(
        "events",
        sql.rows(
            "SELECT DISTINCT e.id, e.type, e.date FROM event_source s"
                + " JOIN event_date e ON e.id = s.event_id WHERE s.document_id = ?"
                + " ORDER BY e.date NULLS LAST, e.id",
            id));
    return Optional.of(document);
  }
}
