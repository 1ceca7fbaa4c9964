package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.store.Database;
import org.attache.store.TestingPostgres;
import org.attache.store.TestingRecords;
import org.attache.store.TestingStore;
import org.attache.store.users.UserRole;
import org.attache.store.users.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * In a real Chromium, a user follows a pair from its dashboard, finds it on the Following page, and
 * after a new meeting of the pair and one of another pair are stored, sees the first alone on the
 * What's new page until they mark it seen.
 */
class WatchBrowserTest extends InBrowser {
  private static final String USER = "nadia";

  private static Database database;
  private static AttacheServer server;

  @BeforeAll
  static void storeAndServe() {
    database = TestingPostgres.freshDatabase("watch_pages");
    TestingRecords.document(
            "Vladimir Norov received Kenji Morita in Tashkent on 1 March 2024.", "2024-03-01")
        .title("Norov receives Morita")
        .met("Vladimir Norov", "Kenji Morita", "2024-03-01", "Tashkent")
        .writeTo(database);
    new Users(database).add(USER, UserRole.VIEWER, TestingServer.PASSWORD);
    server = TestingServer.reading(database);
    go("/login");
    browser.findElement(By.id("name")).sendKeys(USER);
    browser.findElement(By.id("password")).sendKeys(TestingServer.PASSWORD);
    browser.findElement(By.id("sign-in-button")).click();
    waitFor("#signed-in");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static void go(String path) {
    browser.get("http://127.0.0.1:" + server.port() + path);
  }

  private static String person(String name) {
    return "person:"
        + TestingStore.count(database, "SELECT id FROM person_view WHERE name = ?", name);
  }

  @Test
  void aUserFollowsAPairAndSeesItsNewMeetingOnWhatsNew() {
    go("/pair?a=" + person("Vladimir Norov") + "&b=" + person("Kenji Morita"));
    waitFor("button.follow-button");
    browser.findElement(By.cssSelector("button.follow-button")).click();
    waitFor("#watches li.watch");
    assertThat(texts("#watches li.watch .label"))
        .containsExactly("Vladimir Norov and Kenji Morita");

    TestingRecords.document(
            "Kenji Morita met Vladimir Norov in Tokyo on 9 May 2024 to talk about trade.",
            "2024-05-09")
        .title("Morita and Norov in Tokyo")
        .met("Kenji Morita", "Vladimir Norov", "2024-05-09", "Tokyo")
        .writeTo(database);
    TestingRecords.document("Kenji Morita met Ana Lima in Brasilia on 2 June 2024.", "2024-06-02")
        .met("Kenji Morita", "Ana Lima", "2024-06-02", "Brasilia")
        .writeTo(database);

    browser.findElement(By.id("whats-new")).click();
    waitFor("li.arrival");
    assertThat(texts("li.arrival .what"))
        .containsExactly("Meeting 2024-05-09: Kenji Morita, Vladimir Norov");
    assertThat(texts("li.arrival ul.sources a")).containsExactly("Morita and Norov in Tokyo");
    Browser.screenshot(browser, "watch-whats-new");

    browser.findElement(By.id("seen")).click();
    waitFor("section.watch p.empty");
    assertThat(texts("li.arrival")).isEmpty();
    assertThat(texts("section.watch p.empty")).containsExactly("Nothing new.");
  }
}
