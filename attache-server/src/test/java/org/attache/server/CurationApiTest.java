package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * Curation through the API: an editor's act, checked against the field's type and vocabulary and
 * refused with a reason where it does not fit; undone from the log.
 */
class CurationApiTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static String document() {
    return Http.get("/api/documents/search?q=Jakarta").json().get(0).get("id").asText();
  }

  private static long meeting(String document) {
    return Http.get("/api/documents/" + document).json().get("events").get(0).get("id").asLong();
  }

  private static Http.Answer act(Http.Session session, ObjectNode body) {
    return session.post("/api/curation/acts", body.toString());
  }

  private static ObjectNode correction(String document, long event, String field, String value) {
    return MAPPER
        .createObjectNode()
        .put("kind", "correct")
        .put("document", document)
        .put("subject", "event:" + event)
        .put("field", field)
        .put("value", value);
  }

  private static void refused(Http.Answer answer, String message) {
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("code").asText()).isEqualTo("bad_request");
    assertThat(answer.json().get("message").asText()).isEqualTo(message);
  }

  /** Asserts that an editor's correction of a field of a meeting is refused with the message. */
  private static void correctionRefused(String field, String value, String message) {
    String document = document();
    refused(
        act(
            Http.signIn(TestingServer.EDITOR),
            correction(document, meeting(document), field, value)),
        message);
  }

  @Test
  void aStateCodeThatTheKnowledgeBaseDoesNotHaveIsRefused() {
    correctionRefused(
        "place.country",
        "XYZ",
        "Not a state code of the knowledge base: 'XYZ' ('place.country' takes an ISO 3166-1"
            + " alpha-3 code such as 'CHN')");
  }

  @Test
  void aCameoCodeThatIsNotInTheCodebookIsRefused() {
    correctionRefused("cameo", "999", "Not a CAMEO code of the project's event code list: '999'");
  }

  @Test
  void aValueOfOneMegabyteIsRefused() {
    correctionRefused(
        "place.name",
        "x".repeat(1 << 20),
        "A value of 'place.name' is at most 2,000 characters; this one has 1,048,576");
  }

  @Test
  void theReviewQueueRefusesAValueOfOneMegabyteToo() {
    long field = Http.get("/api/review?limit=1").json().get(0).get("id").asLong();
    Http.Session editor = Http.signIn(TestingServer.EDITOR);
    refused(
        editor.post(
            "/api/review/" + field + "/correct",
            MAPPER.createObjectNode().put("value", "x".repeat(1 << 20)).toString()),
        "A value of '"
            + Http.get("/api/review/" + field).json().get("field").asText()
            + "' is at most 2,000 characters; this one has 1,048,576");
  }

  @Test
  void aPersonCannotBeMergedWithAState() {
    ObjectNode merge =
        MAPPER
            .createObjectNode()
            .put("kind", "merge")
            .put("from", Http.actor("Lina Hartono"))
            .put("into", Http.actor("Japan"));
    refused(
        act(Http.signIn(TestingServer.EDITOR), merge),
        "Cannot merge Lina Hartono (a person) with Japan (a state): only people with people,"
            + " states with states and organisations with organisations");
  }

  @Test
  void aViewerMayNotActAndARequestWithoutTheTokenIsRefused() {
    String document = document();
    ObjectNode body = correction(document, meeting(document), "cameo", "042");
    assertThat(act(Http.signIn(TestingServer.VIEWER), body).status()).isEqualTo(403);
    Http.Session editor = Http.signIn(TestingServer.EDITOR);
    Http.Answer forged =
        Http.post("/api/curation/acts", body.toString(), "Cookie", editor.cookie());
    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.json().get("code").asText()).isEqualTo("csrf");
  }

  @Test
  void aCorrectionIsLoggedAndUndone() {
    String document = document();
    long event = meeting(document);
    Http.Session editor = Http.signIn(TestingServer.EDITOR);
    String before = Http.get("/api/documents/" + document).json().get("events").get(0).toString();
    Http.Answer made =
        act(editor, correction(document, event, "cameo", "042").put("reason", "a visit"));
    assertThat(made.status()).isEqualTo(201);
    JsonNode act = made.json();
    assertThat(act.get("kind").asText()).isEqualTo("correct");
    assertThat(act.get("summary").asText())
        .isEqualTo("Corrected cameo of meeting " + event + " to “042” (was “043”)");
    assertThat(act.get("curator").asText()).isEqualTo(TestingServer.EDITOR);
    assertThat(act.get("reason").asText()).isEqualTo("a visit");
    long id = act.get("id").asLong();
    assertThat(Http.get("/api/curation/acts?document=" + document).json().get(0).get("id").asLong())
        .isEqualTo(id);
    Http.Answer undone = editor.post("/api/curation/acts/" + id + "/undo", "");
    assertThat(undone.status()).isEqualTo(200);
    assertThat(undone.json().get("undone_by").asText()).isEqualTo(TestingServer.EDITOR);
    assertThat(Http.get("/api/documents/" + document).json().get("events").get(0).toString())
        .isEqualTo(before);
    Http.Answer again = editor.post("/api/curation/acts/" + id + "/undo", "");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("message").asText()).isEqualTo("Act " + id + " is undone already");
  }
}
