package org.attache.store.export;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A column of a flat table: its name and the type of its values. */
record Column(String name, Type type) {
  /** The types a column holds: text ({@link String}), integers ({@link Long}), reals. */
  enum Type {
    TEXT("VARCHAR"),
    INTEGER("BIGINT"),
    REAL("DOUBLE");

    private final String sql;

    Type(String sql) {
      this.sql = sql;
    }

    /** The SQL type of DuckDB and Parquet. */
    String sql() {
      return sql;
    }
  }

  Column {
    requireNonNull(name, "name is null");
    requireNonNull(type, "type is null");
  }

  /**
   * Columns from their names in order, separated by spaces: text unless the name ends in {@code
   * :integer} or {@code :real} ({@code "event_id sources:integer confidence:real"}).
   */
  static List<Column> list(String names) {
    List<Column> columns = new ArrayList<>();
    for (String name : names.strip().split("\\s+")) {
      int colon = name.indexOf(':');
      columns.add(
          colon < 0
              ? new Column(name, Type.TEXT)
              : new Column(
                  name.substring(0, colon),
                  Type.valueOf(name.substring(colon + 1).toUpperCase(Locale.ROOT))));
    }
    return List.copyOf(columns);
  }
}
