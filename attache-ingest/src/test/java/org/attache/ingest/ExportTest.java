package org.attache.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.attache.model.Meeting;
import org.attache.model.Participant;
import org.attache.model.Place;
import org.attache.model.RecordCodec;
import org.attache.model.Role;
import org.attache.model.Span;
import org.attache.model.error.AttacheException;
import org.attache.model.error.ErrorCode;
import org.attache.store.Database;
import org.attache.store.TestingStore;
import org.attache.store.export.ExportFilter;
import org.attache.store.export.ExportFormat;
import org.attache.store.export.ExportSummary;
import org.attache.store.export.ExportedEvent;
import org.attache.store.export.ExportedSource;
import org.attache.store.export.Exporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every export format of one store ({@link TestingExports}), read back by a real consumer: Jackson
 * for JSON, Apache Commons CSV, DuckDB for Parquet, the JDK's XML parser and schema validator for
 * GraphML.
 */
class ExportTest {
  @TempDir static Path folder;
  private static Exporter exporter;

  @BeforeAll
  static void store() {
    Database database = TestingExports.store(folder);
    exporter = new Exporter(database);
  }

  private static Path export(ExportFormat format, ExportFilter filter, String name) {
    Path out = folder.resolve(name);
    ExportSummary summary = exporter.export(format, filter, out);
    assertThat(summary.files()).isNotEmpty();
    return out;
  }

  private static List<ExportedEvent> jsonLines(ExportFilter filter) throws IOException {
    StringWriter out = new StringWriter();
    exporter.export(ExportFormat.JSONL, filter, out);
    List<ExportedEvent> events = new ArrayList<>();
    for (String line : out.toString().split("\n", -1)) {
      if (!line.isEmpty()) {
        events.add(ExportedEvent.fromJson(line));
      }
    }
    return events;
  }

  private static String a(String file) {
    return folder.resolve("documents").resolve(file).toString();
  }

  @Test
  void jsonLinesHoldTheMergedReviewedRecordsWithTheirSources() throws IOException {
    List<ExportedEvent> events = jsonLines(ExportFilter.all());
    assertThat(events)
        .extracting(e -> e.event().type() + " " + e.event().date().orElse("-"))
        .containsExactly(
            "meeting 2023-03-14",
            "meeting 2023-04-19",
            "meeting 2022-07-05",
            "statement 2021-02-08",
            "agreement 2005");
    ExportedEvent merged = events.get(0);
    assertThat(merged.schema()).isEqualTo("attache.export/1");
    Meeting meeting = (Meeting) merged.event();
    assertThat(meeting.place())
        .contains(new Place(Optional.empty(), Optional.of("Astana"), Optional.of("KAZ")));
    assertThat(meeting.participants())
        .extracting(Participant::role)
        .containsExactly(Role.HOST, Role.GUEST);
    assertThat(meeting.participants())
        .extracting(p -> merged.actors().stream().filter(a -> a.id().equals(p.actor())))
        .extracting(actors -> actors.findFirst().orElseThrow().name())
        .containsExactly("Murat Nurtleu", "Yasushi Kaneko");
    assertThat(merged.actors())
        .filteredOn(a -> a.name().equals("Yasushi Kaneko"))
        .singleElement()
        .satisfies(
            kaneko -> {
              assertThat(kaneko.posts())
                  .singleElement()
                  .satisfies(
                      post -> {
                        assertThat(post.title()).isEqualTo("Ambassador");
                        assertThat(name(merged, post.of().orElseThrow())).isEqualTo("Japan");
                        assertThat(name(merged, post.to().orElseThrow())).isEqualTo("Kazakhstan");
                      });
            });
    assertThat(merged.sources())
        .extracting(ExportedSource::source, ExportedSource::published)
        .containsExactly(
            tuple(a("a.txt"), Optional.of("2023-03-14")),
            tuple(a("b.txt"), Optional.of("2023-03-15")));
    assertThat(merged.sources().get(0).evidence()).containsExactly(new Span(0, 56));
    assertThat(meeting.codes().flatMap(c -> c.cameo())).contains("043");
  }

  private static String name(ExportedEvent event, String actorId) {
    return event.actors().stream()
        .filter(a -> a.id().equals(actorId))
        .findFirst()
        .orElseThrow()
        .name();
  }

  @Test
  void csvTablesHaveAHeaderAndOneRowPerEventDyadActorAndSource() throws IOException {
    Path csv = export(ExportFormat.CSV, ExportFilter.all(), "csv");
    List<CSVRecord> events =
        csv(
            csv.resolve("events.csv"),
            "event_id,type,date,date_first,date_last,sources,confidence,actor_ids,actor_names,"
                + "place_name,place_city,place_country,format,cameo,plover,stance,text,"
                + "instrument,title,status,period_from,period_to,framework_id,capacity,occasion,"
                + "areas");
    assertThat(events)
        .extracting(
            r ->
                r.get("type")
                    + " "
                    + r.get("date")
                    + " "
                    + r.get("sources")
                    + " "
                    + r.get("actor_names"))
        .containsExactly(
            "meeting 2023-03-14 2 Murat Nurtleu;Yasushi Kaneko",
            "meeting 2023-04-19 1 Murat Nurtleu;Yasushi Kaneko",
            "meeting 2022-07-05 1 Carlos Silva;Kenji Rahman",
            "statement 2021-02-08 1 ASEAN;China",
            "agreement 2005 1 China;ASEAN");
    CSVRecord agreement = events.get(4);
    assertThat(
            List.of(
                agreement.get("date_first"),
                agreement.get("date_last"),
                agreement.get("instrument"),
                agreement.get("status"),
                agreement.get("areas")))
        .containsExactly(
            "2005-01-01",
            "2005-12-31",
            "memorandum_of_understanding",
            "signed",
            "drug_trafficking;terrorism");
    assertThat(events.get(3).get("text"))
        .isEqualTo("reaffirmed its \"readiness\" to work with China,\nas agreed");

    List<CSVRecord> dyads =
        csv(
            csv.resolve("dyads.csv"),
            "event_id,type,date,source_id,source_name,source_kind,source_country,source_role,"
                + "target_id,target_name,target_kind,target_country,target_role,cameo,plover");
    assertThat(dyads)
        .extracting(
            r ->
                String.join(
                    " ",
                    r.get("date"),
                    r.get("source_name"),
                    r.get("source_country"),
                    r.get("source_role"),
                    "->",
                    r.get("target_name"),
                    r.get("target_country"),
                    r.get("target_role")))
        .containsExactly(
            "2023-03-14 Yasushi Kaneko JPN guest -> Murat Nurtleu KAZ host",
            "2023-04-19 Yasushi Kaneko JPN guest -> Murat Nurtleu KAZ host",
            "2022-07-05 Kenji Rahman IND guest -> Carlos Silva BRA host",
            "2021-02-08 ASEAN ASEAN speaker -> China CHN about",
            "2005 China CHN party -> ASEAN ASEAN party");

    List<CSVRecord> actors = csv(csv.resolve("actors.csv"), "actor_id,kind,name,code,events");
    assertThat(actors)
        .extracting(
            r -> r.get("kind") + " " + r.get("name") + " " + r.get("code") + " " + r.get("events"))
        .containsExactly(
            "person Murat Nurtleu  2",
            "person Yasushi Kaneko  2",
            "person Carlos Silva  1",
            "person Kenji Rahman  1",
            "state Kazakhstan KAZ 0",
            "state Japan JPN 0",
            "state Brazil BRA 0",
            "state India IND 0",
            "state China CHN 2",
            "organisation ASEAN ASEAN 2");

    List<CSVRecord> sources =
        csv(
            csv.resolve("sources.csv"),
            "event_id,document_id,source,title,published,span_start,span_end,confidence");
    assertThat(sources).hasSize(6);
    assertThat(sources.get(0).get("source")).isEqualTo(a("a.txt"));
    assertThat(sources.get(1).get("title")).isEqualTo("Japan and Kazakhstan discuss cooperation");
    assertThat(sources.get(1).get("document_id")).matches("[0-9a-f]{64}");

    List<CSVRecord> memberships =
        csv(
            csv.resolve("memberships.csv"),
            "membership_id,person_id,person_name,post,organisation_id,organisation_name,"
                + "accredited_to_id,accredited_to_name,first_reported,last_reported,sources");
    assertThat(memberships)
        .extracting(
            r ->
                String.join(
                    " | ",
                    r.get("person_name"),
                    r.get("post"),
                    r.get("organisation_name"),
                    r.get("accredited_to_name"),
                    r.get("first_reported"),
                    r.get("last_reported"),
                    r.get("sources")))
        .containsExactly(
            "Murat Nurtleu | Minister of Foreign Affairs | Kazakhstan |  | 2023-03-14 | 2023-04-21 | 3",
            "Yasushi Kaneko | Ambassador | Japan | Kazakhstan | 2023-03-14 | 2023-04-21 | 3",
            "Carlos Silva | Minister of Foreign Affairs | Brazil |  | 2022-07-05 | 2022-07-05 | 1",
            "Kenji Rahman | Ambassador | India | Brazil | 2022-07-05 | 2022-07-05 | 1");
  }

  private static List<CSVRecord> csv(Path file, String header) throws IOException {
    String text = TestingExports.read(file);
    assertThat(text).startsWith(header + "\r\n");
    try (Reader in = Files.newBufferedReader(file, UTF_8);
        CSVParser parser =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      assertThat(String.join(",", parser.getHeaderNames())).isEqualTo(header);
      return parser.getRecords();
    }
  }

  @Test
  void csvQuotesCommasQuotesAndLineBreaksAsRfc4180Says() throws IOException {
    Path csv = export(ExportFormat.CSV, filter(null, null, "ASEAN", Set.of("statement")), "quoted");
    assertThat(TestingExports.read(csv.resolve("events.csv")))
        .contains(",\"reaffirmed its \"\"readiness\"\" to work with China,\nas agreed\",");
    assertThat(TestingExports.read(csv.resolve("sources.csv")))
        .contains(",asean.txt,ASEAN and China,2021-02-08,0,20,0.6\r\n");
  }

  @Test
  void parquetTablesAreReadByDuckDb() throws SQLException {
    Path parquet = export(ExportFormat.PARQUET, ExportFilter.all(), "parquet");
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = duck.createStatement()) {
      assertThat(
              rows(
                  sql,
                  "SELECT type, date, sources, confidence, actor_names FROM '"
                      + parquet.resolve("events.parquet")
                      + "' ORDER BY event_id"))
          .containsExactly(
              List.of("meeting", "2023-03-14", "2", "0.85", "Murat Nurtleu;Yasushi Kaneko"),
              List.of("meeting", "2023-04-19", "1", "0.7", "Murat Nurtleu;Yasushi Kaneko"),
              List.of("meeting", "2022-07-05", "1", "0.7", "Carlos Silva;Kenji Rahman"),
              List.of("statement", "2021-02-08", "1", "0.6", "ASEAN;China"),
              List.of("agreement", "2005", "1", "0.8", "China;ASEAN"));
      assertThat(
              rows(
                  sql,
                  "SELECT column_name, column_type FROM (DESCRIBE SELECT event_id,"
                      + " sources, confidence FROM '"
                      + parquet.resolve("events.parquet")
                      + "')"))
          .containsExactly(
              List.of("event_id", "VARCHAR"),
              List.of("sources", "BIGINT"),
              List.of("confidence", "DOUBLE"));
      assertThat(
              rows(
                  sql,
                  "SELECT d.source_country, d.target_country, count(*) FROM '"
                      + parquet.resolve("dyads.parquet")
                      + "' d WHERE d.type = 'meeting'"
                      + " GROUP BY ALL ORDER BY ALL"))
          .containsExactly(List.of("IND", "BRA", "1"), List.of("JPN", "KAZ", "2"));
      assertThat(
              rows(
                  sql,
                  "SELECT count(*), count(span_start) FROM '"
                      + parquet.resolve("sources.parquet")
                      + "'"))
          .containsExactly(List.of("6", "6"));
      assertThat(
              rows(
                  sql,
                  "SELECT name FROM '"
                      + parquet.resolve("actors.parquet")
                      + "' WHERE code IS NULL ORDER BY name"))
          .containsExactly(
              List.of("Carlos Silva"),
              List.of("Kenji Rahman"),
              List.of("Murat Nurtleu"),
              List.of("Yasushi Kaneko"));
      assertThat(
              rows(
                  sql,
                  "SELECT count(*) FROM '"
                      + parquet.resolve("memberships.parquet")
                      + "' WHERE accredited_to_name IS NOT NULL"))
          .containsExactly(List.of("2"));
    }
  }

  private static List<List<String>> rows(Statement sql, String query) throws SQLException {
    try (ResultSet rows = sql.executeQuery(query)) {
      return TestingStore.texts(rows);
    }
  }

  @Test
  void ploverEventsCodeMeetingsStatementsAndAgreementsAsTheManualDoes() throws IOException {
    Path file = export(ExportFormat.PLOVER, ExportFilter.all(), "events.plover.jsonl");
    List<JsonNode> events = new ArrayList<>();
    for (String line : TestingExports.read(file).split("\n")) {
      events.add(RecordCodec.mapper().readTree(line));
    }
    assertThat(events)
        .extracting(
            e ->
                String.join(
                    " ",
                    e.get("date").asText(),
                    e.get("event").toString(),
                    e.get("mode").toString(),
                    e.get("context").toString(),
                    e.get("quad_code").asText(),
                    e.get("event_scale").asText()))
        .containsExactly(
            "2023-03-14 [\"CONSULT\"] [\"visit\"] [] 1 2.1",
            "2023-04-19 [\"CONSULT\"] [\"visit\"] [] 1 2.1",
            "2022-07-05 [\"CONSULT\"] [\"visit\"] [] 1 2.1",
            "2021-02-08 [\"AGREE\"] [] [\"economic\"] 1 4.2",
            "2005-01-01 [\"SUPPORT\"] [] [\"crime_drugs\",\"diplomatic\",\"terrorism\"] 1 4.6");
    JsonNode visit = events.get(0);
    assertThat(visit.get("source")).hasSize(1);
    assertThat(visit.get("source").get(0).get("actor_text").asText()).isEqualTo("Yasushi Kaneko");
    assertThat(visit.get("source").get(0).get("code").asText()).isEqualTo("JPN");
    assertThat(visit.get("source").get(0).get("sector").asText()).isEqualTo("GOV");
    assertThat(visit.get("source").get(0).get("office").asText()).isEqualTo("Ambassador");
    assertThat(visit.get("recipient").get(0).get("actor_text").asText()).isEqualTo("Murat Nurtleu");
    assertThat(visit.get("recipient").get(0).get("code").asText()).isEqualTo("KAZ");
    assertThat(visit.get("event_loc").get("name").asText()).isEqualTo("Astana");
    assertThat(visit.get("event_loc").get("cc3").asText()).isEqualTo("KAZ");
    assertThat(visit.get("sources")).hasSize(2);
    assertThat(visit.get("cite_info").get("url").asText()).isEqualTo(a("a.txt"));
    // the later meeting is now read as the ambassador's visit too: guest to host
    assertThat(events.get(1).get("source")).hasSize(1);
    assertThat(events.get(1).get("recipient").get(0).get("actor_text").asText())
        .isEqualTo("Murat Nurtleu");
    JsonNode statement = events.get(3);
    assertThat(statement.get("source").get(0).get("code").asText()).isEqualTo("IGO");
    assertThat(statement.get("source").get(0).get("actor_text").asText()).isEqualTo("ASEAN");
    assertThat(statement.get("recipient").get(0).get("code").asText()).isEqualTo("CHN");
    assertThat(statement.get("event_text").get(0).asText())
        .isEqualTo("reaffirmed its \"readiness\" to work with China,\nas agreed");
    assertThat(events.get(4).get("enddate").asText()).isEqualTo("2005-12-31");
    assertThat(events.get(4).get("id").asText()).isNotEqualTo(events.get(3).get("id").asText());
  }

  @Test
  void popoloHoldsPersonsOrganizationsAndMemberships() throws IOException {
    Path file = export(ExportFormat.POPOLO, ExportFilter.all(), "popolo.json");
    JsonNode popolo = RecordCodec.mapper().readTree(file.toFile());
    assertThat(names(popolo.get("persons"), "name"))
        .containsExactly("Murat Nurtleu", "Yasushi Kaneko", "Carlos Silva", "Kenji Rahman");
    assertThat(names(popolo.get("organizations"), "name"))
        .containsExactly("Kazakhstan", "Japan", "Brazil", "India", "China", "ASEAN");
    JsonNode japan = popolo.get("organizations").get(1);
    assertThat(japan.get("classification").asText()).isEqualTo("state");
    assertThat(japan.get("identifiers").get(0).get("scheme").asText())
        .isEqualTo("ISO 3166-1 alpha-3");
    assertThat(japan.get("identifiers").get(0).get("identifier").asText()).isEqualTo("JPN");
    JsonNode kaneko = popolo.get("memberships").get(1);
    assertThat(kaneko.get("person_id").asText())
        .isEqualTo(popolo.get("persons").get(1).get("id").asText());
    assertThat(kaneko.get("organization_id").asText()).isEqualTo(japan.get("id").asText());
    assertThat(kaneko.get("role").asText()).isEqualTo("Ambassador");
    assertThat(kaneko.get("label").asText()).isEqualTo("Ambassador of Japan to Kazakhstan");
    assertThat(kaneko.get("start_date").asText()).isEqualTo("2023-03-14");
    assertThat(kaneko.get("end_date").asText()).isEqualTo("2023-04-21");
    assertThat(names(popolo.get("memberships"), "label"))
        .containsExactly(
            "Minister of Foreign Affairs of Kazakhstan",
            "Ambassador of Japan to Kazakhstan",
            "Minister of Foreign Affairs of Brazil",
            "Ambassador of India to Brazil");
  }

  private static List<String> names(JsonNode array, String field) {
    List<String> names = new ArrayList<>();
    array.forEach(node -> names.add(node.get(field).asText()));
    return names;
  }

  @Test
  void graphmlIsValidAndHoldsTheContactNetwork() throws Exception {
    Path file = export(ExportFormat.GRAPHML, ExportFilter.all(), "contacts.graphml");
    URL xsd = ExportTest.class.getResource("graphml-subset.xsd");
    SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(xsd)
        .newValidator()
        .validate(new StreamSource(file.toFile()));
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document graphml = factory.newDocumentBuilder().parse(file.toFile());
    String ns = "http://graphml.graphdrawing.org/xmlns";
    NodeList nodes = graphml.getElementsByTagNameNS(ns, "node");
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element node = (Element) nodes.item(i);
      labels.add(data(node, "label") + "/" + data(node, "country"));
    }
    assertThat(labels)
        .containsExactly(
            "Murat Nurtleu/KAZ",
            "Yasushi Kaneko/JPN",
            "Carlos Silva/BRA",
            "Kenji Rahman/IND",
            "Kazakhstan/KAZ",
            "Japan/JPN",
            "Brazil/BRA",
            "India/IND",
            "China/CHN",
            "ASEAN/");
    NodeList edges = graphml.getElementsByTagNameNS(ns, "edge");
    List<String> contacts = new ArrayList<>();
    for (int i = 0; i < edges.getLength(); i++) {
      Element edge = (Element) edges.item(i);
      contacts.add(
          String.join(
              " ",
              label(graphml, edge.getAttribute("source")),
              label(graphml, edge.getAttribute("target")),
              data(edge, "weight"),
              data(edge, "types"),
              data(edge, "years")));
    }
    assertThat(contacts)
        .containsExactly(
            "Murat Nurtleu Yasushi Kaneko 2 meeting 2023",
            "Carlos Silva Kenji Rahman 1 meeting 2022",
            "China ASEAN 2 agreement statement 2005 2021");
    assertThat(
            ((Element) graphml.getElementsByTagNameNS(ns, "graph").item(0))
                .getAttribute("edgedefault"))
        .isEqualTo("undirected");
  }

  private static String data(Element element, String key) {
    NodeList data = element.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "data");
    for (int i = 0; i < data.getLength(); i++) {
      Element value = (Element) data.item(i);
      if (value.getAttribute("key").equals(key)) {
        return value.getTextContent();
      }
    }
    return "";
  }

  private static String label(Document graphml, String id) {
    NodeList nodes =
        graphml.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element node = (Element) nodes.item(i);
      if (node.getAttribute("id").equals(id)) {
        return data(node, "label");
      }
    }
    throw new AssertionError("no node " + id);
  }

  private static ExportFilter filter(String from, String to, String actor, Set<String> types) {
    return new ExportFilter(
        Optional.ofNullable(from), Optional.ofNullable(to), Optional.ofNullable(actor), types);
  }

  private static List<String> dates(ExportFilter filter) throws IOException {
    return jsonLines(filter).stream()
        .map(e -> e.event().type() + " " + e.event().date().orElse("-"))
        .toList();
  }

  @Test
  void filtersByDates() throws IOException {
    assertThat(dates(filter("2023-03", null, null, Set.of())))
        .containsExactly("meeting 2023-03-14", "meeting 2023-04-19");
    assertThat(dates(filter("2021", "2022-07-05", null, Set.of())))
        .containsExactly("meeting 2022-07-05", "statement 2021-02-08");
    assertThat(dates(filter(null, "2005-06", null, Set.of()))).containsExactly("agreement 2005");
    assertThat(dates(filter("2023-04-20", "2024", null, Set.of()))).isEmpty();
  }

  @Test
  void filtersByActorNameOrCodeIncludingWhoActsOnItsBehalf() throws IOException {
    assertThat(dates(filter(null, null, "yasushi kaneko", Set.of())))
        .containsExactly("meeting 2023-03-14", "meeting 2023-04-19");
    assertThat(dates(filter(null, null, "BRA", Set.of()))).containsExactly("meeting 2022-07-05");
    assertThat(dates(filter(null, null, "India", Set.of()))).containsExactly("meeting 2022-07-05");
    assertThat(dates(filter(null, null, "asean", Set.of())))
        .containsExactly("statement 2021-02-08", "agreement 2005");
    assertThat(dates(filter(null, null, "Nobody", Set.of()))).isEmpty();
  }

  @Test
  void filtersByTypeAndCombines() throws IOException {
    assertThat(dates(filter(null, null, null, Set.of("agreement", "statement"))))
        .containsExactly("statement 2021-02-08", "agreement 2005");
    assertThat(dates(filter("2023", null, "KAZ", Set.of("meeting"))))
        .containsExactly("meeting 2023-03-14", "meeting 2023-04-19");
  }

  @Test
  void aFilteredExportHoldsOnlyTheActorsOfItsEvents() throws IOException {
    Path csv = export(ExportFormat.CSV, filter(null, null, "India", Set.of()), "india");
    assertThat(csv(csv.resolve("actors.csv"), "actor_id,kind,name,code,events"))
        .extracting(r -> r.get("name"))
        .containsExactly("Carlos Silva", "Kenji Rahman", "Brazil", "India");
    assertThat(
            csv(
                csv.resolve("dyads.csv"),
                TestingExports.read(csv.resolve("dyads.csv")).lines().findFirst().orElseThrow()))
        .hasSize(1);
  }

  @Test
  void refusesWrongFilters() {
    assertThatThrownBy(() -> filter("14 March", null, null, Set.of()))
        .isInstanceOf(AttacheException.class)
        .hasFieldOrPropertyWithValue("code", ErrorCode.BAD_INPUT)
        .hasMessage("Not an ISO date for --from: '14 March' (2021, 2021-02 or 2021-02-08)");
    assertThatThrownBy(() -> filter(null, null, null, Set.of("visit")))
        .isInstanceOf(AttacheException.class)
        .hasMessage(
            "Not an event type: 'visit'; one of meeting, statement, agreement, plan, priorities,"
                + " establishment");
    assertThatThrownBy(() -> ExportFormat.parse("xlsx"))
        .isInstanceOf(AttacheException.class)
        .hasMessage(
            "Not an export format: 'xlsx'; one of jsonl, csv, parquet, plover, popolo,"
                + " graphml");
    assertThat(Arrays.stream(ExportFormat.values()).filter(ExportFormat::folder))
        .containsExactly(ExportFormat.CSV, ExportFormat.PARQUET);
  }
}
