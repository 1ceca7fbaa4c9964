package org.attache.store.ingest;

import java.sql.SQLException;
import org.attache.store.query.Sql;

/**
 * What must be written in the transaction that stores a document, so that both are committed or
 * neither: the key of the feed item the document came from, say ({@link
 * org.attache.store.sources.SourceItems#stored}). Runs whatever the write did: stored the document,
 * re-extracted it, or found it stored already.
 */
@FunctionalInterface
public interface WithDocument {
  /** Nothing more. */
  WithDocument NOTHING = (sql, documentId) -> {};

  /**
   * Writes, in the document's transaction.
   *
   * @param documentId the id of the document written
   */
  void write(Sql.Statements sql, String documentId) throws SQLException;
}
