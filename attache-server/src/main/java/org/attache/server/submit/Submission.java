package org.attache.server.submit;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.attache.ingest.Incoming;
import org.attache.model.DocumentRecord;
import org.attache.pipeline.Extractor;
import org.attache.pipeline.Pipeline;
import org.attache.pipeline.analysis.Stage;
import org.attache.pipeline.read.SourceDocument;
import org.attache.store.Database;
import org.attache.store.ingest.DocumentWriter;

/**
 * Extracts one submitted document with the standard pipeline and stores it as {@code attache
 * ingest} does: a document stored already by this extractor version is not extracted again. Steps
 * are reported as they are reached, and a job asked to stop stops between two of them. The
 * extractor's models load on the first submission, then stay; documents are extracted at once on as
 * many threads as call, and stored one at a time.
 *
 * <p>The stages run are those of the extractor's pipeline: triage, if the extractor has it, is not
 * asked, as an editor who submits a document wants its records.
 */
public final class Submission {
  private final Database database;
  private final Supplier<Extractor> extractor;
  private final Object storing = new Object();
  private Extractor loaded;

  public Submission(Database database, Supplier<Extractor> extractor) {
    this.database = requireNonNull(database, "database is null");
    this.extractor = requireNonNull(extractor, "extractor is null");
  }

  /** Hears the steps of a job; may throw to stop it before the step. */
  interface Progress {
    /**
     * Hears that a step is about to start; throws to stop the job there.
     *
     * @param step the step about to start
     * @param done steps done before it
     * @param total steps in all
     */
    void reached(String step, int done, int total);
  }

  /** What a submission gave: the stored document's id, and whether it was stored already. */
  record Result(String documentId, boolean known) {
    Result {
      requireNonNull(documentId, "documentId is null");
    }
  }

  /**
   * Extracts and stores a document: steps are models (the first time), check, each stage of the
   * extractor, then store; after store the job can no longer be stopped.
   */
  Result run(SourceDocument document, Progress progress) {
    progress.reached("models", 0, 0);
    Extractor standard = extractor();
    List<Stage> stages = standard.pipeline().stages();
    int total = stages.size() + 2;
    progress.reached("check", 0, total);
    String id = document.id();
    try (DocumentWriter writer = new DocumentWriter(database)) {
      if (!writer.needs(id, Extractor.VERSION)) {
        return new Result(id, true);
      }
    }
    List<Stage> checked = new ArrayList<>();
    for (int i = 0; i < stages.size(); i++) {
      Stage stage = stages.get(i);
      int done = i + 1;
      checked.add(new CheckedStage(stage, () -> progress.reached(stage.name(), done, total)));
    }
    DocumentRecord record = standard.withEnglish(new Pipeline(checked)).extract(document);
    progress.reached("store", total - 1, total);
    DocumentWriter.Outcome outcome;
    synchronized (storing) {
      try (DocumentWriter writer = new DocumentWriter(database)) {
        outcome = writer.write(Incoming.of(document), record, Extractor.VERSION);
      }
    }
    return new Result(id, outcome == DocumentWriter.Outcome.UNCHANGED);
  }

  private synchronized Extractor extractor() {
    if (loaded == null) {
      loaded = extractor.get();
    }
    return loaded;
  }
}
