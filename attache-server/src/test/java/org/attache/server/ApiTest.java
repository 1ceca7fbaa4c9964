package org.attache.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.attache.model.Meeting;
import org.attache.server.http.Route;
import org.attache.store.TestingStore;
import org.attache.store.export.ExportFilter;
import org.attache.store.export.ExportFormat;
import org.attache.store.export.ExportSummary;
import org.attache.store.export.ExportedEvent;
import org.attache.store.export.Exporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API on a store of ingested documents. */
class ApiTest {
  private static final TestingServer SERVER = TestingServer.get();

  private static JsonNode json(String path) {
    Http.Answer answer = Http.get(path);
    assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
    return answer.json();
  }

  private static String actor(String name) {
    return Http.actor(name);
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(n -> values.add(n.get(field).asText()));
    return values;
  }

  @Test
  void theOpenApiDocumentDescribesEveryRouteAndNoOther() throws IOException {
    JsonNode doc = new ObjectMapper().readTree(Http.get("/api/openapi.json").body());
    TreeSet<String> described = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      path.getValue().fieldNames().forEachRemaining(m -> described.add(m + " " + path.getKey()));
    }
    TreeSet<String> served = new TreeSet<>();
    for (Route route : SERVER.server.apiRoutes()) {
      served.add(route.method() + " " + route.path());
    }
    assertThat(served).hasSize(54);
    assertThat(described).isEqualTo(served);
  }

  @Test
  void listsAndSearchesDocuments() {
    JsonNode list = json("/api/documents?limit=2");
    assertThat(list.get("total").asLong())
        .isEqualTo(TestingStore.count(SERVER.database, "SELECT count(*) FROM document"));
    assertThat(list.get("total").asLong()).isGreaterThanOrEqualTo(8);
    assertThat(list.get("items")).hasSize(2);
    JsonNode found = json("/api/documents/search?q=Hartono");
    assertThat(texts(found, "title"))
        .containsExactlyInAnyOrder(
            "SCO Secretary-General meets ASEAN Secretary-General in Jakarta",
            "SCO and ASEAN hold talks on tourism");
    assertThat(json("/api/documents/search?q=%22energy%20security%22%20-Jakarta"))
        .extracting(n -> n.get("title").asText())
        .containsExactly("SCO and ASEAN hold talks on tourism");
  }

  @Test
  void oneDocumentGivesItsTextAndTheSpanOfEveryField() {
    String id = json("/api/documents/search?q=Jakarta").get(0).get("id").asText();
    JsonNode document = json("/api/documents/" + id);
    String text = document.get("text").asText();
    assertThat(text)
        .startsWith("SCO Secretary-General meets ASEAN Secretary-General in Jakarta\n\n");
    List<String> people = new ArrayList<>();
    for (JsonNode field : document.get("fields")) {
      if (field.get("highlight").asText().equals("person")) {
        people.add(
            field.get("value").asText()
                + " @ "
                + text.substring(field.get("span_start").asInt(), field.get("span_end").asInt()));
      }
    }
    assertThat(people).contains("Lina Hartono @ ASEAN Secretary-General");
    assertThat(texts(document.get("events"), "type"))
        .containsExactlyInAnyOrder("meeting", "statement", "agreement", "plan");
  }

  @Test
  void theDateOfAMeetingIsReadFromTheSentenceThatGivesItNotTheHeadline() {
    String id = json("/api/documents/search?q=Jakarta").get(0).get("id").asText();
    JsonNode document = json("/api/documents/" + id);
    String text = document.get("text").asText();
    long meeting = -1;
    for (JsonNode event : document.get("events")) {
      if (event.get("type").asText().equals("meeting")) {
        meeting = event.get("id").asLong();
      }
    }
    Map<String, List<String>> spans = new HashMap<>();
    for (JsonNode field : document.get("fields")) {
      if (field.get("subject_kind").asText().equals("event")
          && field.get("subject_id").asLong() == meeting) {
        List<String> quotes = new ArrayList<>();
        for (JsonNode span : field.get("spans")) {
          quotes.add(text.substring(span.get("start").asInt(), span.get("end").asInt()));
        }
        spans.put(field.get("field").asText(), quotes);
      }
    }
    List<String> exists = spans.get("exists");
    List<String> date = spans.get("date");
    assertThat(exists)
        .containsExactly(
            "SCO Secretary-General meets ASEAN Secretary-General in Jakarta",
            "On 10 May 2023, SCO Secretary-General Ruslan Abdurakhmanov met with ASEAN"
                + " Secretary-General Lina Hartono in Jakarta.");
    assertThat(date)
        .containsExactly(
            "On 10 May 2023, SCO Secretary-General Ruslan Abdurakhmanov met with ASEAN"
                + " Secretary-General Lina Hartono in Jakarta.");
  }

  @Test
  void aPersonHasPostsMeetingsAndContactsByYear() {
    JsonNode person = json("/api/actors/" + actor("Lina Hartono").replace(':', '/'));
    assertThat(person.get("kind").asText()).isEqualTo("person");
    assertThat(texts(person.get("posts"), "post")).containsExactly("Secretary-General");
    assertThat(texts(person.get("posts"), "organisation_name"))
        .containsExactly("Association of Southeast Asian Nations");
    // The latest first, as a page of the events API.
    assertThat(person.get("meetings").get("total").asLong()).isEqualTo(2);
    assertThat(texts(person.get("meetings").get("items"), "date"))
        .containsExactly("2024-03-18", "2023-05-10");
    assertThat(person.get("contacts_by_year").toString())
        .isEqualTo("[{\"year\":\"2023\",\"meetings\":1},{\"year\":\"2024\",\"meetings\":1}]");
  }

  @Test
  void anOrganisationHasPartnersAgreementsAndPlans() {
    JsonNode sco =
        json("/api/actors/" + actor("Shanghai Cooperation Organisation").replace(':', '/'));
    assertThat(texts(sco.get("partners"), "name"))
        .contains("Association of Southeast Asian Nations");
    assertThat(sco.get("agreements").get("items")).hasSize(1);
    assertThat(sco.get("plans").get("items")).hasSize(1);
    // The written record's statement, then the two the extractor reads in the bundled example
    // of 4 March 2025, where it reads one act per speaker.
    assertThat(texts(sco.get("statements").get("items"), "date"))
        .containsExactly("2025-03-03", "2025-03-03", "2023-05-10");
  }

  @Test
  void eventsFilterByTypeActorPairAreaAndDatesAndArePaged() {
    String sco = actor("Shanghai Cooperation Organisation");
    String asean = actor("Association of Southeast Asian Nations");
    JsonNode meetings = json("/api/events?type=meeting&actor=" + sco + "&with=" + asean);
    assertThat(meetings.get("total").asLong()).isEqualTo(2);
    assertThat(texts(meetings.get("items"), "date")).containsExactly("2024-03-18", "2023-05-10");
    JsonNode paged = json("/api/events?type=meeting&actor=" + sco + "&limit=1&offset=1");
    assertThat(paged.get("total").asLong()).isEqualTo(3);
    assertThat(texts(paged.get("items"), "date")).containsExactly("2024-03-18");
    JsonNode in2024 = json("/api/events?type=meeting&from=2024&to=2024-06");
    assertThat(texts(in2024.get("items"), "date")).containsExactly("2024-06-02", "2024-03-18");
    JsonNode energy = json("/api/events?area=drug_trafficking");
    assertThat(texts(energy.get("items"), "type")).containsExactly("agreement");
  }

  @Test
  void thePairDashboardGathersWhatTwoActorsDidTogether() {
    String sco = actor("Shanghai Cooperation Organisation");
    String asean = actor("Association of Southeast Asian Nations");
    JsonNode pair = json("/api/pairs?a=" + sco + "&b=" + asean);
    assertThat(pair.get("agreements").get(0).get("instrument").asText())
        .isEqualTo("memorandum_of_understanding");
    assertThat(pair.get("agreements").get(0).get("areas").toString())
        .isEqualTo("[\"drug_trafficking\",\"energy\",\"tourism\"]");
    // Its period has passed, and no source says whether it was carried out.
    assertThat(pair.get("plans").get(0).get("status").asText()).isEqualTo("unreported");
    JsonNode meetings = pair.get("meetings");
    assertThat(meetings.get("total").asLong()).isEqualTo(2);
    assertThat(meetings.get("by_year").toString())
        .isEqualTo("[{\"year\":\"2023\",\"meetings\":1},{\"year\":\"2024\",\"meetings\":1}]");
    assertThat(texts(meetings.get("latest"), "date"))
        .containsExactlyInAnyOrder("2023-05-10", "2024-03-18");
    JsonNode support = pair.get("statements_by_stance").get("support");
    assertThat(support.get("total").asLong()).isEqualTo(1);
    assertThat(support.get("latest")).hasSize(1);
    assertThat(pair.get("areas_by_year").toString())
        .isEqualTo("{\"2023\":{\"drug_trafficking\":1,\"energy\":1,\"tourism\":1}}");
  }

  @Test
  void theNetworkOfAYearLinksThoseWhoMet() {
    JsonNode network = json("/api/network?year=2024");
    List<String> edges = new ArrayList<>();
    for (JsonNode e : network.get("edges")) {
      List<String> ends =
          new ArrayList<>(List.of(e.get("source_name").asText(), e.get("target_name").asText()));
      ends.sort(null);
      edges.add(String.join(" – ", ends) + ": " + e.get("events").asInt());
    }
    assertThat(edges)
        .containsExactlyInAnyOrder(
            "Japan – Kazakhstan: 2",
            "Association of Southeast Asian Nations – Shanghai Cooperation Organisation: 1");
    assertThat(json("/api/network?year=2023&type=agreement").get("edges")).hasSize(1);
    assertThat(json("/api/network?year=2022").get("nodes")).isEmpty();
  }

  @Test
  void registriesDeriveTheirStatus() {
    JsonNode agreements = json("/api/agreements");
    assertThat(texts(agreements, "status")).containsExactly("signed");
    JsonNode plans = json("/api/plans");
    assertThat(texts(plans, "status")).containsExactly("unreported");
    assertThat(texts(plans, "title")).containsExactly("plan of joint events for 2023-2024");
  }

  @Test
  void errorsSayWhatWentWrongWithTheirStatus() {
    Http.Answer missing = Http.get("/api/documents/" + "0".repeat(64));
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("code").asText()).isEqualTo("not_found");
    assertThat(missing.json().get("message").asText()).isEqualTo("No document " + "0".repeat(64));
    Http.Answer badDate = Http.get("/api/events?from=May");
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.body())
        .isEqualTo(
            "{\"code\":\"bad_request\",\"message\":\"'from' is not an ISO date (2021, 2021-02 or"
                + " 2021-02-08): 'May'\"}");
    Http.Answer nowhere = Http.get("/api/nowhere");
    assertThat(nowhere.status()).isEqualTo(404);
    assertThat(nowhere.json().get("code").asText()).isEqualTo("not_found");
    assertThat(Http.get("/api/actors/person/999999").json().get("code").asText())
        .isEqualTo("not_found");
    assertThat(Http.get("/api/pairs?a=state:1&b=organisation:2").status()).isEqualTo(400);
  }

  @Test
  void anEditorSubmitsADocumentForExtraction() {
    Http.Session session = Http.signIn(TestingServer.EDITOR);
    Http.Answer answer =
        Http.post(
            "/api/documents",
            "{\"title\": \"Ambassador of Japan meets Foreign Minister of Mongolia\","
                + " \"published\": \"2019-09-03\", \"text\": \"On 3 September 2019, Minister of"
                + " Foreign Affairs of Mongolia Bat-Erdene Tsend met with Ambassador of Japan to"
                + " Mongolia Hiroshi Sato in Ulaanbaatar.\"}",
            "Cookie",
            session.cookie(),
            "X-CSRF-Token",
            session.csrf());
    assertThat(answer.status()).as(answer.body()).isEqualTo(202);
    JsonNode job = Jobs.awaitFinished(SERVER.uri("/"), answer.json().get("id").asText(), session);
    assertThat(job.get("status").asText()).isEqualTo("done");
    JsonNode document = json(job.get("document_url").asText());
    assertThat(document.get("title").asText())
        .isEqualTo("Ambassador of Japan meets Foreign Minister of Mongolia");
    assertThat(texts(document.get("events"), "date")).containsExactly("2019-09-03");
    Http.Answer anonymous = Http.post("/api/documents", "{\"text\": \"Anything at all.\"}");
    assertThat(anonymous.status()).isEqualTo(401);
  }

  @Test
  void exportsTheEventsOfAPairAsTheExportCommandWritesThem() {
    String sco = actor("Shanghai Cooperation Organisation");
    String asean = actor("Association of Southeast Asian Nations");
    Http.Download answer =
        Http.download("/api/export?format=jsonl&type=meeting&actor=" + sco + "&with=" + asean);
    assertThat(answer.status()).as(new String(answer.body(), UTF_8)).isEqualTo(200);
    assertThat(answer.contentType()).isEqualTo("application/jsonl; charset=utf-8");
    assertThat(answer.disposition()).isEqualTo("attachment; filename=\"attache-events.jsonl\"");
    StringWriter expected = new StringWriter();
    new Exporter(SERVER.database)
        .export(
            ExportFormat.JSONL,
            new ExportFilter(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Set.of("meeting"),
                List.of(sco, asean),
                Optional.empty()),
            expected);
    assertThat(answer.body()).isEqualTo(expected.toString().getBytes(UTF_8));
    assertThat(
            new String(answer.body(), UTF_8)
                .lines()
                .map(line -> ((Meeting) ExportedEvent.fromJson(line).event()).date().orElseThrow())
                .toList())
        .containsExactlyInAnyOrder("2023-05-10", "2024-03-18");
  }

  @Test
  void exportsTheCsvTablesAsAZipOfTheFilesTheExportCommandWrites(@TempDir Path folder)
      throws IOException {
    Http.Download answer = Http.download("/api/export?format=csv&from=2023&to=2023");
    assertThat(answer.status()).as(new String(answer.body(), UTF_8)).isEqualTo(200);
    assertThat(answer.contentType()).isEqualTo("application/zip");
    assertThat(answer.disposition()).isEqualTo("attachment; filename=\"attache-events-csv.zip\"");
    ExportSummary written =
        new Exporter(SERVER.database)
            .export(
                ExportFormat.CSV,
                new ExportFilter(
                    Optional.of("2023"), Optional.of("2023"), Optional.empty(), Set.of()),
                folder);
    Map<String, byte[]> expected = new LinkedHashMap<>();
    for (Path file : written.files()) {
      expected.put(file.getFileName().toString(), Files.readAllBytes(file));
    }
    Map<String, byte[]> zipped = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(answer.body()), UTF_8)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        zipped.put(entry.getName(), zip.readAllBytes());
      }
    }
    assertThat(zipped.keySet())
        .containsExactly("events.csv", "dyads.csv", "actors.csv", "sources.csv", "memberships.csv");
    assertThat(zipped).containsExactlyEntriesOf(expected);
    assertThat(written.events()).isPositive();
  }

  @Test
  void refusesAnExportWithoutAKnownFormat() {
    Http.Answer none = Http.get("/api/export?type=meeting");
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.json().get("message").asText())
        .isEqualTo("Give a format in 'format': jsonl, csv, parquet, plover, popolo or graphml");
    Http.Answer unknown = Http.get("/api/export?format=xlsx");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("message").asText())
        .isEqualTo(
            "Not an export format: 'xlsx'; one of jsonl, csv, parquet, plover, popolo, graphml");
    Http.Answer badActor = Http.get("/api/export?format=jsonl&actor=China");
    assertThat(badActor.status()).isEqualTo(400);
    assertThat(badActor.json().get("message").asText())
        .isEqualTo("Not an actor (person:ID or organisation:ID): 'China'");
  }
}
