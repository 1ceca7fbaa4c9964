package org.attache.store.ingest;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;
import org.attache.store.merge.TextSketch;

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
  static Set<String> find(Connection c, String documentId, TextSketch sketch) throws SQLException {
    Set<String> copies = new TreeSet<>();
    long[] bands = sketch.bands();
    if (bands.length > 0) {
      try (PreparedStatement select =
          c.prepareStatement(
              "SELECT document_id, shingles, minhash FROM document_sketch"
                  + " WHERE bands && ? AND document_id <> ?")) {
        select.setArray(1, c.createArrayOf("bigint", boxed(bands)));
        select.setString(2, documentId);
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            TextSketch other = TextSketch.stored(rows.getInt(2), longs(rows.getArray(3)));
            if (sketch.nearCopy(other)) {
              copies.add(rows.getString(1));
            }
          }
        }
      }
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO document_sketch (document_id, shingles, minhash, bands)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (document_id) DO NOTHING")) {
      insert.setString(1, documentId);
      insert.setInt(2, sketch.shingles());
      insert.setArray(3, c.createArrayOf("bigint", boxed(sketch.minima())));
      insert.setArray(4, c.createArrayOf("bigint", boxed(bands)));
      insert.executeUpdate();
    }
    return copies;
  }

  private static Long[] boxed(long[] values) {
    Long[] boxed = new Long[values.length];
    for (int i = 0; i < values.length; i++) {
      boxed[i] = values[i];
    }
    return boxed;
  }

  private static long[] longs(Array array) throws SQLException {
    Object[] values = (Object[]) array.getArray();
    long[] result = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = ((Number) values[i]).longValue();
    }
    return result;
  }
}
