package org.attache.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;

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
}
