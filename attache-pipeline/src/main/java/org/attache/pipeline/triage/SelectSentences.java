package org.attache.pipeline.triage;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.Optional;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.DeclaredStage;
import org.attache.pipeline.analysis.Layer;
import org.attache.pipeline.analysis.Selected;

/**
 * The first stage of a triaged pipeline: keeps the sentences that {@link Triage} says the analysis
 * needs, blanking the others at their places, and closes a document that can hold no record so that
 * no later stage runs on it.
 */
public final class SelectSentences extends DeclaredStage {
  private final Triage triage;

  public SelectSentences(Triage triage) {
    super("triage", EnumSet.noneOf(Layer.class), EnumSet.of(Layer.SELECTION));
    this.triage = requireNonNull(triage, "triage is null");
  }

  @Override
  public Analysis apply(Analysis analysis) {
    Optional<KeptSentences> selection = triage.select(analysis.text());
    if (selection.isEmpty()) {
      return analysis.close();
    }
    KeptSentences kept = selection.get();
    return analysis.withSelection(
        kept.blank(analysis.text()), new Selected(kept.sentences(), kept.kept().size()));
  }
}
