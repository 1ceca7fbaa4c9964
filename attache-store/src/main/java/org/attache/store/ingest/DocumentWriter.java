package org.attache.store.ingest;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.model.DocumentInfo;
import org.attache.model.DocumentRecord;
import org.attache.model.Span;
import org.attache.store.Database;
import org.attache.store.StoreException;
import org.attache.store.curation.Curation;
import org.attache.store.merge.IsoDates;
import org.attache.store.merge.TextSketch;
import org.attache.store.query.Sql;

/**
 * Stores documents and their records, each in one transaction, so that a crash leaves a document
 * either fully stored or absent.
 *
 * <ul>
 *   <li>A document already stored by the same extractor version, or by a later release, is left as
 *       it is.
 *   <li>One stored by an earlier release, or by a build of this release from other sources (rules
 *       or word lists), is re-extracted: its machine assertions are replaced, every assertion a
 *       person reviewed is kept as it is, and the events it reported before are recognised by what
 *       the extractor said of them, so that a reviewed field stays with its event.
 *   <li>Writers in several processes may share a database: merging is serialised by a
 *       transaction-level advisory lock, unique constraints refuse duplicates, and a transaction
 *       that fails on a serialisation failure or deadlock is tried again.
 * </ul>
 *
 * <p>Holds one connection; not thread-safe. Use one writer per thread.
 */
public final class DocumentWriter implements AutoCloseable {
  /** What writing a document did. */
  public enum Outcome {
    /** The document was new and is now stored. */
    STORED,
    /** The document was stored already by this version or a later release; nothing changed. */
    UNCHANGED,
    /** The document was stored by another extractor version and has been re-extracted. */
    REEXTRACTED
  }

  /** The advisory lock that serialises merging across writers ("Attache" in ASCII). */
  static final long MERGE_LOCK = 0x417474616368L;

  private static final int ATTEMPTS = 5;
  private static final List<String> GARBAGE_ORDER =
      List.of(
          "event_actor",
          "event_area",
          "plan_item",
          "membership",
          "event",
          "person",
          "organisation");

  private final Database database;
  private Connection connection;

  public DocumentWriter(Database database) {
    this.database = requireNonNull(database, "database is null");
  }

  /**
   * Whether a document needs writing: it is not stored, or stored by a version that {@code
   * extractorVersion} replaces (an earlier release, or another build of this one). Lets a caller
   * skip extracting what is stored already.
   */
  public boolean needs(String documentId, String extractorVersion) {
    try {
      Optional<String> stored =
          Sql.on(connection())
              .one(
                  "SELECT extractor_version FROM document WHERE id = ?",
                  row -> row.text("extractor_version"),
                  documentId);
      return stored.isEmpty() || Versions.replaces(extractorVersion, stored.get());
    } catch (SQLException e) {
      throw new StoreException("Cannot look up document " + documentId + ": " + e.getMessage(), e);
    }
  }

  /**
   * Stores a document and its record in one transaction.
   *
   * @param document the document as the extractor read it
   * @param record the record extracted from it
   * @param extractorVersion the version of the extractor that made the record
   * @throws IllegalArgumentException when the record is not of this document
   * @throws StoreException naming the document when the database refuses it
   */
  public Outcome write(IncomingDocument document, DocumentRecord record, String extractorVersion) {
    return write(document, record, extractorVersion, WithDocument.NOTHING);
  }

  /**
   * Stores a document and its record in one transaction with what {@code also} writes.
   *
   * @see #write(IncomingDocument, DocumentRecord, String)
   */
  public Outcome write(
      IncomingDocument document,
      DocumentRecord record,
      String extractorVersion,
      WithDocument also) {
    requireNonNull(document, "document is null");
    requireNonNull(also, "also is null");
    requireNonNull(record, "record is null");
    requireNonNull(extractorVersion, "extractorVersion is null");
    String id = record.document().id();
    if (!id.equals(document.id())) {
      throw new IllegalArgumentException(
          "The record of document " + id + " is not of document " + document.id());
    }
    for (int attempt = 1; ; attempt++) {
      Connection c = connection();
      try {
        c.setAutoCommit(false);
        Outcome outcome = writeInTransaction(c, document, record, extractorVersion);
        also.write(Sql.on(c), id);
        c.commit();
        return outcome;
      } catch (SQLException e) {
        rollback(c);
        boolean retry = "40001".equals(e.getSQLState()) || "40P01".equals(e.getSQLState());
        if (!retry || attempt == ATTEMPTS) {
          throw new StoreException(
              "Cannot store document " + id + " (" + document.source() + "): " + e.getMessage(), e);
        }
      } catch (RuntimeException e) {
        rollback(c);
        throw e;
      } finally {
        autoCommit(c);
      }
    }
  }

  private static Outcome writeInTransaction(
      Connection c, IncomingDocument document, DocumentRecord record, String version)
      throws SQLException {
    Sql.Statements sql = Sql.on(c);
    String id = record.document().id();
    sql.execute("SELECT pg_advisory_xact_lock(?)", MERGE_LOCK);
    Optional<String> stored =
        sql.one(
            "SELECT extractor_version FROM document WHERE id = ? FOR UPDATE",
            row -> row.text("extractor_version"),
            id);
    if (stored.isPresent() && !Versions.replaces(version, stored.get())) {
      return Outcome.UNCHANGED;
    }
    Map<String, List<Long>> before = stored.isPresent() ? subjects(sql, id) : Map.of();
    String text = document.text();
    saveDocument(sql, document, text, record.document(), version, stored.isPresent());
    Set<String> copies = NearCopies.find(sql, id, TextSketch.of(text));
    List<Pending> assertions =
        new RecordWriter(sql, record, document.fieldSources(), copies).write();
    upsert(sql, id, version, assertions);
    writeSpans(sql, id, assertions);
    if (stored.isEmpty()) {
      return Outcome.STORED;
    }
    sql.update(
        "DELETE FROM assertion WHERE document_id = ? AND state = 'machine'"
            + " AND extractor_version <> ?",
        id,
        version);
    collectGarbage(sql, before);
    Curation.replay(sql, id);
    return Outcome.REEXTRACTED;
  }

  private static void saveDocument(
      Sql.Statements sql,
      IncomingDocument document,
      String text,
      DocumentInfo info,
      String version,
      boolean update)
      throws SQLException {
    String statement =
        update
            ? "UPDATE document SET title = ?, published = ?, source = ?, url = ?, language = ?,"
                + " diplomatic = ?, text = ?, extractor_version = ?, extracted_at = now()"
                + " WHERE id = ?"
            : "INSERT INTO document (title, published, source, url, language, diplomatic, text,"
                + " extractor_version, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    sql.update(
        statement,
        info.title().orElse(null),
        info.published().filter(IsoDates::isValid).orElse(null),
        info.source(),
        document.url().orElse(null),
        info.language(),
        info.diplomatic(),
        text,
        version,
        info.id());
  }

  private static void upsert(
      Sql.Statements sql, String documentId, String version, List<Pending> all)
      throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    for (Pending p : all) {
      rows.add(
          new Object[] {
            documentId,
            p.subjectKind(),
            p.subjectId(),
            p.field(),
            p.value(),
            p.value(),
            p.span().map(Span::start).orElse(null),
            p.span().map(Span::end).orElse(null),
            version,
            p.confidence()
          });
    }
    sql.batch(
        "INSERT INTO assertion (document_id, subject_kind, subject_id, field, value,"
            + " machine_value, span_start, span_end, extractor_version, confidence)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (document_id, subject_kind, subject_id, field) DO UPDATE SET"
            + " value = EXCLUDED.value, machine_value = EXCLUDED.machine_value,"
            + " span_start = EXCLUDED.span_start, span_end = EXCLUDED.span_end,"
            + " extractor_version = EXCLUDED.extractor_version,"
            + " confidence = EXCLUDED.confidence"
            + " WHERE assertion.state = 'machine'",
        rows);
  }

  /**
   * Writes every span of the document's machine assertions, replacing what an earlier extraction
   * wrote; the spans of an assertion a person reviewed stay as they were.
   */
  private static void writeSpans(Sql.Statements sql, String documentId, List<Pending> all)
      throws SQLException {
    sql.update(
        "DELETE FROM assertion_span s USING assertion a WHERE s.assertion_id = a.id"
            + " AND a.document_id = ? AND a.state = 'machine'",
        documentId);
    List<String> kinds = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    for (Pending p : all) {
      for (Span span : p.spans()) {
        kinds.add(p.subjectKind());
        ids.add(p.subjectId());
        fields.add(p.field());
        starts.add(span.start());
        ends.add(span.end());
      }
    }
    if (kinds.isEmpty()) {
      return;
    }
    sql.update(
        "INSERT INTO assertion_span (assertion_id, span_start, span_end)"
            + " SELECT a.id, x.span_start, x.span_end"
            + " FROM unnest(?::text[], ?::bigint[], ?::text[], ?::integer[], ?::integer[])"
            + " AS x(subject_kind, subject_id, field, span_start, span_end)"
            + " JOIN assertion a ON a.document_id = ? AND a.subject_kind = x.subject_kind"
            + " AND a.subject_id = x.subject_id AND a.field = x.field"
            + " WHERE a.state = 'machine' ON CONFLICT DO NOTHING",
        kinds.toArray(String[]::new),
        ids.toArray(Long[]::new),
        fields.toArray(String[]::new),
        starts.toArray(Integer[]::new),
        ends.toArray(Integer[]::new),
        documentId);
  }

  private static Map<String, List<Long>> subjects(Sql.Statements sql, String documentId)
      throws SQLException {
    Map<String, List<Long>> result = new HashMap<>();
    sql.forEach(
        "SELECT DISTINCT subject_kind, subject_id FROM assertion WHERE document_id = ?",
        row ->
            result
                .computeIfAbsent(row.text("subject_kind"), k -> new ArrayList<>())
                .add(row.number("subject_id")),
        documentId);
    return result;
  }

  /** Deletes what a re-extraction left without any assertion (and nothing refers to). */
  private static void collectGarbage(Sql.Statements sql, Map<String, List<Long>> subjects)
      throws SQLException {
    for (String kind : GARBAGE_ORDER) {
      List<Long> ids = subjects.getOrDefault(kind, List.of());
      if (ids.isEmpty()) {
        continue;
      }
      String unreferenced =
          switch (kind) {
            case "person" ->
                " AND NOT EXISTS (SELECT 1 FROM event_actor r WHERE r.person_id = t.id)"
                    + " AND NOT EXISTS (SELECT 1 FROM membership r WHERE r.person_id = t.id)";
            case "organisation" ->
                " AND NOT EXISTS (SELECT 1 FROM event_actor r WHERE r.organisation_id = t.id)"
                    + " AND NOT EXISTS (SELECT 1 FROM membership r WHERE r.organisation_id = t.id"
                    + " OR r.accredited_to_id = t.id)";
            default -> "";
          };
      sql.update(
          "DELETE FROM "
              + kind
              + " t WHERE t.id = ANY (?) AND NOT EXISTS (SELECT 1 FROM assertion a"
              + " WHERE a.subject_kind = ? AND a.subject_id = t.id)"
              + unreferenced,
          ids.toArray(Long[]::new),
          kind);
    }
  }

  private Connection connection() {
    try {
      if (connection == null || connection.isClosed()) {
        connection = database.connect();
      }
      return connection;
    } catch (SQLException e) {
      throw new StoreException("Cannot connect to " + database.description(), e);
    }
  }

  private static void rollback(Connection c) {
    try {
      c.rollback();
    } catch (SQLException e) {
      // The transaction is lost with the connection; nothing was committed.
    }
  }

  private static void autoCommit(Connection c) {
    try {
      if (!c.isClosed()) {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      // A broken connection is replaced on the next use.
    }
  }

  @Override
  public void close() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        throw new StoreException("Cannot close the connection to " + database.description(), e);
      }
    }
  }
}
