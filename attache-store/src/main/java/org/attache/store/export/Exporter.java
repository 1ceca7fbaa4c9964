package org.attache.store.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attache.model.error.AttacheException;
import org.attache.store.Database;
import org.attache.store.StoreException;

/** Exports what a store holds, as {@code attache export} does. */
public final class Exporter {
  private final SelectionReader reader;

  public Exporter(Database database) {
    this.reader = new SelectionReader(requireNonNull(database, "database is null"));
  }

  /**
   * Exports to a path: a folder for {@link ExportFormat#folder() folder formats}, else a file.
   *
   * @throws StoreException when the store cannot be read
   * @throws UncheckedIOException when the path cannot be written
   */
  public ExportSummary export(ExportFormat format, ExportFilter filter, Path out) {
    Selection selection = reader.read(filter);
    long events = selection.events().size();
    return switch (format) {
      case CSV -> new ExportSummary(events, events, CsvExport.write(selection, out));
      case PARQUET -> new ExportSummary(events, events, ParquetExport.write(selection, out));
      default -> {
        try {
          Path parent = out.toAbsolutePath().getParent();
          if (parent != null) {
            Files.createDirectories(parent);
          }
          try (Writer writer = Files.newBufferedWriter(out, UTF_8)) {
            long written = write(format, selection, writer);
            yield new ExportSummary(events, written, List.of(out));
          }
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot write the export to '" + out + "': " + e, e);
        }
      }
    };
  }

  /**
   * Exports a stream format to a writer, which stays open.
   *
   * @throws AttacheException (bad input) for a folder format
   */
  public ExportSummary export(ExportFormat format, ExportFilter filter, Writer out) {
    if (format.folder()) {
      throw AttacheException.badInput(
          "The " + format.code() + " export is a folder of files: give --out FOLDER");
    }
    Selection selection = reader.read(filter);
    try {
      long written = write(format, selection, out);
      out.flush();
      return new ExportSummary(selection.events().size(), written, List.of());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the export: " + e, e);
    }
  }

  private static long write(ExportFormat format, Selection selection, Writer out)
      throws IOException {
    return switch (format) {
      case JSONL -> JsonLinesExport.write(selection, out);
      case PLOVER -> PloverExport.write(selection, out);
      case POPOLO -> PopoloExport.write(selection, out);
      case GRAPHML -> GraphmlExport.write(selection, out);
      case CSV, PARQUET ->
          throw new IllegalStateException(format + " is a folder format, written by another path");
    };
  }
}
