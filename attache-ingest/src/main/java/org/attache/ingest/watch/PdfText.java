package org.attache.ingest.watch;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.attache.pipeline.read.ReadResult;
import org.attache.pipeline.read.SourceDocument;

/**
 * The text of a PDF document, read with Apache PDFBox in reading order: declarations and joint
 * statements are often published so. Its title is the one its metadata gives, else the item's; its
 * date the item's, else its metadata's creation date.
 */
final class PdfText {
  private PdfText() {}

  static ReadResult read(String source, byte[] bytes, Item item) {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      String text = stripper.getText(pdf);
      if (text.isBlank()) {
        return new ReadResult.Failed(source, "no text (a scanned PDF?)");
      }
      PDDocumentInformation info = pdf.getDocumentInformation();
      Optional<String> title =
          Optional.ofNullable(info.getTitle())
              .map(String::strip)
              .filter(t -> !t.isEmpty())
              .or(item::title);
      Optional<LocalDate> published =
          item.published().or(() -> date(Optional.ofNullable(info.getCreationDate())));
      return new ReadResult.Read(
          new SourceDocument(source, title, published, text, Optional.of(item.url())));
    } catch (InvalidPasswordException e) {
      return new ReadResult.Failed(source, "an encrypted PDF");
    } catch (IOException e) {
      return new ReadResult.Failed(source, "not a readable PDF: " + e.getMessage());
    } catch (RuntimeException e) {
      return new ReadResult.Failed(source, "not a readable PDF: " + e);
    }
  }

  private static Optional<LocalDate> date(Optional<Calendar> calendar) {
    return calendar.map(c -> c.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
  }
}
