package org.attache.store.stories;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * An event a story reports.
 *
 * @param id the event's number
 * @param type meeting, statement, agreement, plan, priorities or establishment
 * @param date its date, ISO 8601, if known
 * @param told how many of the story's documents report it
 */
public record StoryEvent(long id, String type, Optional<String> date, int told) {
  public StoryEvent {
    requireNonNull(type, "type is null");
    requireNonNull(date, "date is null");
  }
}
