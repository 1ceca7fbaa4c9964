package org.attache.store.export;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An event as the store holds it: merged over its sources, reviewed fields winning.
 *
 * @param id the store's event id
 * @param type meeting, statement, agreement, plan, priorities or establishment
 * @param date its date, ISO 8601 as precise as the sources give it
 * @param fields every current field by its store name ({@code place.city}, {@code stance}, ...)
 * @param links its actors, in the order they were first stored
 * @param areas its areas of cooperation, sorted
 * @param sources the documents that report it, oldest first
 * @param status for agreements and plans, the status derived from dates and reports
 */
public record StoredEvent(
    long id,
    String type,
    Optional<String> date,
    SortedMap<String, String> fields,
    List<StoredLink> links,
    List<String> areas,
    List<StoredSource> sources,
    Optional<String> status) {
  public StoredEvent {
    requireNonNull(type, "type is null");
    requireNonNull(date, "date is null");
    fields = new TreeMap<>(requireNonNull(fields, "fields is null"));
    links = List.copyOf(links);
    areas = List.copyOf(areas);
    sources = List.copyOf(sources);
    requireNonNull(status, "status is null");
  }

  /** The event's id in exports: {@code e} and the store's id. */
  public String exportId() {
    return "e" + id;
  }

  /** A current field. */
  public Optional<String> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  /** The actors with a given link, in order. */
  public List<StoredLink> links(String link) {
    return links.stream().filter(l -> l.link().equals(link)).toList();
  }

  /** The highest confidence of its sources. */
  public double confidence() {
    return sources.stream().mapToDouble(StoredSource::confidence).max().orElse(0);
  }
}
