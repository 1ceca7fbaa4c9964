package org.attache.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.Layer;
import org.attache.pipeline.analysis.PipelineListener;
import org.attache.pipeline.analysis.Stage;

/**
 * An ordered composition of stages, checked when it is built: every stage's requirements must be
 * provided by the stages before it.
 */
public final class Pipeline {
  private final List<Stage> stages;

  /**
   * @throws IllegalArgumentException naming the first stage whose requirements are not met
   */
  public Pipeline(List<Stage> stages) {
    this(stages, EnumSet.noneOf(Layer.class));
  }

  /** A pipeline whose input already holds the {@code given} layers. */
  private Pipeline(List<Stage> stages, Set<Layer> given) {
    Set<Layer> available = EnumSet.noneOf(Layer.class);
    available.addAll(given);
    for (Stage stage : stages) {
      Set<Layer> missing = EnumSet.noneOf(Layer.class);
      missing.addAll(stage.requires());
      missing.removeAll(available);
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(
            "Stage '"
                + stage.name()
                + "' needs "
                + missing
                + ", which no stage before it provides");
      }
      available.addAll(stage.provides());
    }
    this.stages = List.copyOf(stages);
  }

  public List<Stage> stages() {
    return stages;
  }

  /**
   * The stages up to and including the one named: e.g. {@code through("annotate")} annotates a
   * document and stops there.
   *
   * @throws IllegalArgumentException if no stage has that name
   */
  public Pipeline through(String stageName) {
    return new Pipeline(stages.subList(0, indexOf(stageName) + 1));
  }

  /**
   * The stages after the one named, for an analysis that the stages up to and including it have
   * already been through: {@code after("annotate")} runs the rest of the extractor on a document
   * annotated once. The stages are checked as in the constructor, taking the layers that the stages
   * skipped provide as given.
   *
   * @throws IllegalArgumentException if no stage has that name
   */
  public Pipeline after(String stageName) {
    int index = indexOf(stageName);
    Set<Layer> given = EnumSet.noneOf(Layer.class);
    for (Stage skipped : stages.subList(0, index + 1)) {
      given.addAll(skipped.provides());
    }
    return new Pipeline(stages.subList(index + 1, stages.size()), given);
  }

  private int indexOf(String stageName) {
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).name().equals(stageName)) {
        return i;
      }
    }
    throw new IllegalArgumentException(
        "No stage named '" + stageName + "' in the pipeline " + names());
  }

  /** Runs every stage in order, until one closes the document. */
  public Analysis run(Analysis analysis) {
    return run(analysis, PipelineListener.NONE);
  }

  /**
   * Runs every stage in order, until one closes the document, telling {@code listener} what each
   * stage returned and when the document is done. Each stage reads the analysis {@linkplain
   * Analysis#readBy as it declares}.
   */
  public Analysis run(Analysis analysis, PipelineListener listener) {
    Analysis current = analysis;
    for (Stage stage : stages) {
      if (current.closed()) {
        break;
      }
      long start = System.nanoTime();
      current = stage.apply(current.readBy(stage)).unread();
      listener.stageFinished(stage, current, System.nanoTime() - start);
    }
    listener.documentFinished(current);
    return current;
  }

  /** The names of the stages, in order. */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    stages.forEach(s -> names.add(s.name()));
    return names;
  }
}
