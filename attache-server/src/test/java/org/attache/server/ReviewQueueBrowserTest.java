package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.attache.store.TestingStore;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review queue in a real Chromium: the most pressing document first, paged, filtered by record,
 * actor and date; and a field reviewed in place on its document's page.
 */
class ReviewQueueBrowserTest extends InBrowser {
  private static final TestingServer SERVER = TestingServer.get();
  private static final String DUSHANBE =
      "Foreign Ministers of Kazakhstan, Kyrgyzstan and Tajikistan meet in Dushanbe";

  private static void go(String path) {
    browser.get(SERVER.url(path));
  }

  private static String text(String css) {
    return browser.findElement(By.cssSelector(css)).getText();
  }

  private static List<String> texts(String css) {
    return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  private static void waitFor(String css) {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
  }

  private static long count(String sql) {
    return TestingStore.count(SERVER.database, sql);
  }

  @Test
  void theQueueIsPagedByDocumentTheMostPressingFirst() {
    go("/review?limit=2");
    long documents = count("SELECT count(*) FROM review_document");
    long fields = count("SELECT sum(fields) FROM review_document");
    assertThat(text("#queue-totals"))
        .isEqualTo(fields + " fields in " + documents + " documents waiting for review");
    assertThat(text("#range")).isEqualTo("1–2 of " + documents + ", most pressing first");
    assertThat(texts(".queue-document h2")).hasSize(2).first().isEqualTo(DUSHANBE);
    // The extractor made Alisher Rustamov "President of Tajikistan" from the sentence before his.
    WebElement first = browser.findElement(By.cssSelector("table.queue tbody tr"));
    assertThat(first.findElement(By.cssSelector(".concern")).getText())
        .isEqualTo("post pieced together from another sentence");
    assertThat(first.findElement(By.cssSelector(".field")).getText())
        .isEqualTo("Post of Alisher Rustamov: post");
    assertThat(first.findElement(By.cssSelector(".value")).getText())
        .isEqualTo("President of Tajikistan");
    Browser.screenshot(browser, "review-queue");
    assertThat(browser.findElements(By.linkText("Previous"))).isEmpty();
    browser.findElement(By.linkText("Next")).click();
    waitFor("#range");
    assertThat(text("#range")).isEqualTo("3–4 of " + documents + ", most pressing first");
    assertThat(texts(".queue-document h2")).hasSize(2).doesNotContain(DUSHANBE);
    browser.findElement(By.linkText("Previous")).click();
    waitFor("#range");
    assertThat(text("#range")).isEqualTo("1–2 of " + documents + ", most pressing first");
  }

  @Test
  void theQueueFiltersByRecordActorAndPublicationDate() {
    go("/review");
    new Select(browser.findElement(By.id("filter-record"))).selectByVisibleText("post");
    browser.findElement(By.id("filter-button")).click();
    waitFor("#range");
    long withPosts =
        count("SELECT count(DISTINCT document_id) FROM review_field WHERE record = 'post'");
    assertThat(text("#range"))
        .isEqualTo("1–" + Math.min(10, withPosts) + " of " + withPosts + ", most pressing first");
    assertThat(texts("table.queue .field")).isNotEmpty().allMatch(f -> f.startsWith("Post of "));
    assertThat(texts(".queue-document h2")).first().isEqualTo(DUSHANBE);

    new Select(browser.findElement(By.id("filter-record"))).selectByVisibleText("any");
    browser.findElement(By.id("filter-actor")).sendKeys("Rusta");
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> !d.findElements(By.cssSelector("#actor-names option")).isEmpty());
    assertThat(
            browser.findElements(By.cssSelector("#actor-names option")).stream()
                .map(o -> o.getAttribute("value"))
                .toList())
        .containsExactly("Alisher Rustamov");
    browser.findElement(By.id("filter-actor")).clear();
    browser.findElement(By.id("filter-actor")).sendKeys("Alisher Rustamov");
    browser.findElement(By.id("filter-button")).click();
    waitFor("#range");
    assertThat(text("#range")).isEqualTo("1–1 of 1, most pressing first");
    assertThat(texts(".queue-document h2")).containsExactly(DUSHANBE);
    assertThat(browser.findElement(By.id("filter-actor")).getAttribute("value"))
        .isEqualTo("Alisher Rustamov");
    // His name, his post, his part in the meeting of 13 September and that meeting's fields.
    assertThat(texts("table.queue .field"))
        .contains("Post of Alisher Rustamov: post", "Alisher Rustamov (person): name")
        .allMatch(f -> f.contains("Rustamov") || f.startsWith("Meeting ") || f.contains("Osmonov"));
    Browser.screenshot(browser, "review-queue-filtered");

    go("/review?from=2019-09&to=2019-09");
    long september = count("SELECT count(*) FROM review_document WHERE published LIKE '2019-09%'");
    assertThat(text("#range"))
        .isEqualTo("1–" + Math.min(10, september) + " of " + september + ", most pressing first");
    assertThat(texts(".queue-document h2")).contains(DUSHANBE);
    assertThat(texts(".queue-document .meta"))
        .allMatch(m -> m.startsWith("Published ") && m.contains(" September 2019 · "));
  }

  @Test
  void anEditorCorrectsAFieldInPlaceOnItsDocumentsPage() {
    browser.manage().deleteAllCookies();
    go("/login");
    browser.findElement(By.id("name")).sendKeys(TestingServer.EDITOR);
    browser.findElement(By.id("password")).sendKeys(TestingServer.PASSWORD);
    browser.findElement(By.id("sign-in-button")).click();
    waitFor("#signed-in");
    go("/review?record=meeting&actor=" + Http.actor("Alisher Rustamov"));
    WebElement date =
        browser.findElements(By.cssSelector("table.queue td.field a")).stream()
            .filter(a -> a.getText().endsWith(": date"))
            .findFirst()
            .orElseThrow();
    String id = date.getAttribute("href").replaceAll(".*#field-", "");
    date.click();
    waitFor("#field-" + id + " button.field.selected");
    assertThat(text("#evidence"))
        .isEqualTo(
            "date: 2019-09-13 — “Its head Alisher Rustamov met with Bakyt Osmonov on 13 September"
                + " 2019.”");
    WebElement field = browser.findElement(By.id("field-" + id));
    WebElement value = field.findElement(By.cssSelector("input.correction"));
    value.clear();
    value.sendKeys("13 September");
    field.findElement(By.cssSelector("button.correct")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> !field.findElement(By.cssSelector(".review-result")).getText().isEmpty());
    assertThat(field.findElement(By.cssSelector(".review-result")).getText())
        .isEqualTo("Not a valid value of 'date': '13 September'");
    value.clear();
    value.sendKeys("2019-09-14");
    field.findElement(By.cssSelector("button.correct")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> "corrected".equals(field.getAttribute("data-state")));
    assertThat(field.findElement(By.cssSelector("button.field .value")).getText())
        .isEqualTo("2019-09-14");
    assertThat(field.findElement(By.cssSelector("button.field small")).getText())
        .endsWith(" corrected");
    Browser.screenshot(browser, "review-in-place");
    assertThat(Http.get("/api/review/" + id).json().get("value").asText()).isEqualTo("2019-09-14");
    assertThat(count("SELECT count(*) FROM review_field WHERE assertion_id = " + id)).isZero();
    browser.findElement(By.cssSelector("header form button")).click();
    waitFor("#sign-in");
  }
}
