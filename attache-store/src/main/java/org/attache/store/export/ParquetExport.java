package org.attache.store.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes the {@link FlatTables} as Parquet files in a folder, one per table ({@code
 * events.parquet}, ...), typed (text, 64-bit integers, doubles) and compressed with Zstandard. An
 * in-memory DuckDB database holds each table while {@code COPY ... (FORMAT parquet)} writes it.
 */
final class ParquetExport {
  private ParquetExport() {}

  /** Writes the tables and returns the files written. */
  static List<Path> write(Selection selection, Path folder) {
    List<Path> files = new ArrayList<>();
    try {
      Files.createDirectories(folder);
      try (DuckDBConnection duck =
              DriverManager.getConnection("jdbc:duckdb:").unwrap(DuckDBConnection.class);
          Statement statement = duck.createStatement()) {
        for (Table table : FlatTables.of(selection)) {
          statement.execute(
              "CREATE TABLE "
                  + table.name()
                  + " ("
                  + table.columns().stream()
                      .map(c -> c.name() + " " + c.type().sql())
                      .collect(Collectors.joining(", "))
                  + ")");
          try (DuckDBAppender appender =
              duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table.name())) {
            for (List<Optional<Object>> row : table.rows()) {
              appender.beginRow();
              for (Optional<Object> cell : row) {
                append(appender, cell);
              }
              appender.endRow();
            }
          }
          Path file = folder.resolve(table.name() + ".parquet").toAbsolutePath();
          statement.execute(
              "COPY "
                  + table.name()
                  + " TO '"
                  + file.toString().replace("'", "''")
                  + "' (FORMAT parquet, COMPRESSION zstd)");
          files.add(file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot write the Parquet export to '" + folder + "': " + e, e);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot write the Parquet export to '" + folder + "': " + e.getMessage(), e);
    }
    return files;
  }

  private static void append(DuckDBAppender appender, Optional<Object> cell) throws SQLException {
    if (cell.isEmpty()) {
      appender.appendNull();
    } else if (cell.get() instanceof Long value) {
      appender.append(value.longValue());
    } else if (cell.get() instanceof Double value) {
      appender.append(value.doubleValue());
    } else {
      appender.append((String) cell.get());
    }
  }
}
