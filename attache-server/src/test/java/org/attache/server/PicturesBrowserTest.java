package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Pictures and search in a real Chromium: the network with its legend and a meeting of three drawn
 * as an event node, timelines of an actor and a pair, search hits with their matching sentence and
 * suggestions of actors, and who held the posts of a state.
 */
class PicturesBrowserTest extends InBrowser {
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

  @Test
  void theNetworkHasALegendAndDrawsAMeetingOfThreeAsAnEventJoiningItsMembers() {
    // Other tests submit meetings of 2019; these days hold only those of the Dushanbe report.
    go("/network?from=2019-09-10&to=2019-09-20");
    waitFor("#network-chart[data-ready='true']");
    WebElement chart = browser.findElement(By.id("network-chart"));
    assertThat(chart.getAttribute("data-nodes")).isEqualTo("3");
    assertThat(chart.getAttribute("data-event-nodes")).isEqualTo("1");
    assertThat(texts("#network-legend li"))
        .containsExactly(
            "state",
            "organisation",
            "meeting of three or more, joined to its members",
            "the size of a circle: in how many of these events it took part; the width of a line:"
                + " how many events two held alone",
            "names of the 3 most active actors shown; point at any other for its name");
    assertThat(texts("#multilateral tbody td:first-child")).containsExactly("12 September 2019");
    assertThat(texts("#multilateral tbody td:nth-child(2) a"))
        .containsExactlyInAnyOrder("Kazakhstan", "Kyrgyzstan", "Tajikistan");
    // Kyrgyzstan and Tajikistan also met alone, the next day.
    assertThat(texts("#pairs tbody tr td:nth-child(3)")).containsExactly("2", "1", "1");
    assertThat(texts("#pairs tbody tr:first-child td a"))
        .containsExactlyInAnyOrder("Kyrgyzstan", "Tajikistan", "pair dashboard");
    @SuppressWarnings("unchecked")
    Map<String, Object> drawn =
        (Map<String, Object>)
            browser.executeScript(
                "const o = echarts.getInstanceByDom(arguments[0]).getOption();"
                    + " const s = o.series[0];"
                    + " return { legend: o.legend[0].data,"
                    + " events: s.data.filter((n) => n.category === 2).map((n) => n.name),"
                    + " joins: s.links.filter((l) => l.source.startsWith('event:')).length,"
                    + " edges: s.links.filter((l) => !l.source.startsWith('event:')).length };",
                chart);
    assertThat(drawn)
        .containsEntry("legend", List.of("State", "Organisation", "Event of three or more"))
        .containsEntry("events", List.of("meeting, 2019-09-12"))
        .containsEntry("joins", 3L)
        .containsEntry("edges", 1L);
    Browser.screenshot(browser, "network-event-node");
  }

  @Test
  void anActorAndAPairShowTheirEventsOnATimeline() {
    go("/actors/" + Http.actor("Alisher Rustamov").replace(':', '/'));
    waitFor("#timeline svg");
    assertThat(texts("#timeline .row-label")).containsExactly("meetings");
    assertThat(texts("#timeline .year")).containsExactly("2019");
    assertThat(
            browser.findElements(By.cssSelector("#timeline circle title")).stream()
                .map(t -> t.getAttribute("textContent"))
                .toList())
        .containsExactly("September 2019: 1 meeting");
    Browser.screenshot(browser, "timeline-actor");
    browser.findElement(By.cssSelector("#timeline a")).click();
    waitFor("#range");
    assertThat(text("#events-heading"))
        .isEqualTo("Meetings of Alisher Rustamov from 2019-09 to 2019-09");
    assertThat(text("#range")).isEqualTo("1–1 of 1, newest first");

    go("/pair?a=" + Http.actor("Kyrgyzstan") + "&b=" + Http.actor("Tajikistan"));
    waitFor("#timeline svg");
    assertThat(
            browser.findElements(By.cssSelector("#timeline circle title")).stream()
                .map(t -> t.getAttribute("textContent"))
                .toList())
        .containsExactly("September 2019: 2 meetings");
    Browser.screenshot(browser, "timeline-pair");
  }

  @Test
  void searchShowsTheSentenceThatMatchesAndSuggestsActorsAsOneTypes() {
    go("/");
    browser.findElement(By.id("q")).sendKeys("Rusta");
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> !d.findElements(By.cssSelector("#actor-names option")).isEmpty());
    assertThat(
            browser.findElements(By.cssSelector("#actor-names option")).stream()
                .map(o -> o.getAttribute("value"))
                .toList())
        .containsExactly("Alisher Rustamov");
    browser.findElement(By.id("q")).clear();
    browser.findElement(By.id("q")).sendKeys("water transport");
    browser.findElement(By.cssSelector("form.search button")).click();
    waitFor("#documents");
    assertThat(texts("#documents li > a")).containsExactly(DUSHANBE);
    assertThat(text("#documents .passage"))
        .isEqualTo("The ministers discussed cooperation in water management and transport.");
    assertThat(texts("#documents .passage mark")).containsExactly("water", "transport");
    Browser.screenshot(browser, "search-hits");
  }

  @Test
  void aStateListsWhoHeldWhichPostWhen() {
    go("/actors/" + Http.actor("Tajikistan").replace(':', '/'));
    waitFor("#holders");
    assertThat(texts("#holders tbody tr"))
        .containsExactlyInAnyOrder(
            "Sirojiddin Rakhimov Minister of Foreign Affairs Tajikistan – 12 September 2019 12"
                + " September 2019 "
                + DUSHANBE,
            "Alisher Rustamov President Tajikistan – 12 September 2019 12 September 2019 "
                + DUSHANBE);
    browser.findElement(By.linkText("Sirojiddin Rakhimov")).click();
    waitFor("#name");
    assertThat(text("#name")).isEqualTo("Sirojiddin Rakhimov");
    go("/actors/" + Http.actor("Association of Southeast Asian Nations").replace(':', '/'));
    waitFor("#holders");
    assertThat(texts("#holders tbody tr td.person")).containsExactly("Lina Hartono");
    assertThat(texts("#holders tbody tr td.first_reported, #holders tbody tr td.last_reported"))
        .containsExactly("10 May 2023", "18 March 2024");
    Browser.screenshot(browser, "holders");
  }
}
