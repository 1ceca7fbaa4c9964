package org.attache.server;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A test class whose tests drive one real Chromium, opened before them and closed after. */
abstract class InBrowser {
  /** The headline of the Dushanbe report of the test server's documents. */
  static final String DUSHANBE =
      "Foreign Ministers of Kazakhstan, Kyrgyzstan and Tajikistan meet in Dushanbe";

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

  /**
   * The first element the selector finds, waiting up to 10 seconds for it; when none comes, the
   * failure names the page and what it shows (an error page says why).
   */
  static WebElement find(String css) {
    return new WebDriverWait(browser, Duration.ofSeconds(10))
        .ignoring(NoSuchElementException.class)
        .withMessage(
            () -> "no '" + css + "' on " + browser.getCurrentUrl() + ", which shows: " + shown())
        .until(d -> d.findElement(By.cssSelector(css)));
  }

  /** The start of the text the page shows, for failure messages. */
  private static String shown() {
    try {
      String body = browser.findElement(By.tagName("body")).getText();
      return body.length() > 600 ? body.substring(0, 600) + "..." : body;
    } catch (WebDriverException e) {
      return "(nothing readable: " + e.getClass().getSimpleName() + ")";
    }
  }

  static String text(String css) {
    return find(css).getText();
  }

  static List<String> texts(String css) {
    return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  /** Waits up to 20 seconds until the page has an element the selector finds. */
  static void waitFor(String css) {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
  }

  /** Signs the editor in on a server's login page and waits until the page says so. */
  static void signIn(String loginPage) {
    browser.get(loginPage);
    browser.findElement(By.id("name")).sendKeys(TestingServer.EDITOR);
    browser.findElement(By.id("password")).sendKeys(TestingServer.PASSWORD);
    browser.findElement(By.id("sign-in-button")).click();
    waitFor("#signed-in");
  }

  /** The actors the page suggests for what was typed, once it suggests some. */
  static List<String> suggestedActors() {
    waitFor("#actor-names option");
    return browser.findElements(By.cssSelector("#actor-names option")).stream()
        .map(o -> o.getAttribute("value"))
        .toList();
  }
}
