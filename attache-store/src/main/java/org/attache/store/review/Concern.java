package org.attache.store.review;

/**
 * Why a field waits where it does in the review queue, from what is most likely wrong and matters
 * most to the knowledge base's sure matches. The store classifies each unreviewed field (the
 * migration {@code V9_1__review_queue.sql} gives the rules); within a concern the least confident
 * field comes first.
 */
public enum Concern {
  /** A person's post whose organisation the document does not name beside the person. */
  POST_FROM_ANOTHER_SENTENCE(1, "post pieced together from another sentence"),
  /** A person's name that other documents spell otherwise. */
  NAME_SPELLED_OTHERWISE(2, "person spelled otherwise in other documents"),
  /** Other names of people, their posts and their parts in events. */
  PERSON(3, "person or post"),
  /** A report of an event that other documents report too. */
  MERGED_REPORT(4, "report merged with other documents"),
  /** The date or place of a meeting. */
  MEETING_DATE_OR_PLACE(5, "date or place of a meeting"),
  /** Every other field. */
  OTHER(6, "other field"),
  /** A name or code of a state or organisation that the knowledge base knows. */
  KNOWN_NAME(7, "known state or organisation");

  private final int level;
  private final String words;

  Concern(int level, String words) {
    this.level = level;
    this.words = words;
  }

  /** The level as stored: 1 first to 7 last. */
  public int level() {
    return level;
  }

  /** The concern as a reviewer reads it: "post pieced together from another sentence". */
  public String words() {
    return words;
  }

  /**
   * The concern of a stored level.
   *
   * @throws IllegalArgumentException naming the level when there is no such concern
   */
  public static Concern of(int level) {
    for (Concern c : values()) {
      if (c.level == level) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown concern: " + level);
  }
}
