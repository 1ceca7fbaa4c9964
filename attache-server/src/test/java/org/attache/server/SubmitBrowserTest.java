package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.attache.pipeline.read.SourceDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The submit page in a real Chromium: the job it starts, followed and cancelled; the limit. */
class SubmitBrowserTest extends OnSharedServer {

  @BeforeEach
  void signIn() {
    browser.manage().deleteAllCookies();
    signIn(SERVER.url("/login"));
    browser.get(SERVER.url("/submit"));
  }

  private static void waitFor(String css, Duration time) {
    new WebDriverWait(browser, time).until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
  }

  /** Pastes a text as a person would, without typing it key by key. */
  private static void paste(String text) {
    browser.executeScript(
        "arguments[0].value = arguments[1]", browser.findElement(By.id("text")), text);
  }

  @Test
  void aLargeSubmissionShowsItsJobWhichCanBeCancelled() {
    String title = "Local news, pasted";
    String news = TestingDocuments.localNews("browser " + System.nanoTime(), 80_000);
    long size =
        new SourceDocument("pasted", Optional.of(title), Optional.empty(), news)
            .text()
            .getBytes(StandardCharsets.UTF_8)
            .length;
    browser.findElement(By.id("title")).sendKeys(title);
    paste(news);
    browser.findElement(By.id("submit-button")).click();
    waitFor("#job", Duration.ofSeconds(20));
    assertThat(browser.getCurrentUrl()).matches(".*/submit/jobs/[A-Za-z0-9_-]{22}");
    assertThat(text("#job .meta"))
        .isEqualTo(title + " · " + String.format(Locale.ROOT, "%,d bytes", size));
    assertThat(text("#job-status")).matches("Waiting.*|Extracting: .*");
    Browser.screenshot(browser, "submit-job");
    browser.findElement(By.id("cancel-button")).click();
    waitFor("#job[data-status='cancelled']", Duration.ofMinutes(2));
    assertThat(text("#job-status")).isEqualTo("Cancelled: nothing was stored.");
    assertThat(browser.findElements(By.id("cancel-form")))
        .allSatisfy(form -> assertThat(form.isDisplayed()).isFalse());
    Browser.screenshot(browser, "submit-cancelled");
  }

  @Test
  void aPasteOverTheLimitIsRefusedWithTheLimit() {
    paste("x".repeat((1 << 20) + 1));
    browser.findElement(By.id("submit-button")).click();
    waitFor("#submit-error", Duration.ofSeconds(30));
    assertThat(text("#submit-error"))
        .isEqualTo(
            "The text is 1,048,577 bytes (1.0 MiB); a document may be at most 1,048,576 bytes"
                + " (1.0 MiB)");
  }
}
