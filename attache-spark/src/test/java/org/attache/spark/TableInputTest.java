package org.attache.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.attache.model.DocumentRecord;
import org.attache.model.RecordCodec;
import org.attache.pipeline.Extractor;
import org.attache.pipeline.read.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableInputTest {
  private static final StructType CORPUS =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("id", DataTypes.StringType, true),
            DataTypes.createStructField("title", DataTypes.StringType, true),
            DataTypes.createStructField("text", DataTypes.StringType, true),
            DataTypes.createStructField("published", DataTypes.StringType, true),
            DataTypes.createStructField("source", DataTypes.StringType, true),
            DataTypes.createStructField("section", DataTypes.StringType, true)
          });

  private final SparkSession spark = TestingSpark.session();

  @Test
  void rowsGiveTheRecordsOfTheSameDocumentsInTableOrder(@TempDir Path dir) {
    Path table = writeTable(dir.resolve("table"));
    Path out = dir.resolve("out");

    JobSummary summary =
        ExtractionJob.run(
            spark,
            new JobSettings(
                List.of(table.toString()),
                InputFormat.PARQUET,
                out.toString(),
                OutputFormat.PARQUET,
                2));

    Path part = partFiles(table).get(0);
    List<SourceDocument> documents =
        List.of(
            new SourceDocument(
                part + "#mn-vn",
                Optional.of(TestingCorpus.MONGOLIA_VIET_NAM_TITLE),
                Optional.of(LocalDate.of(2025, 4, 2)),
                TestingCorpus.MONGOLIA_VIET_NAM,
                Optional.of("https://example.org/mn-vn")),
            new SourceDocument(
                part + "#kz-my",
                Optional.of(TestingCorpus.KAZAKHSTAN_MALAYSIA_TITLE),
                Optional.of(LocalDate.of(2025, 4, 3)),
                TestingCorpus.KAZAKHSTAN_MALAYSIA,
                Optional.empty()),
            new SourceDocument(
                part + ":3",
                Optional.of(TestingCorpus.SCO_ASEAN_TITLE),
                Optional.empty(),
                TestingCorpus.SCO_ASEAN,
                Optional.empty()),
            new SourceDocument(
                part + "#7",
                Optional.empty(),
                Optional.of(LocalDate.of(2025, 4, 8)),
                TestingCorpus.WEATHER,
                Optional.empty()));
    Extractor extractor = Extractor.standard();
    List<Row> records = rows(out.resolve("records"));
    assertThat(summary).isEqualTo(new JobSummary(4, 0));
    assertThat(records.stream().map(r -> (String) r.getAs("record_json")).toList())
        .containsExactlyElementsOf(
            documents.stream().map(d -> RecordCodec.toJsonLine(extractor.extract(d))).toList());
    Row mongolia = records.get(0);
    assertThat((String) mongolia.getAs("document_id")).isEqualTo(documents.get(0).id());
    assertThat((String) mongolia.getAs("source")).isEqualTo(part + "#mn-vn");
    assertThat(mongolia.getAs("published").toString()).isEqualTo("2025-04-02");
    assertThat((String) mongolia.getAs("title")).isEqualTo(TestingCorpus.MONGOLIA_VIET_NAM_TITLE);
    DocumentRecord record = RecordCodec.fromJson(mongolia.getAs("record_json"));
    assertThat(mongolia.<Boolean>getAs("diplomatic")).isEqualTo(record.document().diplomatic());
    assertThat(mongolia.getList(mongolia.fieldIndex("event_types")))
        .containsExactly((Object[]) RecordColumns.eventTypes(record));
    assertThat(mongolia.getList(mongolia.fieldIndex("state_codes")))
        .containsExactly((Object[]) RecordColumns.stateCodes(record));
    assertThat(mongolia.getList(mongolia.fieldIndex("organisation_codes")))
        .containsExactly((Object[]) RecordColumns.organisationCodes(record));
    assertThat(mongolia.getList(mongolia.fieldIndex("people")))
        .containsExactly((Object[]) RecordColumns.people(record));
    assertThat(records.get(3).<Boolean>getAs("diplomatic")).isFalse();
    assertThat(records.get(3).getList(records.get(3).fieldIndex("event_types"))).isEmpty();
  }

  @Test
  void theRecordsTableHasTheFlatColumnsAndTheRecord(@TempDir Path dir) {
    Path out = dir.resolve("out");
    ExtractionJob.run(
        spark,
        new JobSettings(
            List.of(writeTable(dir.resolve("table")).toString()),
            InputFormat.PARQUET,
            out.toString(),
            OutputFormat.PARQUET,
            2));

    assertThat(spark.read().parquet(out.resolve("records").toString()).schema().simpleString())
        .isEqualTo(
            "struct<document_id:string,source:string,published:date,title:string,"
                + "diplomatic:boolean,event_types:array<string>,state_codes:array<string>,"
                + "organisation_codes:array<string>,people:array<string>,record_json:string>");
    assertThat(spark.read().parquet(out.resolve("errors").toString()).schema().simpleString())
        .isEqualTo("struct<source:string,reason:string>");
  }

  @Test
  void aMissingTableIsARowOfTheErrorsOutput(@TempDir Path dir) {
    Path out = dir.resolve("out");
    String missing = dir.resolve("no-such-table").toString();

    JobSummary summary =
        ExtractionJob.run(
            spark,
            new JobSettings(
                List.of(missing), InputFormat.PARQUET, out.toString(), OutputFormat.PARQUET, 2));

    assertThat(summary).isEqualTo(new JobSummary(0, 1));
    assertThat(rows(out.resolve("errors")))
        .extracting(Row::toString)
        .containsExactly("[" + missing + ",no such file]");
  }

  @Test
  void aTableWithoutTextIsRefused(@TempDir Path dir) {
    Path table = dir.resolve("table");
    StructType schema =
        new StructType().add("id", DataTypes.StringType).add("body", DataTypes.StringType);
    spark
        .createDataFrame(List.of(RowFactory.create("a", "Heavy rain.")), schema)
        .write()
        .parquet(table.toString());

    assertThatThrownBy(
            () ->
                ExtractionJob.run(
                    spark,
                    new JobSettings(
                        List.of(table.toString()),
                        InputFormat.PARQUET,
                        dir.resolve("out").toString(),
                        OutputFormat.JSONL,
                        2)))
        .isInstanceOf(SparkJobException.class)
        .hasMessage(
            "Cannot read '"
                + table
                + "': no column 'text' (a table has text, and may have id, title, published and"
                + " source); its columns are [id, body]");
  }

  private Path writeTable(Path table) {
    List<Row> rows =
        List.of(
            RowFactory.create(
                "mn-vn",
                TestingCorpus.MONGOLIA_VIET_NAM_TITLE,
                TestingCorpus.MONGOLIA_VIET_NAM,
                "2025-04-02",
                "https://example.org/mn-vn",
                "politics"),
            RowFactory.create(
                "kz-my",
                TestingCorpus.KAZAKHSTAN_MALAYSIA_TITLE,
                TestingCorpus.KAZAKHSTAN_MALAYSIA,
                "2025-04-03",
                null,
                "politics"),
            RowFactory.create(
                null, TestingCorpus.SCO_ASEAN_TITLE, TestingCorpus.SCO_ASEAN, null, null, null),
            RowFactory.create("7", null, TestingCorpus.WEATHER, "2025-04-08", null, "weather"));
    spark
        .createDataFrame(rows, CORPUS)
        .withColumn("published", to_date(col("published")))
        .coalesce(1)
        .write()
        .parquet(table.toString());
    return table;
  }

  /** The rows of a Parquet output, part file after part file. */
  private List<Row> rows(Path output) {
    List<Row> rows = new ArrayList<>();
    for (Path part : partFiles(output)) {
      rows.addAll(spark.read().parquet(part.toString()).collectAsList());
    }
    return rows;
  }

  private static List<Path> partFiles(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(f -> f.getFileName().toString().startsWith("part-"))
          .filter(f -> f.getFileName().toString().endsWith(".parquet"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
