package org.attache.store.export;

import static java.util.Objects.requireNonNull;

/**
 * Two actors of one event, the source acting towards the target: a guest towards the host (as
 * PLOVER codes visits), a speaker towards whom it speaks of, a founder towards what it founded;
 * between parties or participants of equal standing, the one stored first is the source.
 */
public record Dyad(StoredEvent event, StoredLink source, StoredLink target) {
  public Dyad {
    requireNonNull(event, "event is null");
    requireNonNull(source, "source is null");
    requireNonNull(target, "target is null");
  }

  /** The part the source plays: its role in a meeting, else its link (speaker, party, ...). */
  public String sourceRole() {
    return source.role().orElse(source.link());
  }

  /** The part the target plays. */
  public String targetRole() {
    return target.role().orElse(target.link());
  }
}
