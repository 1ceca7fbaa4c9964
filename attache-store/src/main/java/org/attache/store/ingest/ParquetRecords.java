package org.attache.store.ingest;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.attache.store.StoreException;

/**
 * The {@code record_json} column of a Parquet file, as attache-spark writes its records, read with
 * DuckDB row by row in the file's order: the records of {@code attache ingest --records}.
 */
public final class ParquetRecords {
  private ParquetRecords() {}

  /** Takes in one record of a file. */
  @FunctionalInterface
  public interface Reader {
    /**
     * @param row its row in the file, from 1
     * @param json its JSON, empty when the row holds none
     */
    void read(int row, String json);
  }

  /**
   * Reads each record of a file in order.
   *
   * @throws StoreException naming the file when it is not Parquet or has no record_json column
   */
  public static void read(Path file, Reader reader) {
    // DuckDB's table functions take no bound parameters: the path is written as a quoted literal.
    String path = "'" + file.toString().replace("'", "''") + "'";
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement query = duck.createStatement();
        ResultSet rows =
            query.executeQuery(
                "SELECT record_json FROM read_parquet("
                    + path
                    + ", file_row_number = true) ORDER BY file_row_number")) {
      int row = 0;
      while (rows.next()) {
        row++;
        String json = rows.getString(1);
        reader.read(row, json == null ? "" : json);
      }
    } catch (SQLException e) {
      throw new StoreException(
          "'" + file + "' is not a Parquet file of records: " + e.getMessage(), e);
    }
  }
}
