package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.attache.store.TestingStore;
import org.junit.jupiter.api.Test;

/** The coordination workspace's API, its refusals above all, over the real server and store. */
class CoordinationApiTest {
  private static final TestingWorkspace WORKSPACE = TestingWorkspace.get();

  private static Http.Answer get(String path) {
    return Http.send(HttpRequest.newBuilder(WORKSPACE.uri(path)).GET());
  }

  private static Http.Answer post(Http.Session session, String path, String json) {
    return Http.post(
        WORKSPACE.uri(path), json, "Cookie", session.cookie(), "X-CSRF-Token", session.csrf());
  }

  private static JsonNode ok(Http.Answer answer) {
    assertThat(answer.status()).as(answer.body()).isBetween(200, 201);
    return answer.json();
  }

  private static long plan(Http.Session session, String parties) {
    return ok(post(
            session,
            "/api/coordination/plans",
            "{\"title\": \"Joint events\", \"parties\": "
                + parties
                + ", \"period_from\": \"2021\", \"period_to\": \"2022\", \"areas\": [\"tourism\"]}"))
        .get("id")
        .asLong();
  }

  private static long item(Http.Session session, long plan, String title, String planned) {
    return ok(post(
            session,
            "/api/coordination/plans/" + plan + "/items",
            "{\"title\": \""
                + title
                + "\", \"kind\": \"meeting\", \"planned_from\": \""
                + planned
                + "\", \"place\": \"Beijing\"}"))
        .get("id")
        .asLong();
  }

  /** A plan of the SCO and ASEAN with one item, agreed by both and approved by both. */
  private static long approvedPlan(String planned) {
    Http.Session sco = WORKSPACE.signIn(TestingWorkspace.SCO_EDITOR);
    Http.Session asean = WORKSPACE.signIn(TestingWorkspace.ASEAN_EDITOR);
    long plan = plan(sco, "[\"SCO\", \"ASEAN\"]");
    long item = item(sco, plan, "Consultations of the secretariats", planned);
    for (Http.Session editor : List.of(sco, asean)) {
      ok(post(editor, "/api/coordination/items/" + item + "/responses", "{\"agrees\": true}"));
    }
    ok(
        post(
            WORKSPACE.signIn(TestingWorkspace.SCO_COORDINATOR),
            "/api/coordination/plans/" + plan + "/approval",
            ""));
    JsonNode approved =
        ok(
            post(
                WORKSPACE.signIn(TestingWorkspace.ASEAN_COORDINATOR),
                "/api/coordination/plans/" + plan + "/approval",
                ""));
    assertThat(approved.get("status").asText()).isEqualTo("approved");
    assertThat(approved.get("locked").asBoolean()).isTrue();
    return plan;
  }

  @Test
  void anAseanEditorChangingAnScoOnlyPlanIsRefused() {
    long plan = plan(WORKSPACE.signIn(TestingWorkspace.SCO_EDITOR), "[\"SCO\"]");
    Http.Answer refused =
        post(
            WORKSPACE.signIn(TestingWorkspace.ASEAN_EDITOR),
            "/api/coordination/plans/" + plan + "/items",
            "{\"title\": \"Visit\", \"kind\": \"visit\", \"planned_from\": \"2021-05\"}");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("code").asText()).isEqualTo("forbidden");
    assertThat(refused.json().get("message").asText())
        .isEqualTo("User 'adi' acts for ASEAN, which is not a party to plan " + plan + " (SCO)");
    assertThat(ok(get("/api/coordination/plans/" + plan)).get("items")).isEmpty();
  }

  @Test
  void aChangeToALockedPlanWithoutACoordinatorIsRefusedAndWithOneAndAReasonMade() {
    long plan = approvedPlan("2021-03");
    long item = ok(get("/api/coordination/plans/" + plan)).get("items").get(0).get("id").asLong();
    String moved =
        "{\"title\": \"Consultations of the secretariats\", \"kind\": \"meeting\","
            + " \"planned_from\": \"2021-04\", \"place\": \"Beijing\", \"status\": \"agreed\","
            + " \"reason\": \"moved to April\"}";

    Http.Answer refused =
        post(
            WORKSPACE.signIn(TestingWorkspace.SCO_EDITOR),
            "/api/coordination/items/" + item,
            moved);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("code").asText()).isEqualTo("conflict");
    assertThat(refused.json().get("message").asText())
        .isEqualTo(
            "Plan "
                + plan
                + " is approved and locked: a change needs a coordinator of SCO or ASEAN and a"
                + " reason; 'sara' is an editor");

    JsonNode changed =
        ok(
            post(
                WORKSPACE.signIn(TestingWorkspace.ASEAN_COORDINATOR),
                "/api/coordination/items/" + item,
                moved));
    assertThat(changed.get("planned_from").asText()).isEqualTo("2021-04");
    JsonNode history = ok(get("/api/coordination/plans/" + plan + "/history"));
    JsonNode last = history.get(history.size() - 1);
    assertThat(last.get("user_name").asText()).isEqualTo("ayu");
    assertThat(last.get("what").asText())
        .isEqualTo("changed item " + item + ": planned from: 2021-03 → 2021-04");
    assertThat(last.get("reason").asText()).isEqualTo("moved to April");
  }

  @Test
  void aForgedOrMissingAntiForgeryTokenIsRefused() {
    Http.Session sco = WORKSPACE.signIn(TestingWorkspace.SCO_EDITOR);
    String body =
        "{\"title\": \"Joint events\", \"parties\": [\"SCO\"], \"period_from\": \"2021\","
            + " \"period_to\": \"2022\"}";
    long before = TestingStore.count(WORKSPACE.database, "SELECT count(*) FROM coord_plan");
    List<Http.Answer> refused = new ArrayList<>();
    refused.add(Http.post(WORKSPACE.uri("/api/coordination/plans"), body, "Cookie", sco.cookie()));
    refused.add(
        Http.post(
            WORKSPACE.uri("/api/coordination/plans"),
            body,
            "Cookie",
            sco.cookie(),
            "X-CSRF-Token",
            "forged-" + sco.csrf()));
    for (Http.Answer answer : refused) {
      assertThat(answer.status()).isEqualTo(403);
      assertThat(answer.json().get("code").asText()).isEqualTo("csrf");
      assertThat(answer.json().get("message").asText())
          .isEqualTo("The request does not carry this session's anti-forgery token");
    }
    assertThat(TestingStore.count(WORKSPACE.database, "SELECT count(*) FROM coord_plan"))
        .isEqualTo(before);
  }

  @Test
  void aViewerReadsButChangesNothing() {
    long plan = plan(WORKSPACE.signIn(TestingWorkspace.SCO_EDITOR), "[\"SCO\"]");
    Http.Answer refused =
        post(
            WORKSPACE.signIn(TestingWorkspace.VIEWER),
            "/api/coordination/plans/" + plan + "/items",
            "{\"title\": \"Visit\", \"kind\": \"visit\"}");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("message").asText())
        .isEqualTo("User 'vera' is a viewer: changing a joint plan needs an editor");
  }

  @Test
  void aBadValueIsRefusedNamingTheFieldAndTheValue() {
    Http.Answer refused =
        post(
            WORKSPACE.signIn(TestingWorkspace.SCO_EDITOR),
            "/api/coordination/plans",
            "{\"title\": \"Joint events\", \"parties\": [\"SCO\"], \"period_from\": \"2021-13\","
                + " \"period_to\": \"2022\"}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText())
        .isEqualTo("The period's start is not a date of the calendar: '2021-13'");
  }

  @Test
  void theExtractedMeetingIsProposedForTheItemAndOnceConfirmedCountsAsHeld() {
    long plan = approvedPlan("2021-02");
    JsonNode proposals = ok(get("/api/coordination/plans/" + plan + "/proposals"));
    assertThat(proposals).hasSize(1);
    JsonNode meeting = proposals.get(0);
    assertThat(meeting.get("date").asText()).isEqualTo("2021-02-08");
    assertThat(meeting.get("score").asDouble()).isEqualTo(0.9);
    assertThat(meeting.get("parties_found").toString()).isEqualTo("[\"SCO\",\"ASEAN\"]");
    assertThat(meeting.get("place").asText()).isEqualTo("SCO Secretariat, Beijing, CHN");
    assertThat(meeting.get("sentence").asText())
        .startsWith("On 8 February 2021, the SCO Secretariat was the venue for a meeting between");
    long item = meeting.get("item_id").asLong();

    JsonNode held =
        ok(
            post(
                WORKSPACE.signIn(TestingWorkspace.ASEAN_EDITOR),
                "/api/coordination/items/" + item + "/tracking",
                "{\"event\": " + meeting.get("event").asLong() + ", \"decision\": \"confirm\"}"));
    assertThat(held.get("status").asText()).isEqualTo("held");
    assertThat(held.get("held_on").asText()).isEqualTo("2021-02-08");
    assertThat(held.get("overdue").asBoolean()).isFalse();
    assertThat(held.get("evidence").get(0).get("source").asText())
        .endsWith("0000-sco-asean-2021-02-08.txt");

    JsonNode progress = ok(get("/api/coordination/progress?plan=" + plan));
    assertThat(progress.get("all").toString())
        .isEqualTo("{\"held\":1,\"counted\":1,\"overdue\":0,\"share\":1.0}");
    assertThat(progress.get("by_year").toString())
        .isEqualTo("{\"2021\":{\"held\":1,\"counted\":1,\"overdue\":0,\"share\":1.0}}");
    assertThat(progress.get("by_party").fieldNames()).toIterable().containsExactly("ASEAN", "SCO");
    assertThat(ok(get("/api/coordination/plans/" + plan)).get("status").asText())
        .isEqualTo("implemented");
  }
}
