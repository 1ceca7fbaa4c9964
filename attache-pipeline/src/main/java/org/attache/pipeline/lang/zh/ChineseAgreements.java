package org.attache.pipeline.lang.zh;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.attache.model.Event;
import org.attache.pipeline.analysis.ActorTable;

/** Agreements and plans told in Chinese. */
final class ChineseAgreements {
  private ChineseAgreements() {}

  static List<Event> find(Reading reading, ActorTable actors, Optional<LocalDate> published) {
    return List.of();
  }
}
