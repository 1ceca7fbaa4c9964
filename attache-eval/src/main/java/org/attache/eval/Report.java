package org.attache.eval;

import java.util.List;

/**
 * The figures of a set of documents: per document and micro-averaged (counts summed over the
 * documents that score a section, then precision, recall, F1 and accuracies computed from the
 * sums).
 */
public record Report(List<DocumentScore> documents) {
  public Report {
    documents = List.copyOf(documents);
  }

  /** The micro-averaged figures: each section's counts summed over the documents scoring it. */
  public Figures total() {
    Figures total = Figures.NONE;
    for (DocumentScore document : documents) {
      total = total.plus(document.figures());
    }
    return total;
  }

  /** How many documents the gold marks as not diplomatic. */
  public int notDiplomatic() {
    return (int) documents.stream().filter(d -> !d.diplomatic()).count();
  }

  /** The documents not diplomatic on which events were predicted, by name. */
  public List<String> falseAlarms() {
    return documents.stream().filter(DocumentScore::falseAlarm).map(DocumentScore::name).toList();
  }

  /** The negatives figure: how many documents not diplomatic had events predicted on them. */
  public int negatives() {
    return falseAlarms().size();
  }

  /**
   * The report as a text table: the micro-averaged figures, the negatives, and when verbose each
   * document's figures followed by its misses, one per line.
   */
  public String toText(boolean verbose) {
    return ReportText.render(this, verbose);
  }

  /** The report as one line of JSON, the same bytes for the same report. */
  public String toJson() {
    return ReportJson.render(this);
  }
}
