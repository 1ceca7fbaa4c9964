package org.attache.pipeline.events.statement;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.events.parties.Parties;
import org.attache.pipeline.events.parties.SentenceView;

/**
 * The sides a document's title names ("SCO and CICA secretariats ink memorandum", "Turkmen-Tajik
 * consultations held"): the states and organisations of its first sentence, when there are at least
 * two; else none.
 */
final class TitleSides {
  private TitleSides() {}

  static List<String> of(Analysis analysis) {
    List<Sentence> sentences = analysis.annotatedText().sentences();
    if (sentences.isEmpty()) {
      return List.of();
    }
    ActorTable actors = analysis.actorTable();
    SentenceView first = new SentenceView(analysis.text(), sentences.get(0), actors);
    Set<String> ids = new LinkedHashSet<>();
    for (Reference reference : first.sidesBetween(first.first(), first.last())) {
      ids.add(reference.actor());
    }
    List<String> sides = Parties.of(actors, List.copyOf(ids));
    return sides.size() > 1 ? sides : List.of();
  }
}
