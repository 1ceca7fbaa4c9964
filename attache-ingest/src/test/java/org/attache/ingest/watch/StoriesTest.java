package org.attache.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.attache.pipeline.Extractor;
import org.attache.store.Database;
import org.attache.store.TestingPostgres;
import org.attache.store.TestingStore;
import org.attache.store.sources.NewSource;
import org.attache.store.sources.SourceKind;
import org.attache.store.sources.Sources;
import org.attache.store.stories.Stories;
import org.attache.store.stories.Story;
import org.attache.store.stories.StoryEvent;
import org.attache.store.stories.StorySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One story told by three outlets, each in its own words on its own site, ends as one story with
 * three sources and one meeting; a copy of a release on a fourth site joins it by its text; an
 * unrelated release stays a story of its own.
 */
class StoriesTest {
  static final String MINISTRY =
      "On 12 March 2024, Minister of Foreign Affairs of Japan Yoko Kamikawa was received by"
          + " Minister of Foreign Affairs of Kazakhstan Murat Nurtleu in Astana. The ministers"
          + " reviewed the schedule of the intergovernmental commission and the opening of a"
          + " direct flight between Tokyo and Almaty.";
  static final String EMBASSY =
      "Minister of Foreign Affairs of Kazakhstan Murat Nurtleu held talks with Minister of"
          + " Foreign Affairs of Japan Yoko Kamikawa in Astana on 12 March 2024. Both sides"
          + " welcomed the growth of Japanese investment in the mining industry and agreed to"
          + " continue political consultations.";
  static final String AGENCY =
      "ASTANA, 12 March 2024. Minister of Foreign Affairs of Kazakhstan Murat Nurtleu met with"
          + " Minister of Foreign Affairs of Japan Yoko Kamikawa in Astana on 12 March 2024, the"
          + " agency's correspondent reports. Kamikawa is on her first tour of Central Asia since"
          + " taking office.";
  static final String OTHER =
      "On 20 March 2024, Minister of Foreign Affairs of Chile Elena Rossi met with Ambassador of"
          + " Kenya to Chile Daniel Kamau in Santiago. They discussed cooperation in education.";

  private TestingSite site;
  private Database database;

  @BeforeEach
  void start() {
    site = new TestingSite();
    site.put("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
    database = TestingPostgres.freshDatabase("stories");
  }

  @AfterEach
  void stop() {
    site.close();
  }

  private void outlet(Sources sources, String name, String publisher, String date, String text) {
    String page = "/" + name + "/release.html";
    site.put(page, "text/html", TestingPages.page(publisher + " reports talks", date, text));
    site.put(
        "/" + name + "/rss.xml",
        "application/rss+xml",
        TestingPages.rss(List.<String[]>of(new String[] {"Talks", site.url(page)})));
    sources.add(
        new NewSource(
            site.url("/" + name + "/rss.xml"),
            SourceKind.FEED,
            publisher,
            "en",
            Duration.ofHours(1),
            Optional.empty()));
  }

  @Test
  void threeOutletsOfOneStoryAreOneStoryWithThreeSourcesAndOneMeeting() throws Exception {
    Sources sources = new Sources(database);
    outlet(sources, "mfa-kz", "Ministry of Foreign Affairs of Kazakhstan", "2024-03-12", MINISTRY);
    outlet(sources, "embassy", "Embassy of Japan in Kazakhstan", "2024-03-13", EMBASSY);
    outlet(sources, "agency", "National news agency", "2024-03-12", AGENCY);
    outlet(sources, "mfa-cl", "Ministry of Foreign Affairs of Chile", "2024-03-20", OTHER);
    try (Poller poller =
        new Poller(database, PollerTest.EXTRACTOR, Extractor.VERSION, PollerTest.LIMITS)) {
      assertThat(poller.pollDue(true, p -> {}))
          .extracting(SourcePoll::error)
          .containsOnly(Optional.empty());
    }
    Stories stories = new Stories(database);
    assertThat(TestingStore.count(database, "SELECT count(*) FROM document")).isEqualTo(4);
    assertThat(stories.count()).isEqualTo(2);

    String ministry =
        TestingStore.rows(
                database,
                "SELECT document_id FROM source_item WHERE url = '"
                    + site.url("/mfa-kz/release.html")
                    + "'")
            .get(0)
            .get(0);
    Story story = stories.find(stories.storyOf(ministry).orElseThrow()).orElseThrow();
    assertThat(story.sources())
        .extracting(s -> s.publisher().orElseThrow())
        .containsExactlyInAnyOrder(
            "Ministry of Foreign Affairs of Kazakhstan",
            "Embassy of Japan in Kazakhstan",
            "National news agency");
    assertThat(story.events())
        .filteredOn(e -> e.type().equals("meeting"))
        .extracting(StoryEvent::date, StoryEvent::told)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Optional.of("2024-03-12"), 3));
    assertThat(story.sources()).extracting(StorySource::url).allMatch(Optional::isPresent);
  }
}
