package org.attache.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.Layer;
import org.attache.pipeline.analysis.Stage;
import org.attache.pipeline.read.SourceDocument;
import org.junit.jupiter.api.Test;

class PipelineTest {
  private record TestingStage(String name, Set<Layer> requires, Set<Layer> provides)
      implements Stage {
    /** Marks the layers it provides, so that a test can see which stages ran. */
    @Override
    public Analysis apply(Analysis analysis) {
      Analysis result = analysis;
      for (Layer layer : provides) {
        result = result.withEvents(layer, List.of());
      }
      return result;
    }
  }

  private static final Stage ANNOTATE =
      new TestingStage("annotate", EnumSet.noneOf(Layer.class), EnumSet.of(Layer.SENTENCES));
  private static final Stage MENTIONS =
      new TestingStage("mentions", EnumSet.of(Layer.SENTENCES), EnumSet.of(Layer.MENTIONS));
  private static final Stage ACTORS =
      new TestingStage(
          "actors", EnumSet.of(Layer.SENTENCES, Layer.MENTIONS), EnumSet.of(Layer.ACTORS));
  private static final Pipeline THREE = new Pipeline(List.of(ANNOTATE, MENTIONS, ACTORS));

  private static Analysis fresh() {
    return Analysis.of(
        new SourceDocument("test.txt", Optional.empty(), Optional.empty(), "Talks."), "Talks.");
  }

  @Test
  void refusesAStageWhoseInputNoEarlierStageProvides() {
    Stage actors =
        new TestingStage(
            "actors", EnumSet.of(Layer.SENTENCES, Layer.MENTIONS), EnumSet.of(Layer.ACTORS));
    Stage annotate =
        new TestingStage("annotate", EnumSet.noneOf(Layer.class), EnumSet.of(Layer.SENTENCES));

    assertThatThrownBy(() -> new Pipeline(List.of(annotate, actors)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Stage 'actors' needs [MENTIONS], which no stage before it provides");
  }

  @Test
  void acceptsStagesInTheOrderOfTheirNeeds() {
    Stage annotate =
        new TestingStage("annotate", EnumSet.noneOf(Layer.class), EnumSet.of(Layer.SENTENCES));
    Stage mentions =
        new TestingStage("mentions", EnumSet.of(Layer.SENTENCES), EnumSet.of(Layer.MENTIONS));

    assertThat(new Pipeline(List.of(annotate, mentions)).names())
        .containsExactly("annotate", "mentions");
  }

  @Test
  void runsTheStagesAfterTheOneNamedOnAnAnalysisThatHasBeenThroughIt() {
    Analysis annotated = THREE.through("annotate").run(fresh());

    Analysis done = THREE.after("annotate").run(annotated);

    assertThat(annotated.layers()).containsExactly(Layer.SENTENCES);
    assertThat(done.layers())
        .containsExactlyInAnyOrder(Layer.SENTENCES, Layer.MENTIONS, Layer.ACTORS);
  }

  @Test
  void namesTheStagesUpToAndAfterTheOneNamed() {
    assertThat(THREE.through("mentions").names()).containsExactly("annotate", "mentions");
    assertThat(THREE.after("mentions").names()).containsExactly("actors");
    assertThat(THREE.after("actors").names()).isEmpty();
  }

  @Test
  void refusesAStageNameThatIsNotInThePipeline() {
    assertThatThrownBy(() -> THREE.after("parse"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No stage named 'parse' in the pipeline [annotate, mentions, actors]");
  }
}
