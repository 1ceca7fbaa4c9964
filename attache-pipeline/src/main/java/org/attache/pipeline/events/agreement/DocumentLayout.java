package org.attache.pipeline.events.agreement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.attache.model.Span;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.analysis.Sorted;
import org.attache.pipeline.events.parties.Parties;
import org.attache.pipeline.events.parties.SentenceView;

/**
 * The document's sentences and references by position, for the items of lists: each question is
 * answered by a binary search rather than by going through the document.
 */
final class DocumentLayout {
  /** How many sentences before a heading are read for its parties. */
  private static final int HEADING_REACH = 5;

  private final Analysis analysis;
  private final List<Sentence> sentences;
  private final int[] sentenceEnds;
  private final List<Reference> references;
  private final int[] referenceStarts;

  DocumentLayout(Analysis analysis) {
    this.analysis = analysis;
    this.sentences = analysis.annotatedText().sentences();
    this.sentenceEnds = sentences.stream().mapToInt(s -> s.span().end()).toArray();
    this.references = analysis.actorTable().references();
    this.referenceStarts = references.stream().mapToInt(r -> r.span().start()).toArray();
  }

  /** The index of the first sentence that ends after the offset. */
  private int sentenceAfter(int offset) {
    return Sorted.partitionPoint(sentenceEnds.length, i -> sentenceEnds[i] <= offset);
  }

  /** The sentences that overlap the span. */
  List<SentenceView> views(Span span) {
    List<SentenceView> views = new ArrayList<>();
    for (int s = sentenceAfter(span.start());
        s < sentences.size() && sentences.get(s).span().start() < span.end();
        s++) {
      views.add(new SentenceView(analysis.text(), sentences.get(s), analysis.actorTable()));
    }
    return views;
  }

  /** The actors named inside the span. */
  List<String> parties(Span span) {
    int low = Sorted.partitionPoint(referenceStarts.length, i -> referenceStarts[i] < span.start());
    Set<String> ids = new LinkedHashSet<>();
    for (int r = low; r < references.size() && referenceStarts[r] < span.end(); r++) {
      if (references.get(r).span().end() <= span.end()) {
        ids.add(references.get(r).actor());
      }
    }
    return Parties.of(analysis.actorTable(), new ArrayList<>(ids));
  }

  /** The sides named in the heading's sentence, else in the nearest of the few before it. */
  List<String> headingParties(Span heading) {
    int last = Math.min(sentences.size(), sentenceAfter(heading.end() - 1) + 1) - 1;
    for (int s = last; s >= 0 && s > last - HEADING_REACH; s--) {
      if (sentences.get(s).span().start() >= heading.end()) {
        continue;
      }
      SentenceView view =
          new SentenceView(analysis.text(), sentences.get(s), analysis.actorTable());
      List<String> sides = Parties.of(analysis.actorTable(), InstrumentPhrase.ids(view.sides()));
      if (!sides.isEmpty()) {
        return sides;
      }
    }
    return List.of();
  }
}
