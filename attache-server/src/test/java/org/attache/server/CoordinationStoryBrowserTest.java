package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The story of the SCO-ASEAN communiqué of 8 February 2021 in a real Chromium: the SCO is drafting
 * "a list of possible mutual events for 2021-2022" with ASEAN. The SCO's editor makes the plan
 * record a joint plan; the SCO's and ASEAN's editors add items from both sides and agree item by
 * item; both coordinators approve and the plan locks. The meeting the communiqué reports, extracted
 * by the real pipeline, is proposed for the item it fits, confirmed, and the item shows held with
 * its source; progress updates; the calendar feed parses back with its alarms; the brief prints to
 * PDF with the plan and its progress.
 */
class CoordinationStoryBrowserTest extends InBrowser {
  private static final TestingWorkspace WORKSPACE = TestingWorkspace.get();
  private static final String HEADLINE =
      "SCO Secretary-General meets with Brunei and Indonesia Ambassadors to PRC and"
          + " Secretary-General of ASEAN-China Centre";

  private static void go(String path) {
    browser.get(WORKSPACE.url(path));
  }

  private static void signInAs(String name) {
    if (!browser.findElements(By.id("signed-in")).isEmpty()) {
      submitAndWait(find("form[action='/logout'] button"));
    }
    go("/login");
    find("#name").sendKeys(name);
    find("#password").sendKeys(TestingServer.PASSWORD);
    submitAndWait(find("#sign-in-button"));
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .withMessage(() -> "not signed in as " + name + " on " + browser.getCurrentUrl())
        .until(
            d ->
                d.findElements(By.id("signed-in")).stream()
                    .anyMatch(e -> e.getText().startsWith(name + " (")));
  }

  private static void addItem(
      String title, String kind, String planned, String place, String responsible) {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .withMessage(
            () ->
                "no form to add an item on "
                    + browser.getCurrentUrl()
                    + " for "
                    + texts("#signed-in")
                    + ": "
                    + texts("main h1, #status, #notice"))
        .until(d -> !d.findElements(By.id("add-item")).isEmpty());
    WebElement form = find("#add-item");
    form.findElement(By.name("title")).sendKeys(title);
    new Select(form.findElement(By.name("kind"))).selectByValue(kind);
    form.findElement(By.name("planned_from")).sendKeys(planned);
    form.findElement(By.name("place")).sendKeys(place);
    form.findElement(By.name("responsible")).sendKeys(responsible);
    submitAndWait(find("#add-item-button"));
  }

  /** The party's editor agrees to every item that waits for its answer. */
  private static void agreeToEveryItem(String party) {
    for (int row = 0; row < 4; row++) {
      WebElement item = browser.findElements(By.cssSelector("tr.item")).get(row);
      if (!item.findElement(By.cssSelector(".answer-" + party)).getText().startsWith("agreed")) {
        submitAndWait(item.findElement(By.cssSelector("button.agree")));
      }
    }
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  @Test
  void theSecretariatsDraftAgreeApproveAndTrackTheirListOfMutualEvents() throws Exception {
    signInAs(TestingWorkspace.SCO_EDITOR);
    go("/coordination");
    WebElement suggestion =
        browser.findElements(By.cssSelector("li.suggestion")).stream()
            .filter(li -> li.getText().startsWith("list of possible mutual events for 2021-2022"))
            .findFirst()
            .orElseThrow();
    assertThat(suggestion.getText())
        .startsWith(
            "list of possible mutual events for 2021-2022 of SCO and ASEAN, 2021 to 2022, under"
                + " the 2005 SCO-ASEAN memorandum of understanding (reported: drafting) from "
                + HEADLINE);
    submitAndWait(suggestion.findElement(By.cssSelector("button.adopt")));
    String planPath = URI.create(browser.getCurrentUrl()).getPath();
    long plan = Long.parseLong(planPath.substring(planPath.lastIndexOf('/') + 1));
    assertThat(text("#title")).isEqualTo("list of possible mutual events for 2021-2022");
    assertThat(text("#summary"))
        .isEqualTo(
            "Shanghai Cooperation Organisation (SCO) Association of Southeast Asian Nations"
                + " (ASEAN) · 2021 to 2022 · under the 2005 SCO-ASEAN memorandum of understanding");
    assertThat(text("#status")).isEqualTo("drafting");

    addItem(
        "Consultations of the SCO Secretariat with ASEAN envoys",
        "meeting",
        "2021-02",
        "Beijing",
        "SCO Secretariat");
    addItem(
        "Expert round table on combating illegal drug trafficking",
        "conference",
        "2021-10",
        "Dushanbe",
        "SCO Secretariat");

    signInAs(TestingWorkspace.ASEAN_EDITOR);
    go(planPath);
    addItem(
        "ASEAN-SCO tourism exhibition", "exhibition", "2022-05", "Jakarta", "ASEAN Secretariat");
    addItem(
        "Joint workshop on disaster relief",
        "training",
        "2022",
        "Bandar Seri Begawan",
        "ASEAN Secretariat");
    WebElement roundTable = browser.findElements(By.cssSelector("tr.item")).get(1);
    String roundTableId = roundTable.getAttribute("data-id");
    roundTable.findElement(By.name("comment")).sendKeys("Could experts join by video?");
    submitAndWait(roundTable.findElement(By.cssSelector("button.comment")));
    assertThat(browser.findElements(By.cssSelector("tr.item .answer-ASEAN")).get(1).getText())
        .isEqualTo("comments: Could experts join by video?");
    agreeToEveryItem("ASEAN");

    signInAs(TestingWorkspace.SCO_EDITOR);
    go(planPath);
    agreeToEveryItem("SCO");
    assertThat(texts("tr.item td.status")).containsOnly("agreed overdue");
    assertThat(texts("tr.item .answer-SCO")).containsOnly("agreed");
    assertThat(texts("tr.item .answer-ASEAN")).containsOnly("agreed");
    assertThat(browser.findElements(By.id("approve"))).isEmpty();

    signInAs(TestingWorkspace.SCO_COORDINATOR);
    go(planPath);
    submitAndWait(find("#approve"));
    assertThat(text("#notice")).isEqualTo("SCO approved");
    assertThat(text("#awaiting")).endsWith("by ASEAN.");

    signInAs(TestingWorkspace.ASEAN_COORDINATOR);
    go(planPath);
    submitAndWait(find("#approve"));
    assertThat(text("#notice"))
        .isEqualTo("ASEAN approved; every party has approved: the plan is locked");
    assertThat(text("#status")).isEqualTo("approved");
    assertThat(text("#locked"))
        .isEqualTo("Locked: approved by every party; a change needs a coordinator and a reason");
    Browser.screenshot(browser, "coordination-approved");

    find("#tracking-link").click();
    waitFor("li.proposal");
    WebElement proposal = find("li.proposal");
    assertThat(proposal.findElement(By.cssSelector("blockquote.sentence")).getText())
        .startsWith(
            "On 8 February 2021, the SCO Secretariat was the venue for a meeting between SCO"
                + " Secretary-General Vladimir Norov");
    assertThat(proposal.findElement(By.cssSelector(".source a")).getText()).isEqualTo(HEADLINE);
    assertThat(proposal.getText())
        .contains("meeting of 8 February 2021 in SCO Secretariat, Beijing, CHN");
    assertThat(proposal.getText()).contains("parties found: SCO and ASEAN");
    Browser.screenshot(browser, "coordination-tracking");
    submitAndWait(proposal.findElement(By.cssSelector("button.confirm")));

    WebElement consultations = browser.findElements(By.cssSelector("tr.item")).get(0);
    String consultationsId = consultations.getAttribute("data-id");
    assertThat(consultations.findElement(By.cssSelector("td.status")).getText()).isEqualTo("held");
    assertThat(consultations.findElement(By.cssSelector(".held-on")).getText())
        .isEqualTo("8 February 2021");
    assertThat(consultations.findElement(By.cssSelector("a.source")).getText()).isEqualTo(HEADLINE);
    assertThat(text("#progress")).isEqualTo("1 of 4 items held (25%), 3 overdue");
    assertThat(text("#status")).isEqualTo("in progress");
    assertThat(texts("#history td.what"))
        .contains(
            "approved by every party (SCO, ASEAN): locked",
            "ASEAN comments on item "
                + roundTableId
                + " 'Expert round table on combating illegal drug trafficking': Could experts"
                + " join by video?");
    Browser.screenshot(browser, "coordination-held");
    go("/coordination");
    assertThat(find("tr.plan[data-id='" + plan + "'] td.progress").getText())
        .isEqualTo("1 of 4 items held (25%), 3 overdue");

    go(planPath);
    String feed =
        Http.send(HttpRequest.newBuilder(URI.create(find("#calendar").getAttribute("href"))).GET())
            .body();
    Calendar calendar = CoordinationCalendarTest.parse(feed);
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    assertThat(events)
        .extracting(e -> e.getProperty(Property.SUMMARY).map(Property::getValue).orElse(""))
        .containsExactly(
            "Consultations of the SCO Secretariat with ASEAN envoys",
            "Expert round table on combating illegal drug trafficking",
            "ASEAN-SCO tourism exhibition",
            "Joint workshop on disaster relief");
    assertThat(events)
        .allSatisfy(
            e ->
                assertThat(CoordinationCalendarTest.daysBefore(e.getAlarms().get(0))).isEqualTo(7));
    assertThat(events.get(0).getProperty(Property.URL).map(Property::getValue).orElse(""))
        .isEqualTo(WORKSPACE.url(planPath + "#item-" + consultationsId));

    go("/coordination/brief?a=SCO&b=ASEAN");
    assertThat(text("#brief-title"))
        .isEqualTo(
            "Brief: Shanghai Cooperation Organisation and Association of Southeast Asian Nations");
    String printed =
        pdfText(Base64.getDecoder().decode(browser.print(new PrintOptions()).getContent()));
    assertThat(printed)
        .contains(
            "list of possible mutual events for 2021-2022",
            "Progress: 1 of 4 items held (25%), 3 overdue",
            "8 February 2021: " + HEADLINE)
        .doesNotContain("print this page");
    Http.Download pdf = Http.download(URI.create(find("#pdf").getAttribute("href")));
    assertThat(pdf.contentType()).isEqualTo("application/pdf");
    assertThat(pdfText(pdf.body()))
        .contains(
            "Brief: Shanghai Cooperation Organisation and Association of Southeast Asian Nations",
            "list of possible mutual events for 2021-2022",
            "Progress: 1 of 4 items held (25%), 3 overdue");
  }
}
