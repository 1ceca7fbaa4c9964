package org.attache.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineTest {
  private record TestingStage(String name, Set<Layer> requires, Set<Layer> provides)
      implements Stage {
    @Override
    public Analysis apply(Analysis analysis) {
      return analysis;
    }
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
}
