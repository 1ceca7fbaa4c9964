package org.attache.server;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A test class whose tests drive one real Chromium, opened before them and closed after. */
abstract class InBrowser {
  static ChromeDriver browser;

  @BeforeAll
  static void open() {
    browser = Browser.start();
  }

  @AfterAll
  static void close() {
    browser.quit();
  }

  /**
   * Clicks a button that posts a form, and waits until the page the post leads to has loaded. The
   * old page is marked before the click; while Chromium swaps documents, a question to the page may
   * fail in several ways ("node does not belong to the document"), each of which means "not yet".
   */
  static void submitAndWait(WebElement button) {
    browser.executeScript("window.attacheOldPage = true;");
    button.click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .ignoring(WebDriverException.class)
        .until(
            d ->
                Boolean.TRUE.equals(
                    browser.executeScript(
                        "return window.attacheOldPage === undefined"
                            + " && document.readyState === 'complete';")));
  }
}
