package org.attache.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.attache.store.TestingStore;
import org.junit.jupiter.api.Test;

/** Plans' items to and from CSV and XLSX sheets, through the API. */
class CoordinationSheetsTest {
  private static final TestingWorkspace WORKSPACE = TestingWorkspace.get();
  private static final String HEADER =
      "title,kind,parties,responsible,planned_from,planned_to,place,status,notes";
  private static final String[] KINDS = {
    "meeting",
    "visit",
    "conference",
    "exhibition",
    "festival",
    "training",
    "exercise",
    "publication",
    "other"
  };
  private static final String[] STATUSES = {
    "proposed", "agreed", "scheduled", "held", "postponed", "cancelled"
  };

  private static String quoted(String cell) {
    return cell.contains(",") || cell.contains("\"") || cell.contains("\n")
        ? "\"" + cell.replace("\"", "\"\"") + "\""
        : cell;
  }

  /** 200 rows of every kind and status, with dates of every precision, commas, quotes, lines. */
  private static String twoHundredRows() {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    for (int i = 1; i <= 200; i++) {
      String from =
          switch (i % 3) {
            case 0 -> "2021";
            case 1 -> String.format(Locale.ROOT, "2021-%02d", i % 12 + 1);
            default -> String.format(Locale.ROOT, "2022-%02d-%02d", i % 12 + 1, i % 28 + 1);
          };
      List<String> cells =
          List.of(
              "Joint event " + i + (i % 7 == 0 ? ", with \"experts\"" : ""),
              KINDS[i % KINDS.length],
              i % 4 == 0 ? "" : i % 4 == 1 ? "SCO; ASEAN" : "SCO",
              i % 5 == 0 ? "" : "Secretariat " + (i % 3),
              from,
              i % 6 == 0 ? "2022" : "",
              i % 2 == 0 ? "Beijing" : "Jakarta, Indonesia",
              STATUSES[i % STATUSES.length],
              i % 10 == 0 ? "Two lines:\nfirst, then the second — ASEAN’s" : "");
      csv.append(String.join(",", cells.stream().map(CoordinationSheetsTest::quoted).toList()))
          .append("\r\n");
    }
    return csv.toString();
  }

  private static long plan(Http.Session session) {
    Http.Answer made =
        Http.post(
            WORKSPACE.uri("/api/coordination/plans"),
            "{\"title\": \"Sheet\", \"parties\": [\"SCO\", \"ASEAN\"], \"period_from\": \"2021\","
                + " \"period_to\": \"2022\"}",
            "Cookie",
            session.cookie(),
            "X-CSRF-Token",
            session.csrf());
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    return made.json().get("id").asLong();
  }

  private static Http.Answer importSheet(
      Http.Session session, long plan, String name, String type, byte[] sheet) {
    return Http.send(
        HttpRequest.newBuilder(
                WORKSPACE.uri("/api/coordination/plans/" + plan + "/items/import?sheet=" + name))
            .POST(HttpRequest.BodyPublishers.ofByteArray(sheet))
            .header("Content-Type", type)
            .header("Cookie", session.cookie())
            .header("X-CSRF-Token", session.csrf()));
  }

  private static Http.Download export(long plan, String format) {
    return Http.download(WORKSPACE.uri("/api/coordination/plans/" + plan + "/items." + format));
  }

  @Test
  void twoHundredItemsImportAndExportAgainToTheSameRowsInCsvAndXlsx() {
    Http.Session sco = WORKSPACE.signIn(TestingWorkspace.SCO_EDITOR);
    String sheet = twoHundredRows();
    long first = plan(sco);
    Http.Answer imported = importSheet(sco, first, "items.csv", "text/csv", sheet.getBytes(UTF_8));
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(imported.body()).isEqualTo("{\"added\":200,\"changed\":0,\"unchanged\":0}");

    Http.Download csv = export(first, "csv");
    assertThat(csv.contentType()).isEqualTo("text/csv; charset=utf-8");
    assertThat(new String(csv.body(), UTF_8)).isEqualTo(sheet);

    Http.Download xlsx = export(first, "xlsx");
    assertThat(xlsx.disposition())
        .isEqualTo("attachment; filename=\"plan-" + first + "-items.xlsx\"");
    long second = plan(sco);
    Http.Answer fromXlsx =
        importSheet(
            sco,
            second,
            "items.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            xlsx.body());
    assertThat(fromXlsx.body()).isEqualTo("{\"added\":200,\"changed\":0,\"unchanged\":0}");
    assertThat(new String(export(second, "csv").body(), UTF_8)).isEqualTo(sheet);

    Http.Answer again = importSheet(sco, first, "items.csv", "text/csv", sheet.getBytes(UTF_8));
    assertThat(again.body()).isEqualTo("{\"added\":0,\"changed\":0,\"unchanged\":200}");
  }

  @Test
  void aMalformedCsvIsRefusedNamingTheRowAndColumnAndNothingIsImported() {
    Http.Session sco = WORKSPACE.signIn(TestingWorkspace.SCO_EDITOR);
    long plan = plan(sco);
    String sheet =
        HEADER
            + "\r\nOpening,meeting,SCO,,2021-03,,Beijing,proposed,\r\n"
            + "Round table,conference,SCO,,2021-05,,Dushanbe,proposed,\r\n"
            + "Forum,conference,SCO,,2021-13,,Tashkent,proposed,\r\n";
    Http.Answer refused = importSheet(sco, plan, "bad.csv", "text/csv", sheet.getBytes(UTF_8));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText())
        .isEqualTo(
            "'bad.csv', row 4, column planned_from (E): The planned date is not a date of the"
                + " calendar: '2021-13'");
    JsonNode stored =
        Http.send(HttpRequest.newBuilder(WORKSPACE.uri("/api/coordination/plans/" + plan)).GET())
            .json();
    assertThat(stored.get("items")).isEmpty();
  }

  @Test
  void aMalformedXlsxIsRefusedNamingTheRowAndColumnAndNothingIsImported() throws IOException {
    Http.Session sco = WORKSPACE.signIn(TestingWorkspace.SCO_EDITOR);
    long plan = plan(sco);
    byte[] workbook;
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("Items");
      List<List<String>> rows = new ArrayList<>();
      rows.add(List.of(HEADER.split(",")));
      rows.add(List.of("Opening", "meeting", "SCO", "", "2021-03", "", "Beijing", "agreed", ""));
      rows.add(List.of("Parade", "parade", "SCO", "", "2021-05", "", "Dushanbe", "agreed", ""));
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          row.createCell(c).setCellValue(rows.get(r).get(c));
        }
      }
      book.write(out);
      workbook = out.toByteArray();
    }
    Http.Answer refused =
        importSheet(
            sco,
            plan,
            "bad.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            workbook);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText())
        .isEqualTo(
            "'bad.xlsx', row 3, column kind (B): Not a kind of item (meeting, visit, conference,"
                + " exhibition, festival, training, exercise, publication, other): 'parade'");
    assertThat(
            TestingStore.count(
                WORKSPACE.database, "SELECT count(*) FROM coord_item WHERE plan_id = ?", plan))
        .isZero();
  }
}
