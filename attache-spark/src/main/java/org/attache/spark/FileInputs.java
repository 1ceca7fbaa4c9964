package org.attache.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Text files and JSON Lines corpora as {@link Columns#DOCUMENT} rows: the driver lists the files,
 * the executors read them with the project's readers.
 */
final class FileInputs {
  private static final StructType FILES =
      new StructType(
          new StructField[] {
            DataTypes.createStructField(Columns.FILE_ORDER, DataTypes.LongType, false),
            DataTypes.createStructField("path", DataTypes.StringType, false)
          });

  private FileInputs() {}

  /**
   * @param slices how many tasks read the files at most
   * @throws SparkJobException if the inputs hold no file of the format
   */
  static Dataset<Row> documents(
      SparkSession spark, List<String> inputs, InputFormat format, int slices) {
    List<String> files = InputFiles.list(inputs, format);
    if (files.isEmpty()) {
      throw new SparkJobException(
          SparkJobException.Code.USER_ERROR,
          "Cannot read "
              + String.join(", ", inputs.stream().map(i -> "'" + i + "'").toList())
              + ": no file there ends in "
              + String.join(", ", format.extensions()));
    }
    List<Row> rows = new ArrayList<>(files.size());
    for (int i = 0; i < files.size(); i++) {
      rows.add(RowFactory.create((long) i, files.get(i)));
    }
    return spark
        .createDataFrame(rows, FILES)
        .repartition(Math.max(1, Math.min(files.size(), slices)))
        .mapPartitions(new ReadFiles(), Encoders.row(Columns.DOCUMENT));
  }
}
