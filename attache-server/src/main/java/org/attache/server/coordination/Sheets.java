package org.attache.server.coordination;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.attache.model.error.AttacheException;
import org.attache.store.coordination.ItemDraft;
import org.attache.store.coordination.ItemStatus;

/**
 * A plan's items as a spreadsheet, CSV (Apache Commons CSV) or XLSX (Apache POI), in the same
 * columns both ways, so that exporting what was imported gives the same rows. The first row names
 * the columns; parties are codes separated by "; ". A malformed sheet is refused whole, with the
 * row (numbered as a spreadsheet shows it, the header being row 1) and the column that is wrong.
 */
final class Sheets {
  /** The columns, in order. */
  static final List<String> COLUMNS =
      List.of(
          "title",
          "kind",
          "parties",
          "responsible",
          "planned_from",
          "planned_to",
          "place",
          "status",
          "notes");

  /** More rows than any plan has; a sheet past it is refused rather than read. */
  static final int MOST_ROWS = 10_000;

  private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();
  private static final String SHEET_NAME = "Items";

  private Sheets() {}

  static String csv(List<ItemDraft> items) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, CSV)) {
      printer.printRecord(COLUMNS);
      for (ItemDraft item : items) {
        printer.printRecord(cells(item));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static byte[] xlsx(List<ItemDraft> items) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(SHEET_NAME);
      write(sheet.createRow(0), COLUMNS);
      for (int i = 0; i < items.size(); i++) {
        write(sheet.createRow(i + 1), cells(items.get(i)));
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The items of a CSV sheet.
   *
   * @throws AttacheException (bad input) naming the sheet, row and column that is wrong
   */
  static List<ItemDraft> readCsv(byte[] bytes, String name) {
    String text = new String(bytes, UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<List<String>> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), CSV)) {
      for (CSVRecord record : parser) {
        if (rows.size() > MOST_ROWS) {
          throw tooLong(name);
        }
        rows.add(record.toList());
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw AttacheException.badInput(
          "'" + name + "' is not a CSV sheet: " + Optional.ofNullable(e.getMessage()).orElse(""));
    }
    return items(rows, name);
  }

  /**
   * The items of the first sheet of an XLSX workbook. Cells that hold dates become ISO dates,
   * numbers their text as the workbook shows it.
   *
   * @throws AttacheException (bad input) naming the sheet, row and column that is wrong
   */
  static List<ItemDraft> readXlsx(byte[] bytes, String name) {
    List<List<String>> rows = new ArrayList<>();
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      if (workbook.getNumberOfSheets() == 0) {
        throw AttacheException.badInput("'" + name + "' has no sheet");
      }
      Sheet sheet = workbook.getSheetAt(0);
      if (sheet.getLastRowNum() > MOST_ROWS) {
        throw tooLong(name);
      }
      DataFormatter formatter = new DataFormatter(Locale.ROOT);
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        int last = row == null ? 0 : Math.max(0, row.getLastCellNum());
        for (int c = 0; c < last; c++) {
          cells.add(text(row.getCell(c), formatter));
        }
        rows.add(cells);
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof AttacheException known) {
        throw known;
      }
      throw AttacheException.badInput("'" + name + "' is not an XLSX workbook");
    }
    return items(rows, name);
  }

  private static String text(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return "";
    }
    if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue()
          .toLocalDate()
          .format(DateTimeFormatter.ISO_LOCAL_DATE);
    }
    return formatter.formatCellValue(cell);
  }

  private static List<ItemDraft> items(List<List<String>> rows, String name) {
    if (rows.isEmpty()) {
      throw AttacheException.badInput("'" + name + "' is empty: its first row names the columns");
    }
    List<String> header =
        rows.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    int width = header.size();
    while (width > 0 && header.get(width - 1).isEmpty()) {
      width--;
    }
    if (!header.subList(0, width).equals(COLUMNS)) {
      throw AttacheException.badInput(
          "'"
              + name
              + "', row 1: the columns must be "
              + String.join(", ", COLUMNS)
              + "; the sheet has "
              + String.join(", ", header.subList(0, width)));
    }
    List<ItemDraft> items = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      List<String> cells = rows.get(r);
      if (cells.stream().allMatch(String::isBlank)) {
        continue;
      }
      if (cells.size() > COLUMNS.size()
          && cells.subList(COLUMNS.size(), cells.size()).stream().anyMatch(c -> !c.isBlank())) {
        throw cell(name, r, COLUMNS.size(), "a value beyond the last column, notes");
      }
      items.add(item(name, r, cells));
    }
    return items;
  }

  /** One row as an item; each cell checked alone first, so that an error names its column. */
  private static ItemDraft item(String name, int r, List<String> cells) {
    String[] v = new String[COLUMNS.size()];
    for (int c = 0; c < v.length; c++) {
      v[c] = c < cells.size() ? cells.get(c).strip() : "";
    }
    for (int c = 0; c < v.length; c++) {
      String[] alone = {"x", "other", "", "", "", "", "", "", ""};
      alone[c] = v[c];
      if (c == 5) {
        alone[4] = v[c];
      }
      try {
        build(alone);
      } catch (AttacheException e) {
        throw cell(name, r, c, e.getMessage());
      }
    }
    try {
      return build(v);
    } catch (AttacheException e) {
      // What no cell says alone: a planned end without a start, or before it.
      throw cell(name, r, 5, e.getMessage());
    }
  }

  private static ItemDraft build(String[] v) {
    return new ItemDraft(
        v[0],
        Bodies.kind(v[1]),
        parties(v[2]),
        optional(v[3]),
        optional(v[4]),
        optional(v[5]),
        optional(v[6]),
        v[7].isEmpty() ? ItemStatus.PROPOSED : ItemStatus.parse(v[7]),
        optional(v[8]));
  }

  private static List<String> parties(String cell) {
    return cell.isBlank() ? List.of() : Arrays.asList(cell.strip().split("\\s*[;,]\\s*|\\s+"));
  }

  private static Optional<String> optional(String cell) {
    return cell.isBlank() ? Optional.empty() : Optional.of(cell);
  }

  private static AttacheException cell(String name, int r, int column, String problem) {
    return AttacheException.badInput(
        "'"
            + name
            + "', row "
            + (r + 1)
            + ", column "
            + (column < COLUMNS.size() ? COLUMNS.get(column) : "beyond notes")
            + " ("
            + CellReference.convertNumToColString(column)
            + "): "
            + problem);
  }

  private static AttacheException tooLong(String name) {
    return AttacheException.badInput("'" + name + "' has more than " + MOST_ROWS + " rows");
  }

  private static List<String> cells(ItemDraft item) {
    return List.of(
        item.title(),
        item.kind().code(),
        String.join("; ", item.parties()),
        item.responsible().orElse(""),
        item.plannedFrom().orElse(""),
        item.plannedTo().orElse(""),
        item.place().orElse(""),
        item.status().code(),
        item.notes().orElse(""));
  }

  private static void write(Row row, List<String> values) {
    for (int c = 0; c < values.size(); c++) {
      row.createCell(c).setCellValue(values.get(c));
    }
  }
}
