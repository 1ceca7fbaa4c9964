package org.attache.store.export;

import static java.util.Objects.requireNonNull;

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

  static Column text(String name) {
    return new Column(name, Type.TEXT);
  }

  static Column integer(String name) {
    return new Column(name, Type.INTEGER);
  }

  static Column real(String name) {
    return new Column(name, Type.REAL);
  }
}
