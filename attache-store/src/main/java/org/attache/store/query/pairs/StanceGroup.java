package org.attache.store.query.pairs;

import java.util.List;
import org.attache.store.query.events.EventDetail;

/** The statements of a pair of one stance: how many, and the latest of them. */
public record StanceGroup(int total, List<EventDetail> latest) {
  public StanceGroup {
    latest = List.copyOf(latest);
  }
}
