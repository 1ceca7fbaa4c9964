package org.attache.store.export;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the {@link FlatTables} as CSV files in a folder, one per table ({@code events.csv}, ...):
 * UTF-8, a header row, RFC 4180 quoting and CRLF line ends; an empty cell is a missing value.
 */
final class CsvExport {
  private CsvExport() {}

  /** Writes the tables and returns the files written. */
  static List<Path> write(Selection selection, Path folder) {
    List<Path> files = new ArrayList<>();
    try {
      Files.createDirectories(folder);
      for (Table table : FlatTables.of(selection)) {
        Path file = folder.resolve(table.name() + ".csv");
        try (Writer out = Files.newBufferedWriter(file, UTF_8);
            CSVPrinter printer = CSVFormat.RFC4180.print(out)) {
          printer.printRecord(table.columns().stream().map(Column::name).toList());
          for (List<Optional<Object>> row : table.rows()) {
            printer.printRecord(row.stream().map(cell -> cell.map(Object::toString).orElse("")));
          }
        }
        files.add(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the CSV export to '" + folder + "': " + e, e);
    }
    return files;
  }
}
