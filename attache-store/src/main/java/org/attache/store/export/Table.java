package org.attache.store.export;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A flat table, as CSV and Parquet exports write it: each cell is the value of its column's type,
 * or empty.
 */
final class Table {
  private final String name;
  private final List<Column> columns;
  private final List<List<Optional<Object>>> rows = new ArrayList<>();

  Table(String name, List<Column> columns) {
    this.name = requireNonNull(name, "name is null");
    this.columns = List.copyOf(columns);
  }

  String name() {
    return name;
  }

  List<Column> columns() {
    return columns;
  }

  List<List<Optional<Object>>> rows() {
    return rows;
  }

  /**
   * Adds a row: one value per column, each an {@link Optional} of the column's type or a value of
   * it.
   */
  void add(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          "Table " + name + " has " + columns.size() + " columns, not " + values.length);
    }
    List<Optional<Object>> row = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      Optional<Object> cell =
          values[i] instanceof Optional<?> optional
              ? optional.map(Object.class::cast)
              : Optional.of(values[i]);
      Column column = columns.get(i);
      cell.ifPresent(value -> check(column, value));
      row.add(cell);
    }
    rows.add(List.copyOf(row));
  }

  private void check(Column column, Object value) {
    boolean fits =
        switch (column.type()) {
          case TEXT -> value instanceof String;
          case INTEGER -> value instanceof Long;
          case REAL -> value instanceof Double;
        };
    if (!fits) {
      throw new IllegalArgumentException(
          "Column " + name + "." + column.name() + " holds " + column.type() + ", not " + value);
    }
  }
}
