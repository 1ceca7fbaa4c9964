package org.attache.spark;

import java.time.LocalDate;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.attache.pipeline.read.ReadResult;
import org.attache.pipeline.read.SourceDocument;

/**
 * Converts between the readers' results and {@link Columns#DOCUMENT} rows. A document survives the
 * trip unchanged: its fields are already in normal form, and normalising again changes nothing.
 */
final class DocumentRows {
  private DocumentRows() {}

  static Row of(long fileOrder, long itemOrder, ReadResult result) {
    if (result instanceof ReadResult.Read read) {
      SourceDocument document = read.document();
      return RowFactory.create(
          fileOrder,
          itemOrder,
          document.source(),
          document.title().orElse(null),
          document.published().map(LocalDate::toString).orElse(null),
          document.body(),
          document.url().orElse(null),
          null);
    }
    ReadResult.Failed failed = (ReadResult.Failed) result;
    return RowFactory.create(
        fileOrder, itemOrder, failed.source(), null, null, null, null, failed.reason());
  }

  /** The reason a row holds no document, if it holds none. */
  static Optional<String> reason(Row row) {
    return Optional.ofNullable(row.getAs(Columns.REASON));
  }

  /** The document of a row that holds one. */
  static SourceDocument document(Row row) {
    return new SourceDocument(
        row.getAs(Columns.SOURCE),
        Optional.ofNullable(row.getAs(Columns.TITLE)),
        Optional.ofNullable((String) row.getAs(Columns.PUBLISHED)).map(LocalDate::parse),
        row.getAs(Columns.BODY),
        Optional.ofNullable(row.getAs(Columns.URL)));
  }
}
