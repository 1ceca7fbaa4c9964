package org.attache.store.query.documents;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.attache.store.query.Headings;
import org.attache.store.query.events.EventSummary;

/** One document with its text, every field it asserts and its events. */
public record DocumentDetail(
    String id,
    Optional<String> title,
    Optional<String> published,
    Optional<String> source,
    Optional<String> url,
    String language,
    boolean diplomatic,
    String extractorVersion,
    String text,
    List<DocumentField> fields,
    List<EventSummary> events) {
  public DocumentDetail {
    requireNonNull(id, "id is null");
    requireNonNull(title, "title is null");
    requireNonNull(published, "published is null");
    requireNonNull(source, "source is null");
    requireNonNull(url, "url is null");
    requireNonNull(language, "language is null");
    requireNonNull(extractorVersion, "extractorVersion is null");
    requireNonNull(text, "text is null");
    fields = List.copyOf(fields);
    events = List.copyOf(events);
  }

  /** This document with these fields and events. */
  public DocumentDetail with(List<DocumentField> newFields, List<EventSummary> newEvents) {
    return new DocumentDetail(
        id,
        title,
        published,
        source,
        url,
        language,
        diplomatic,
        extractorVersion,
        text,
        newFields,
        newEvents);
  }

  /** The title, or failing one the start of the first line of the text. */
  public String heading() {
    return Headings.of(title, text.substring(0, Math.min(text.length(), 4 * Headings.LONGEST)));
  }
}
