package org.attache.server.curation;

import java.util.stream.Collectors;
import org.attache.knowledge.KnowledgeBase;
import org.attache.knowledge.State;
import org.attache.pipeline.codes.EventCodes;
import org.attache.store.curation.Vocabulary;

/** The codes corrections are checked against: the knowledge base's states, the event codes. */
public final class Vocabularies {
  private static final class Standard {
    static final Vocabulary INSTANCE =
        new Vocabulary(
            KnowledgeBase.standard().states().stream().map(State::code).collect(Collectors.toSet()),
            EventCodes.cameo(),
            EventCodes.plover());
  }

  private Vocabularies() {}

  /** The vocabulary of the knowledge base and word lists shipped, read on first use. */
  public static Vocabulary standard() {
    return Standard.INSTANCE;
  }
}
