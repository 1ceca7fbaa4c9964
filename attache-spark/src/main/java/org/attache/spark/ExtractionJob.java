package org.attache.spark;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_date;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The extraction as a Spark job: the inputs are read into documents, spread over the partitions,
 * and each partition runs the extractor over its documents one by one ({@code mapPartitions}, one
 * extractor per executor JVM). Writes two outputs under the output directory, each sorted by input
 * file and item so that the same input gives the same bytes:
 *
 * <ul>
 *   <li>{@code records/}: for JSON Lines, text files whose lines, part after part, are exactly what
 *       {@code attache extract} writes for the same input; for Parquet, a table with {@code
 *       document_id}, {@code source}, {@code published} (a date), {@code title}, {@code
 *       diplomatic}, {@code event_types}, {@code state_codes}, {@code organisation_codes}, {@code
 *       people} and the record itself in {@code record_json};
 *   <li>{@code errors/}: one row ({@code source}, {@code reason}) for each input that gave no
 *       record: a file that cannot be read, a corpus line or table row that is not a document, a
 *       document whose extraction failed. These do not fail the job.
 * </ul>
 */
public final class ExtractionJob {
  /** Partitions per core when none are asked for: a few, so that a slow document waits less. */
  static final int PARTITIONS_PER_CORE = 3;

  private ExtractionJob() {}

  /**
   * Runs the job to its end.
   *
   * @throws SparkJobException if the output exists, the inputs hold no file of their format, or a
   *     table has no text column
   */
  public static JobSummary run(SparkSession spark, JobSettings settings) {
    requireNonNull(spark, "spark is null");
    requireNonNull(settings, "settings is null");
    Path output = new Path(settings.output());
    refuseExisting(spark, output);
    int partitions =
        settings.partitions() > 0
            ? settings.partitions()
            : PARTITIONS_PER_CORE * spark.sparkContext().defaultParallelism();
    Dataset<Row> documents =
        settings.inputFormat() == InputFormat.PARQUET
            ? TableInputs.documents(spark, settings.inputs())
            : FileInputs.documents(spark, settings.inputs(), settings.inputFormat(), partitions);
    Dataset<Row> results =
        documents
            .repartition(partitions)
            .mapPartitions(new ExtractDocuments(settings.triage()), Encoders.row(Columns.RESULT))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> records =
          results
              .where(col(Columns.REASON).isNull())
              .orderBy(Columns.FILE_ORDER, Columns.ITEM_ORDER);
      Dataset<Row> errors =
          results
              .where(col(Columns.REASON).isNotNull())
              .orderBy(Columns.FILE_ORDER, Columns.ITEM_ORDER)
              .select(Columns.SOURCE, Columns.REASON);
      String recordsPath = new Path(output, "records").toString();
      String errorsPath = new Path(output, "errors").toString();
      if (settings.outputFormat() == OutputFormat.JSONL) {
        records.select(Columns.RECORD_JSON).write().text(recordsPath);
        errors.write().json(errorsPath);
      } else {
        records
            .select(
                col(Columns.DOCUMENT_ID),
                col(Columns.SOURCE),
                to_date(col(Columns.PUBLISHED)).as(Columns.PUBLISHED),
                col(Columns.TITLE),
                col(Columns.DIPLOMATIC),
                col(Columns.EVENT_TYPES),
                col(Columns.STATE_CODES),
                col(Columns.ORGANISATION_CODES),
                col(Columns.PEOPLE),
                col(Columns.RECORD_JSON))
            .write()
            .parquet(recordsPath);
        errors.write().parquet(errorsPath);
      }
      long failed = results.where(col(Columns.REASON).isNotNull()).count();
      return new JobSummary(results.count() - failed, failed);
    } finally {
      results.unpersist();
    }
  }

  private static void refuseExisting(SparkSession spark, Path output) {
    boolean exists;
    try {
      exists = output.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(output);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot check the output '" + output + "'", e);
    }
    if (exists) {
      throw new SparkJobException(
          SparkJobException.Code.USER_ERROR,
          "Cannot write '" + output + "': it already exists; give a new directory");
    }
  }
}
