package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.store.curation.TestingCuration.FIRST_RECORD;
import static org.attache.store.curation.TestingCuration.FIRST_TEXT;
import static org.attache.store.curation.TestingCuration.SECOND_RECORD;
import static org.attache.store.curation.TestingCuration.SECOND_TEXT;

import java.time.Duration;
import org.attache.store.Database;
import org.attache.store.TestingPostgres;
import org.attache.store.TestingStore;
import org.attache.store.curation.TestingCuration;
import org.attache.store.ingest.DocumentWriter.Outcome;
import org.attache.store.users.UserRole;
import org.attache.store.users.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An editor sets records right in a real Chromium, on a store of its own: a wrong post, two
 * spellings of one man, a participant who was not there, an event that is not one. Each change
 * shows on every page that shows the record, and outlasts a re-ingest of its document.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CurationBrowserTest extends InBrowser {
  private static final String FIRST = TestingCuration.id(FIRST_TEXT);
  private static final String SECOND = TestingCuration.id(SECOND_TEXT);
  private static final String INSTITUTE = "Institute for Strategic and Regional Studies";

  private static Database database;
  private static AttacheServer server;
  private static int release = 1;

  @BeforeAll
  static void storeAndServe() {
    database = TestingPostgres.freshDatabase("curation_pages");
    assertThat(TestingCuration.write(database, FIRST_TEXT, FIRST_RECORD, "0.1.0"))
        .isEqualTo(Outcome.STORED);
    assertThat(TestingCuration.write(database, SECOND_TEXT, SECOND_RECORD, "0.1.0"))
        .isEqualTo(Outcome.STORED);
    new Users(database).add(TestingServer.EDITOR, UserRole.EDITOR, TestingServer.PASSWORD);
    server = TestingServer.reading(database);
    signIn("http://127.0.0.1:" + server.port() + "/login");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static void go(String path) {
    browser.get("http://127.0.0.1:" + server.port() + path);
  }

  private static long person(String name) {
    return TestingStore.count(database, "SELECT id FROM person_view WHERE name = ?", name);
  }

  private static void submit(WebElement form) {
    String before = browser.getCurrentUrl();
    form.findElement(By.cssSelector("button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> !d.getCurrentUrl().equals(before) || d.getCurrentUrl().endsWith("#history"));
    waitFor("#history");
  }

  /** Both documents again, as a later release of the extractor reads them. */
  private static void reIngest() {
    String version = "0." + ++release + ".0";
    assertThat(TestingCuration.write(database, FIRST_TEXT, FIRST_RECORD, version))
        .isEqualTo(Outcome.REEXTRACTED);
    assertThat(TestingCuration.write(database, SECOND_TEXT, SECOND_RECORD, version))
        .isEqualTo(Outcome.REEXTRACTED);
  }

  private static void assertThePostIsCorrectedEverywhere() {
    String corrected = "Vladimir Norov, Director of " + INSTITUTE;
    go("/documents/" + FIRST);
    waitFor("#told");
    assertThat(text("#told")).contains(corrected).doesNotContain("Head of Uzbekistan");
    go("/actors/person/" + person("Vladimir Norov"));
    waitFor("#posts");
    assertThat(texts("#posts tbody tr td.post")).containsExactly("Director (2017 to ?)");
    assertThat(texts("#posts tbody tr td.organisation_name")).containsExactly(INSTITUTE);
    go("/events?actor=person:" + person("Vladimir Norov"));
    waitFor("table.events");
    assertThat(text("table.events")).contains(corrected).doesNotContain("Head of Uzbekistan");
  }

  @Test
  @Order(1)
  void aWrongPostIsCorrectedInTitleAndOrganisationEverywhereAndOutlastsAReIngest() {
    go("/documents/" + FIRST);
    waitFor("#told");
    assertThat(text("#told")).contains("Vladimir Norov, Head of Uzbekistan");
    WebElement form = browser.findElement(By.cssSelector("form.change-post"));
    assertThat(form.findElement(By.cssSelector(".who")).getText())
        .isEqualTo("Post of Vladimir Norov:");
    WebElement title = form.findElement(By.name("title"));
    title.clear();
    title.sendKeys("Director");
    form.findElement(By.name("organisation")).sendKeys(INSTITUTE);
    form.findElement(By.name("from")).sendKeys("2017");
    submit(form);
    assertThat(texts("#history li.act .summary"))
        .containsExactly(
            "Post of Vladimir Norov: Head of Uzbekistan → Director of "
                + INSTITUTE
                + ", 2017 to ?");
    Browser.screenshot(browser, "curation-post");
    assertThePostIsCorrectedEverywhere();
    reIngest();
    assertThePostIsCorrectedEverywhere();
  }

  @Test
  @Order(2)
  void twoSpellingsOfOneManAreMergedAndSplitAgainWithTheirRecords() {
    long norov = person("Vladimir Norov");
    long norrov = person("Vladimir Norrov");
    go("/actors/person/" + norrov);
    waitFor("#meetings");
    assertThat(texts("#meetings tbody tr")).hasSize(1);
    WebElement merge = browser.findElement(By.cssSelector("form.merge"));
    merge.findElement(By.name("into")).sendKeys("Vladimir Norov");
    submit(merge);
    assertThat(browser.getCurrentUrl()).contains("/actors/person/" + norov);
    assertThat(text("#name")).isEqualTo("Vladimir Norov");
    assertThat(texts("#meetings tbody tr")).hasSize(2);
    assertThat(texts("#history li.act .summary"))
        .first()
        .isEqualTo(
            "Merged Vladimir Norrov (person:"
                + norrov
                + ") into Vladimir Norov (person:"
                + norov
                + ")");
    go("/documents/" + SECOND);
    waitFor("#told");
    assertThat(text("#told")).contains("Vladimir Norov").doesNotContain("Norrov");
    Browser.screenshot(browser, "curation-merged");
    reIngest();
    go("/actors/person/" + norov);
    waitFor("#meetings");
    assertThat(texts("#meetings tbody tr")).hasSize(2);

    // Split back: the merge undone from the history.
    browser.findElement(By.cssSelector("#history li.act:first-child button.undo")).click();
    waitFor("#history li.act.undone");
    assertThat(texts("#meetings tbody tr")).hasSize(1);
    go("/actors/person/" + norrov);
    waitFor("#meetings");
    assertThat(text("#name")).isEqualTo("Vladimir Norrov");
    assertThat(texts("#meetings tbody tr")).hasSize(1);
    go("/documents/" + SECOND);
    waitFor("#told");
    assertThat(text("#told")).contains("Vladimir Norrov");

    // And one man's mentions in one document split off into a new actor.
    go("/actors/person/" + norov);
    waitFor("form.split");
    WebElement split = browser.findElement(By.cssSelector("form.split"));
    split.findElement(By.cssSelector("input[value='" + FIRST + "']")).click();
    submit(split);
    assertThat(texts("#meetings tbody tr")).isEmpty();
    assertThat(texts("#history li.act .summary").get(0))
        .startsWith("Split Vladimir Norov (person:" + norov + ") as 1 document names it off into");
    browser.findElement(By.cssSelector("#history li.act:first-child button.undo")).click();
    waitFor("#history li.act.undone");
    assertThat(texts("#meetings tbody tr")).hasSize(1);
    Browser.screenshot(browser, "curation-split");
  }

  @Test
  @Order(3)
  void aParticipantIsRemovedAndAnEventRejected() {
    go("/documents/" + FIRST);
    waitFor("#told");
    assertThat(text("#told")).contains("Lina Hartono");
    browser.findElement(By.cssSelector("details.curate-event summary")).click();
    WebElement hartono =
        browser.findElements(By.cssSelector("details.curate-event li.part")).stream()
            .filter(li -> li.findElement(By.cssSelector(".who")).getText().equals("Lina Hartono"))
            .findFirst()
            .orElseThrow();
    submit(hartono.findElement(By.cssSelector("form.remove-part")));
    assertThat(text("#told")).doesNotContain("Lina Hartono").contains("Vladimir Norov");
    assertThat(texts("#history li.act .summary").get(0))
        .startsWith("Removed the part of Lina Hartono");

    go("/documents/" + SECOND);
    waitFor("#told");
    browser.findElement(By.cssSelector("details.curate-event summary")).click();
    WebElement reject = browser.findElement(By.cssSelector("form.reject-event"));
    reject.findElement(By.name("reason")).sendKeys("a forum, not a meeting");
    submit(reject);
    waitFor("#no-records");
    assertThat(texts("#history li.act .by").get(0)).endsWith(": a forum, not a meeting");
    go("/events");
    waitFor("main");
    assertThat(text("main")).doesNotContain("Tashkent").contains("Beijing");
    reIngest();
    go("/documents/" + SECOND);
    waitFor("#no-records");
    go("/documents/" + FIRST);
    waitFor("#told");
    assertThat(text("#told")).doesNotContain("Lina Hartono");
    Browser.screenshot(browser, "curation-rejected");
  }
}
