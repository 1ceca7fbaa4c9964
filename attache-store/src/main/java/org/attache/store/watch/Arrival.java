package org.attache.store.watch;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What arrived for a watch: a new event (for an actor, a pair, an area), or a new document (a new
 * report of a plan, a new match of a search).
 *
 * @param watchId the watch it arrived for
 * @param what the event's type ({@code meeting}, {@code agreement}, ...) or {@code document}
 * @param id the event's number, or the document's id
 * @param title the event's parties, or the document's title
 * @param date the event's date or the document's publication, ISO 8601, if known
 * @param sources the documents that report it, the first report first; a document's is itself
 * @param arrived when its first report was stored
 */
public record Arrival(
    long watchId,
    String what,
    String id,
    String title,
    Optional<String> date,
    List<Told> sources,
    Instant arrived) {
  public Arrival {
    requireNonNull(what, "what is null");
    requireNonNull(id, "id is null");
    requireNonNull(title, "title is null");
    requireNonNull(date, "date is null");
    sources = List.copyOf(requireNonNull(sources, "sources is null"));
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("An arrival has at least one source: " + what + " " + id);
    }
    requireNonNull(arrived, "arrived is null");
  }

  /** Whether it is an event rather than a document. */
  public boolean event() {
    return !what.equals("document");
  }

  /** A line for a person: {@code Meeting 2024-03-12: Murat Nurtleu, Yoko Kamikawa}. */
  public String describe() {
    String kind = what.substring(0, 1).toUpperCase(Locale.ROOT) + what.substring(1);
    return kind + date.map(d -> " " + d).orElse("") + ": " + title;
  }

  /**
   * A document that reports an arrival.
   *
   * @param documentId its id
   * @param title its title, else the beginning of its text
   * @param url where it was published, if known
   */
  public record Told(String documentId, String title, Optional<String> url) {
    public Told {
      requireNonNull(documentId, "documentId is null");
      requireNonNull(title, "title is null");
      requireNonNull(url, "url is null");
    }
  }
}
