package org.attache.store.merge;

import java.util.Map;
import java.util.Set;

/**
 * A stored event that an incoming one might be.
 *
 * @param id the event's id in the store
 * @param actors its live actors as {@code link|actor key}
 * @param fields every live value of each field, over all its sources
 * @param sameDocument whether the document being stored already reported it (a re-extraction)
 * @param published the publication dates of the documents that report it
 * @param copy whether a near-copy of the document being stored reports it ({@link TextSketch})
 */
public record Candidate(
    long id,
    Set<String> actors,
    Map<String, Set<String>> fields,
    boolean sameDocument,
    Set<String> published,
    boolean copy) {
  public Candidate {
    actors = Set.copyOf(actors);
    fields = Map.copyOf(fields);
    published = Set.copyOf(published);
  }

  /** A candidate that no near-copy of the incoming document reports. */
  public Candidate(
      long id,
      Set<String> actors,
      Map<String, Set<String>> fields,
      boolean sameDocument,
      Set<String> published) {
    this(id, actors, fields, sameDocument, published, false);
  }

  /** A candidate whose sources give no publication date. */
  public Candidate(
      long id, Set<String> actors, Map<String, Set<String>> fields, boolean sameDocument) {
    this(id, actors, fields, sameDocument, Set.of(), false);
  }

  Set<String> field(String name) {
    return fields.getOrDefault(name, Set.of());
  }

  /** Whether the same text, or a near-copy of it, reports this event. */
  boolean sameStory() {
    return sameDocument || copy;
  }
}
