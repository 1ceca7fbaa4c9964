package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Every page in a real Chromium, used as a person would: search, select, filter, review. */
class PagesBrowserTest extends OnSharedServer {

  @Test
  void searchFindsPeopleDocumentsAndEvents() {
    go("/");
    browser.findElement(By.id("q")).sendKeys("Hartono");
    browser.findElement(By.cssSelector("form.search button")).click();
    waitFor("#actors li");
    assertThat(texts("#actors li")).containsExactly("Lina Hartono person");
    assertThat(texts("#documents li a"))
        .containsExactlyInAnyOrder(
            "SCO Secretary-General meets ASEAN Secretary-General in Jakarta",
            "SCO and ASEAN hold talks on tourism");
    // The 2024 talks and Ms Hartono's concern voiced there, then the 2023 meeting.
    assertThat(texts("#events tbody tr td:first-child"))
        .containsExactly("2024-03-18", "2024-03-18", "2023-05-10");
    Browser.screenshot(browser, "search");
  }

  @Test
  void aDocumentHighlightsMentionsAndSelectingAFieldShowsItsEvidence() {
    go("/?q=Jakarta");
    browser
        .findElement(By.linkText("SCO Secretary-General meets ASEAN Secretary-General in Jakarta"))
        .click();
    waitFor("#text .seg");
    assertThat(text("#title"))
        .isEqualTo("SCO Secretary-General meets ASEAN Secretary-General in Jakarta");
    assertThat(texts("#text .hl-person")).contains("Lina Hartono", "Ruslan Abdurakhmanov");
    assertThat(texts("#text .hl-organisation")).contains("SCO");
    assertThat(texts("#text .hl-place")).contains("Jakarta");
    assertThat(texts("#text .hl-date")).contains("10 May 2023");
    WebElement stance =
        browser.findElements(By.cssSelector("button.field")).stream()
            .filter(b -> b.getText().startsWith("stance support"))
            .findFirst()
            .orElseThrow();
    stance.click();
    assertThat(text("#evidence"))
        .isEqualTo(
            "stance: support — “Mr Abdurakhmanov welcomed the growing cooperation between the SCO"
                + " and ASEAN and said that the SCO supports the central role of ASEAN in the"
                + " region.”");
    assertThat(String.join("", texts("#text .seg.evidence")))
        .startsWith("Mr Abdurakhmanov welcomed");
    WebElement date =
        browser.findElement(
            By.xpath(
                "//li[@class='subject' and starts-with(., 'Meeting')]/following-sibling::li"
                    + "[button/span[@class='name' and .='date']][1]/button"));
    date.click();
    assertThat(text("#evidence"))
        .isEqualTo(
            "date: 2023-05-10 — “On 10 May 2023, SCO Secretary-General Ruslan Abdurakhmanov met"
                + " with ASEAN Secretary-General Lina Hartono in Jakarta.”");
    assertThat(String.join("", texts("#text .seg.evidence"))).startsWith("On 10 May 2023");
    // The fields' subjects read as words, a post's organisation by its name.
    assertThat(texts(".fields li.subject"))
        .contains("Ruslan Abdurakhmanov (person)", "Post of Lina Hartono", "Part of Lina Hartono");
    assertThat(texts(".fields button .name"))
        .doesNotContain("on_behalf_of")
        .contains("on behalf of");
    Browser.screenshot(browser, "document");
  }

  @Test
  void theStartPageShowsCountsTheLatestRecordsAndSetsApartDocumentsThatAreNotDiplomatic() {
    go("/");
    waitFor("#counts");
    // Other tests submit documents to the same store, so the counts are read as a pattern.
    assertThat(text("#counts"))
        .matches(
            "\\d+ stor(y|ies) in \\d+ documents \\(\\d+ of them not diplomatic\\) · \\d+ meetings"
                + " · \\d+ statements"
                + " · 1 agreement · \\d+ plans? · \\d+ people · \\d+ fields to review");
    assertThat(texts("#latest-meetings tbody tr")).hasSize(5);
    assertThat(texts("#latest-agreements tbody tr td:nth-child(2)"))
        .containsExactly(
            "Memorandum of understanding between Association of Southeast Asian Nations and"
                + " Shanghai Cooperation Organisation, signed 10 May 2023; on drug trafficking,"
                + " energy and tourism");
    assertThat(texts("#other-documents li a")).contains("Regional football final ends in a draw");
    assertThat(texts("#documents li a"))
        .contains("SCO Secretary-General meets ASEAN Secretary-General in Jakarta")
        .doesNotContain("Regional football final ends in a draw");
    Browser.screenshot(browser, "start");
  }

  @Test
  void fromTheStartPageToAMeetingItsEvidenceAndAnActor() {
    go("/");
    browser.findElement(By.linkText("Events")).click();
    waitFor("#event-filters");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("filter-type")))
        .selectByVisibleText("meeting");
    browser.findElement(By.id("filter-actor")).sendKeys("Hartono");
    assertThat(suggestedActors()).containsExactly("Lina Hartono");
    browser.findElement(By.id("filter-button")).click();
    waitFor("#range");
    assertThat(text("#events-heading")).isEqualTo("Meetings of Lina Hartono");
    assertThat(text("#range")).isEqualTo("1–2 of 2, newest first");
    assertThat(browser.findElement(By.id("filter-actor")).getAttribute("value"))
        .isEqualTo("Lina Hartono");
    assertThat(texts("table.events tbody tr td:nth-child(2)"))
        .containsExactly(
            "Meeting, 18 March 2024, Beijing: Ruslan Abdurakhmanov, SCO Secretary-General (host),"
                + " with Lina Hartono, ASEAN Secretary-General",
            "Meeting, 10 May 2023, Jakarta: Lina Hartono, ASEAN Secretary-General (host), with"
                + " Ruslan Abdurakhmanov, SCO Secretary-General");
    Browser.screenshot(browser, "events-filtered");
    browser
        .findElement(By.linkText("SCO Secretary-General meets ASEAN Secretary-General in Jakarta"))
        .click();
    waitFor("#told li.opened");
    // The meeting was read from the headline and the first sentence.
    assertThat(String.join("", texts("#text .seg.evidence")))
        .isEqualTo(
            "SCO Secretary-General meets ASEAN Secretary-General in Jakarta"
                + "On 10 May 2023, SCO Secretary-General Ruslan Abdurakhmanov met with ASEAN"
                + " Secretary-General Lina Hartono in Jakarta.");
    assertThat(texts("#told li"))
        .contains(
            "Meeting, 10 May 2023, Jakarta: Lina Hartono, ASEAN Secretary-General (host), with"
                + " Ruslan Abdurakhmanov, SCO Secretary-General");
    Browser.screenshot(browser, "document-at-record");
    browser
        .findElement(By.cssSelector("#told li.opened"))
        .findElement(By.linkText("Lina Hartono"))
        .click();
    waitFor("#name");
    assertThat(text("#name")).isEqualTo("Lina Hartono");
  }

  @Test
  void anActorShowsPostsContactsByYearAgreementsAndPlans() {
    go("/?q=Shanghai");
    browser.findElement(By.linkText("Shanghai Cooperation Organisation")).click();
    waitFor("#contacts-chart[data-ready='true']");
    assertThat(text("#name")).isEqualTo("Shanghai Cooperation Organisation");
    assertThat(texts("#contacts tbody tr")).containsExactly("2023 1", "2024 1", "2025 1");
    assertThat(browser.findElements(By.cssSelector("#contacts-chart canvas"))).isNotEmpty();
    assertThat(texts("#agreements tbody td:nth-child(2)"))
        .containsExactly(
            "Memorandum of understanding between Association of Southeast Asian Nations and"
                + " Shanghai Cooperation Organisation, signed 10 May 2023; on drug trafficking,"
                + " energy and tourism");
    assertThat(texts("#plans tbody td:nth-child(2)"))
        .containsExactly(
            "Plan “plan of joint events for 2023-2024” between Association of Southeast Asian"
                + " Nations and Shanghai Cooperation Organisation, 2023 to 2024 (approved); on"
                + " energy and tourism");
    assertThat(texts("#agreements tbody td.sources a"))
        .containsExactly("SCO Secretary-General meets ASEAN Secretary-General in Jakarta");
    Browser.screenshot(browser, "actor-organisation");
    go("/?q=Hartono");
    browser.findElement(By.linkText("Lina Hartono")).click();
    waitFor("#posts tbody tr");
    assertThat(texts("#posts tbody tr td:first-child")).containsExactly("Secretary-General");
    Browser.screenshot(browser, "actor-person");
  }

  @Test
  void aPairDashboardShowsAgreementsPlansMeetingsStatementsAndAreas() {
    go("/?q=Shanghai");
    browser.findElement(By.linkText("Shanghai Cooperation Organisation")).click();
    waitFor("#partners li");
    WebElement partner =
        browser.findElements(By.cssSelector("#partners li")).stream()
            .filter(li -> li.getText().startsWith("Association of Southeast Asian Nations"))
            .findFirst()
            .orElseThrow();
    partner.findElement(By.linkText("pair dashboard")).click();
    waitFor("#pair");
    assertThat(text("#pair"))
        .isEqualTo("Shanghai Cooperation Organisation and Association of Southeast Asian Nations");
    assertThat(texts("#agreements tbody tr"))
        .containsExactly(
            "10 May 2023 memorandum of understanding – signed drug trafficking, energy and"
                + " tourism\nSCO Secretary-General meets ASEAN Secretary-General in Jakarta"
                + " 2023-05-10");
    assertThat(texts("#plans h3"))
        .containsExactly("plan of joint events for 2023-2024 no report since 2024");
    assertThat(texts("#meetings .timeline li time")).containsExactly("2023-05-10", "2024-03-18");
    assertThat(texts("#statements h3")).containsExactly("support (1)");
    assertThat(texts("#areas tbody tr")).containsExactly("2023 1 1 1");
    assertThat(texts("#meetings .years tr")).containsExactly("2023 1", "2024 1");
    String pair =
        "&actor="
            + Http.actor("Shanghai Cooperation Organisation").replace(":", "%3A")
            + "&with="
            + Http.actor("Association of Southeast Asian Nations").replace(":", "%3A");
    assertThat(
            browser.findElements(By.cssSelector("#downloads a")).stream()
                .map(a -> a.getText() + " " + a.getAttribute("href"))
                .toList())
        .containsExactly(
            "JSON Lines " + TestingServer.get().url("/api/export?format=jsonl" + pair),
            "CSV tables (zip) " + TestingServer.get().url("/api/export?format=csv" + pair));
    Browser.screenshot(browser, "pair");
  }

  @Test
  void theEventsOfAPairArePagedNewestFirst() {
    String pair =
        "actor="
            + Http.actor("Shanghai Cooperation Organisation")
            + "&with="
            + Http.actor("Association of Southeast Asian Nations");
    go("/events?type=meeting&limit=1&" + pair);
    assertThat(text("#events-heading"))
        .isEqualTo(
            "Meetings of Shanghai Cooperation Organisation with Association of Southeast Asian"
                + " Nations");
    assertThat(text("#range")).isEqualTo("1–1 of 2, newest first");
    assertThat(texts("table.events tbody tr td:first-child")).containsExactly("2024-03-18");
    String filters = "&type=meeting&" + pair.replace(":", "%3A");
    assertThat(
            browser.findElements(By.cssSelector("#downloads a")).stream()
                .map(a -> a.getAttribute("href"))
                .toList())
        .containsExactly(
            TestingServer.get().url("/api/export?format=jsonl" + filters),
            TestingServer.get().url("/api/export?format=csv" + filters));
    assertThat(browser.findElements(By.linkText("Newer"))).isEmpty();
    browser.findElement(By.linkText("Older")).click();
    waitFor("#range");
    assertThat(text("#range")).isEqualTo("2–2 of 2, newest first");
    assertThat(texts("table.events tbody tr td:first-child")).containsExactly("2023-05-10");
    assertThat(browser.findElements(By.linkText("Older"))).isEmpty();
    Browser.screenshot(browser, "events");
    browser.findElement(By.linkText("Newer")).click();
    waitFor("#range");
    assertThat(text("#range")).isEqualTo("1–1 of 2, newest first");
  }

  @Test
  void theNetworkOfAPeriodFiltersAndLeadsToPairsAndActors() {
    go("/network");
    browser.findElement(By.id("from")).sendKeys("2024");
    browser.findElement(By.id("to")).sendKeys("2024");
    browser.findElement(By.cssSelector("form.filters button")).click();
    waitFor("#network-chart[data-ready='true']");
    assertThat(browser.findElement(By.id("network-chart")).getAttribute("data-nodes"))
        .isEqualTo("4");
    assertThat(browser.findElements(By.cssSelector("#network-chart canvas"))).isNotEmpty();
    assertThat(texts("#pairs tbody tr td:nth-child(3)")).containsExactly("2", "1");
    Browser.screenshot(browser, "network");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("type")))
        .selectByVisibleText("agreement");
    browser.findElement(By.id("from")).clear();
    browser.findElement(By.id("to")).clear();
    browser.findElement(By.id("area")).sendKeys("energy");
    browser.findElement(By.cssSelector("form.filters button")).click();
    waitFor("#network-chart[data-ready='true']");
    assertThat(browser.findElement(By.id("network-chart")).getAttribute("data-nodes"))
        .isEqualTo("2");
    browser.findElement(By.linkText("pair dashboard")).click();
    waitFor("#pair");
    assertThat(texts("#agreements tbody tr")).hasSize(1);
    browser.navigate().back();
    waitFor("#pairs");
    browser.findElement(By.linkText("Association of Southeast Asian Nations")).click();
    waitFor("#name");
    assertThat(text("#name")).isEqualTo("Association of Southeast Asian Nations");
  }

  @Test
  void thePlansTrackerSaysWhenNothingWasReportedSinceAPlansEnd() {
    go("/plans");
    // Nothing says the plan was not carried out: it is not "overdue".
    assertThat(texts(".plan h3"))
        .containsExactly("plan of joint events for 2023-2024 no report since 2024");
    assertThat(browser.findElement(By.cssSelector(".plan h3 .status")).getAttribute("class"))
        .isEqualTo("status status-unreported");
    assertThat(texts(".plan .meta"))
        .containsExactly(
            "2023 to 2024 · Association of Southeast Asian Nations, Shanghai Cooperation"
                + " Organisation · on energy and tourism");
    // Adopted in 2023, its implementation reviewed in 2024: newest first.
    assertThat(texts(".plan .sources a"))
        .containsExactly(
            "SCO and ASEAN hold talks on tourism",
            "SCO Secretary-General meets ASEAN Secretary-General in Jakarta");
    Browser.screenshot(browser, "plans");
    go("/agreements");
    assertThat(texts("main tbody td.status")).containsExactly("signed");
    Browser.screenshot(browser, "agreements");
  }

  @Test
  void aReviewerSignsInAndConfirmsTheMostPressingField() {
    browser.manage().deleteAllCookies();
    go("/review");
    assertThat(text("#sign-in-to-review"))
        .isEqualTo("Sign in to confirm, correct or reject fields.");
    assertThat(browser.findElements(By.cssSelector("button.confirm"))).isEmpty();
    signIn(SERVER.url("/login"));
    // The meetings' fields: the post that the queue puts first stays for its own tests.
    go("/review?record=meeting");
    List<WebElement> rows = browser.findElements(By.cssSelector("table.queue tbody tr"));
    String id = rows.get(0).getAttribute("data-id");
    Browser.screenshot(browser, "review");
    rows.get(0).findElement(By.cssSelector("button.confirm")).click();
    waitFor("#notice");
    assertThat(text("#notice")).isEqualTo("Field " + id + ": confirm done");
    assertThat(browser.findElements(By.cssSelector("table.queue tr[data-id='" + id + "']")))
        .isEmpty();
    assertThat(Http.get("/api/review/" + id).json().get("state").asText()).isEqualTo("confirmed");
    browser.findElement(By.cssSelector("header form button")).click();
    waitFor("#sign-in");
  }

  @Test
  void anEditorSubmitsADocumentAndSeesItsRecords() {
    browser.manage().deleteAllCookies();
    go("/submit");
    assertThat(text("#needs-editor")).isEqualTo("Submitting needs an editor: sign in first.");
    assertThat(browser.findElements(By.id("text"))).isEmpty();
    signIn(SERVER.url("/login"));
    go("/submit");
    browser.findElement(By.id("submit-button")).click();
    waitFor("#submit-error");
    assertThat(text("#submit-error")).isEqualTo("Paste the text of the document or choose a file");
    String title = "Foreign Minister of Mongolia receives Ambassador of Vietnam";
    browser.findElement(By.id("title")).sendKeys(title);
    browser
        .findElement(By.id("text"))
        .sendKeys(
            "On 12 June 2019, Minister of Foreign Affairs of Mongolia Bat-Erdene Tsend received"
                + " Ambassador of Vietnam to Mongolia Anh Nguyen in Ulaanbaatar.\n\nThe sides"
                + " discussed cooperation in trade and education.");
    Browser.screenshot(browser, "submit");
    browser.findElement(By.id("submit-button")).click();
    waitFor("#submitted");
    assertThat(text("#submitted")).isEqualTo("Submitted: the document is stored with its records.");
    assertThat(text("#title")).isEqualTo(title);
    assertThat(texts("#text .hl-person")).contains("Bat-Erdene Tsend", "Anh Nguyen");
    assertThat(texts("#text .hl-date")).contains("12 June 2019");
    JsonNode meetings =
        Http.get("/api/events?type=meeting&from=2019-06-12&to=2019-06-12").json().get("items");
    assertThat(meetings).hasSize(1);
    List<String> names = new ArrayList<>();
    meetings.get(0).get("parties").forEach(p -> names.add(p.get("name").asText()));
    assertThat(names).contains("Bat-Erdene Tsend", "Anh Nguyen");
    browser.findElement(By.cssSelector("header form button")).click();
    waitFor("#sign-in");
  }

  @Test
  void aHostileDocumentRendersInertOnEveryPageThatShowsIt() {
    String title =
        "<script>window.__xss = 1</script> \"><img src=x onerror=\"window.__xss = 2\"> Minister of"
            + " Foreign Affairs of Kazakhstan meets Ambassador of Japan";
    go("/?q=Bekova");
    assertInert("xss-search");
    assertThat(texts("#documents li a")).contains(title);
    browser.findElement(By.linkText(title)).click();
    waitFor("#text .seg");
    assertInert("xss-document");
    assertThat(text("#title")).isEqualTo(title);
    assertThat(text("#text")).contains("Kenji Morita <script>window.__xss = 3</script> in Astana");
    go("/?q=Bekova");
    browser.findElement(By.linkText("Aigerim Bekova")).click();
    waitFor("#contacts-chart[data-ready='true']");
    assertInert("xss-actor");
    go("/review?limit=100");
    assertInert("xss-review");
    go("/network?from=2024-07&to=2024-07");
    waitFor("#network-chart[data-ready='true']");
    assertInert("xss-network");
  }

  private static void assertInert(String screenshot) {
    assertThat(browser.executeScript("return window.__xss === undefined")).isEqualTo(true);
    assertThat(browser.findElements(By.cssSelector("img[src='x']"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("main script"))).isEmpty();
    Browser.screenshot(browser, screenshot);
  }
}
