package org.attache.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.api.AbstractThrowableAssert;

/** Queries that tests ask of a store. */
public final class TestingStore {
  /** Every table of the schema but Flyway's own. */
  public static final List<String> TABLES =
      List.of(
          "document",
          "organisation",
          "person",
          "membership",
          "event",
          "event_actor",
          "event_area",
          "plan_item",
          "assertion",
          "assertion_span",
          "document_sketch",
          "review_log");

  private TestingStore() {}

  /** The number of rows of every table, by table name. */
  public static Map<String, Long> rowCounts(Database database) {
    Map<String, Long> counts = new TreeMap<>();
    for (String table : TABLES) {
      counts.put(table, count(database, "SELECT count(*) FROM " + table));
    }
    return counts;
  }

  /**
   * The fields whose kept current value (current_field) differs from what the rule of field_value
   * gives when computed from the assertions themselves: none, when the trigger kept them in step.
   */
  public static List<List<String>> staleCurrentValues(Database database) {
    String computed =
        "SELECT DISTINCT ON (subject_kind, subject_id, field)"
            + " subject_kind, subject_id, field, value, state, id FROM assertion"
            + " WHERE state <> 'rejected' ORDER BY subject_kind, subject_id, field,"
            + " (state <> 'machine') DESC, reviewed_at DESC NULLS LAST, confidence DESC,"
            + " length(value) DESC NULLS LAST, id";
    String kept =
        "SELECT subject_kind, subject_id, field, value, state, assertion_id FROM current_field";
    return rows(
        database,
        "WITH computed AS ("
            + computed
            + "), kept AS ("
            + kept
            + ") (SELECT * FROM computed EXCEPT SELECT * FROM kept)"
            + " UNION ALL (SELECT * FROM kept EXCEPT SELECT * FROM computed)");
  }

  /** The single number a query gives. */
  public static long count(Database database, String sql, Object... parameters) {
    List<List<String>> rows = rows(database, sql, parameters);
    return Long.parseLong(rows.get(0).get(0));
  }

  /** The refusal of a statement by the database, to say what its message must be. */
  public static AbstractThrowableAssert<?, ? extends Throwable> refusal(
      Database database, String sql) {
    return assertThatThrownBy(() -> execute(database, sql)).isInstanceOf(SQLException.class);
  }

  /** Every row of a result, each as its columns' text. */
  public static List<List<String>> texts(ResultSet rows) throws SQLException {
    List<List<String>> result = new ArrayList<>();
    int columns = rows.getMetaData().getColumnCount();
    while (rows.next()) {
      List<String> row = new ArrayList<>();
      for (int i = 1; i <= columns; i++) {
        row.add(rows.getString(i));
      }
      result.add(row);
    }
    return result;
  }

  /** Every row of a query, each as its columns' text. */
  public static List<List<String>> rows(Database database, String sql, Object... parameters) {
    try (Connection c = database.connect();
        PreparedStatement select = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = select.executeQuery()) {
        return texts(rows);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Query failed: " + sql + ": " + e.getMessage(), e);
    }
  }

  /**
   * Stores a document whose id is 64 times {@code letter} (its source {@code <letter>.txt}), a
   * confirmed value of it and the review log entry of the confirmation.
   */
  public static void reviewedDocument(Database database, char letter) throws SQLException {
    execute(
        database,
        "INSERT INTO document (id, source, language, diplomatic, text, extractor_version)"
            + " VALUES (repeat('"
            + letter
            + "', 64), '"
            + letter
            + ".txt', 'en', true, 'Text.', '0.1.0')");
    execute(
        database,
        "INSERT INTO assertion (document_id, subject_kind, subject_id, field, value,"
            + " extractor_version, confidence, state, reviewed_at)"
            + " VALUES (repeat('"
            + letter
            + "', 64), 'person', 1, 'name', 'X', '0.1.0', 0.5, 'confirmed', now())");
    execute(
        database,
        "INSERT INTO review_log (assertion_id, document_id, subject_kind, subject_id, field,"
            + " action, old_state, new_state, reviewer)"
            + " SELECT id, document_id, subject_kind, subject_id, field, 'confirm', 'machine',"
            + " 'confirmed', 'ana' FROM assertion");
  }

  /** Runs a statement and returns the number of rows it changed. */
  public static int execute(Database database, String sql) throws SQLException {
    try (Connection c = database.connect();
        Statement statement = c.createStatement()) {
      return statement.executeUpdate(sql);
    }
  }
}
