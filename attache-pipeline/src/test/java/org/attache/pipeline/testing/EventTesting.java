package org.attache.pipeline.testing;

import java.util.List;
import org.attache.model.DocumentRecord;

/** The extraction of a short body written for a test, and the codes of the actors it names. */
public final class EventTesting {
  /** The publication date of the bodies written for the tests. */
  public static final String PUBLISHED = "2024-03-05";

  /**
   * A meeting of two ministers (invented people of real states) that gives later sentences sides.
   */
  public static final String MEETING =
      "On 4 March 2024, Minister of Foreign Affairs of Uzbekistan Akmal Rustamov met with"
          + " Minister of Foreign Affairs of Mongolia Sarnai Ganbold in Tashkent. ";

  private EventTesting() {}

  /** The record of an untitled body published on {@link #PUBLISHED}. */
  public static DocumentRecord extract(String body) {
    return ExtractorTesting.extract(null, body, PUBLISHED);
  }

  /** The codes of the actors of the record, "?" for one with none. */
  public static List<String> codes(DocumentRecord record, List<String> ids) {
    return ids.stream().map(id -> record.actor(id).orElseThrow().code().orElse("?")).toList();
  }
}
