package org.attache.store.ingest;

import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;
import org.attache.store.merge.TextSketch;
import org.attache.store.query.Sql;

/**
 * Keeps the sketch of every stored document's text and finds the stored near-copies of a document
 * by it: the documents that share a band of the sketch, kept when their sketches say they are
 * near-copies ({@link TextSketch#nearCopy}). A lookup reads an index, not the whole store.
 */
final class NearCopies {
  private NearCopies() {}

  /**
   * Stores the sketch of a document (once: a document's text never changes) and returns the other
   * stored documents that are near-copies of it, by id.
   */
  static Set<String> find(Sql.Statements sql, String documentId, TextSketch sketch)
      throws SQLException {
    Set<String> copies = new TreeSet<>();
    long[] bands = sketch.bands();
    if (bands.length > 0) {
      sql.forEach(
          "SELECT document_id, shingles, minhash FROM document_sketch"
              + " WHERE bands && ? AND document_id <> ?",
          row -> {
            if (sketch.nearCopy(
                TextSketch.stored(row.integer("shingles"), row.numbers("minhash")))) {
              copies.add(row.text("document_id"));
            }
          },
          boxed(bands),
          documentId);
    }
    sql.update(
        "INSERT INTO document_sketch (document_id, shingles, minhash, bands)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT (document_id) DO NOTHING",
        documentId,
        sketch.shingles(),
        boxed(sketch.minima()),
        boxed(bands));
    return copies;
  }

  private static Long[] boxed(long[] values) {
    Long[] boxed = new Long[values.length];
    for (int i = 0; i < values.length; i++) {
      boxed[i] = values[i];
    }
    return boxed;
  }
}
