package org.attache.store.stories;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.store.Database;
import org.attache.store.TestingPostgres;
import org.attache.store.TestingRecords;
import org.attache.store.merge.TextSketch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Releases written from one template are alike by their text: they are one story when they report
 * the same meeting or when one of them reports none, and two when they report two meetings.
 */
class StoriesTest {
  private static final String TEMPLATE =
      "%s received %s in Tashkent on %s. The sides discussed cooperation in trade, transport,"
          + " energy and culture, the preparation of the summit of the organisation in the coming"
          + " year and the schedule of the joint commission, and agreed to continue consultations"
          + " at the level of deputy ministers.";

  private Database database;
  private Stories stories;

  @BeforeEach
  void store() {
    database = TestingPostgres.freshDatabase("stories");
    stories = new Stories(database);
  }

  private static String release(String host, String guest, String day) {
    return String.format(java.util.Locale.ROOT, TEMPLATE, host, guest, day);
  }

  private String meeting(String text, String host, String guest, String date) {
    return TestingRecords.document(text, date)
        .person("a1", host)
        .person("a2", guest)
        .meeting("e1", date, "Tashkent", 0.9, "a1", "a2")
        .writeTo(database);
  }

  @Test
  void releasesOfOneTemplateAreOneStoryOnlyWhenTheirMeetingsAgree() {
    String first = release("Vladimir Norov", "Kenji Morita", "1 March 2024");
    String second = release("Vladimir Norov", "Ana Lima", "9 May 2024");
    String again = "As reported earlier, " + first;
    String without = release("The Secretary-General", "a delegation", "1 March 2024");
    // The texts are alike enough to be one story by their text alone.
    assertThat(StoryLinks.sameText(TextSketch.of(first), TextSketch.of(second))).isTrue();
    assertThat(StoryLinks.sameText(TextSketch.of(first), TextSketch.of(again))).isTrue();

    String a = meeting(first, "Vladimir Norov", "Kenji Morita", "2024-03-01");
    String b = meeting(second, "Vladimir Norov", "Ana Lima", "2024-05-09");
    String c = meeting(again, "Vladimir Norov", "Kenji Morita", "2024-03-01");
    assertThat(stories.groupPending()).isEqualTo(3);

    assertThat(stories.storyOf(c)).isEqualTo(stories.storyOf(a));
    assertThat(stories.storyOf(b)).isNotEqualTo(stories.storyOf(a));
    assertThat(stories.count()).isEqualTo(2);

    // A release that reports no meeting joins the stories its text is like: here both, which
    // become one.
    String d = TestingRecords.document(without, "2024-03-01").writeTo(database);
    long story = stories.group(d);
    assertThat(stories.storyOf(a)).contains(story);
    assertThat(stories.storyOf(b)).contains(story);
    assertThat(stories.count()).isEqualTo(1);
  }
}
