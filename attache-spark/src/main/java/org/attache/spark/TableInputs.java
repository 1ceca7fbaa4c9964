package org.attache.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * Parquet tables as {@link Columns#DOCUMENT} rows. A table has the members of a corpus line as
 * columns: {@code text} (required), and optionally {@code id}, {@code title}, {@code published} (a
 * date, or a string) and {@code source} (the address it was published at); other columns are
 * ignored. Spark reads the table from any file system it knows; the rows are then read as corpus
 * lines by {@link ReadTableRows}. An input path that does not exist gives a failure row; a file
 * that is not Parquet fails the job, as Spark reads it.
 */
final class TableInputs {
  static final List<String> COLUMNS = List.of("id", "title", "text", "published", "source");

  private TableInputs() {}

  /**
   * @throws SparkJobException if the table has no {@code text} column
   */
  static Dataset<Row> documents(SparkSession spark, List<String> inputs) {
    List<Row> failures = new ArrayList<>();
    List<String> found = new ArrayList<>();
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    for (String input : inputs) {
      missing(hadoop, input)
          .ifPresentOrElse(
              reason ->
                  failures.add(
                      RowFactory.create(
                          (long) failures.size(), 0L, input, null, null, null, null, reason)),
              () -> found.add(input));
    }
    Dataset<Row> failed = spark.createDataFrame(failures, Columns.DOCUMENT);
    if (found.isEmpty()) {
      return failed;
    }
    Dataset<Row> table = spark.read().parquet(found.toArray(String[]::new));
    List<String> present = Arrays.asList(table.columns());
    if (!present.contains("text")) {
      throw new SparkJobException(
          SparkJobException.Code.BAD_INPUT,
          "Cannot read "
              + String.join(", ", found.stream().map(i -> "'" + i + "'").toList())
              + ": no column 'text' (a table has text, and may have id, title, published and"
              + " source); its columns are "
              + present);
    }
    List<Column> members = new ArrayList<>();
    for (String name : COLUMNS) {
      if (present.contains(name)) {
        members.add(col(name));
      }
    }
    Dataset<Row> lines =
        table.select(
            col("_metadata.file_path").as("file"),
            col("_metadata.row_index").as("row"),
            to_json(struct(members.toArray(Column[]::new))).as("json"));
    Dataset<Row> read =
        lines.mapPartitions(
            new ReadTableRows(fileOrders(lines, failures.size())), Encoders.row(Columns.DOCUMENT));
    return failed.unionAll(read);
  }

  /** Why an input path gives no file, if it gives none. */
  private static Optional<String> missing(Configuration hadoop, String input) {
    try {
      Path path = new Path(input);
      FileStatus[] matches = path.getFileSystem(hadoop).globStatus(path);
      return matches == null || matches.length == 0
          ? Optional.of("no such file")
          : Optional.empty();
    } catch (IOException | IllegalArgumentException e) {
      return Optional.of("unreadable: " + e.getMessage());
    }
  }

  /** Each file of the table by its place in the order of their paths, from {@code first}. */
  private static Map<String, Long> fileOrders(Dataset<Row> lines, long first) {
    TreeSet<String> files = new TreeSet<>();
    for (Row row : lines.select("file").distinct().collectAsList()) {
      files.add(row.getString(0));
    }
    Map<String, Long> orders = new HashMap<>();
    for (String file : files) {
      orders.put(file, first + orders.size());
    }
    return orders;
  }
}
