package org.attache.store.stories;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One story as several documents tell it.
 *
 * @param id its number
 * @param sources the documents that tell it, earliest first
 * @param events the events they report, each once, with how many of the documents report it
 */
public record Story(long id, List<StorySource> sources, List<StoryEvent> events) {
  public Story {
    sources = List.copyOf(requireNonNull(sources, "sources is null"));
    events = List.copyOf(requireNonNull(events, "events is null"));
  }
}
