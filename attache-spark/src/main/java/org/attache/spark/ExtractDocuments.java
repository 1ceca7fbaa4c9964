package org.attache.spark;

import java.util.Iterator;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.attache.model.DocumentRecord;
import org.attache.model.RecordCodec;
import org.attache.pipeline.read.SourceDocument;

/**
 * The extraction, on the executor: each {@link Columns#DOCUMENT} row gives one {@link
 * Columns#RESULT} row, its record as {@link RecordCodec#toJsonLine} writes it, or the reason there
 * is none. The rows are handled one after the other as Spark asks for them; the extractor is the
 * executor's {@link SharedExtractor}, loaded when the first document needs it.
 */
final class ExtractDocuments implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final boolean triage;

  /**
   * @param triage whether documents go through triage first ({@code attache extract --triage})
   */
  ExtractDocuments(boolean triage) {
    this.triage = triage;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> documents) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return documents.hasNext();
      }

      @Override
      public Row next() {
        return extract(documents.next(), triage);
      }
    };
  }

  static Row extract(Row row, boolean triage) {
    long fileOrder = row.getAs(Columns.FILE_ORDER);
    long itemOrder = row.getAs(Columns.ITEM_ORDER);
    Optional<String> reason = DocumentRows.reason(row);
    if (reason.isPresent()) {
      return failure(fileOrder, itemOrder, row.getAs(Columns.SOURCE), reason.get());
    }
    SourceDocument document = DocumentRows.document(row);
    DocumentRecord record;
    try {
      record = SharedExtractor.get(triage).extract(document);
    } catch (RuntimeException | StackOverflowError e) {
      // As attache extract reports it: one document fails, the others go on.
      return failure(
          fileOrder,
          itemOrder,
          document.source(),
          "extraction failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    return RowFactory.create(
        fileOrder,
        itemOrder,
        document.source(),
        record.document().id(),
        record.document().title().orElse(null),
        record.document().published().orElse(null),
        record.document().diplomatic(),
        RecordColumns.eventTypes(record),
        RecordColumns.stateCodes(record),
        RecordColumns.organisationCodes(record),
        RecordColumns.people(record),
        RecordCodec.toJsonLine(record),
        null);
  }

  private static Row failure(long fileOrder, long itemOrder, String source, String reason) {
    return RowFactory.create(
        fileOrder, itemOrder, source, null, null, null, null, null, null, null, null, null, reason);
  }
}
