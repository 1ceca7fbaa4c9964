package org.attache.pipeline.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.attache.pipeline.read.SourceDocument;
import org.junit.jupiter.api.Test;

class DeclaredLayersTest {
  private static final Analysis ANNOTATED =
      Analysis.of(
              new SourceDocument("talks.txt", Optional.empty(), Optional.empty(), "Talks."),
              "Talks.")
          .withAnnotated(new AnnotatedText("Talks.", List.of()));

  @Test
  void aStageReadingALayerItDoesNotDeclareFailsNamingBoth() {
    Stage stage =
        new TestingStage("careless", EnumSet.noneOf(Layer.class), Analysis::annotatedText);

    assertThatThrownBy(() -> stage.apply(ANNOTATED.readBy(stage)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Stage 'careless' reads SENTENCES but does not declare it in requires() []");
  }

  @Test
  void aStageReadingEventsMustDeclareALayerOfEvents() {
    Stage stage = new TestingStage("counter", EnumSet.of(Layer.SENTENCES), Analysis::events);

    assertThatThrownBy(() -> stage.apply(ANNOTATED.readBy(stage)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Stage 'counter' reads events (one of [MEETINGS");
  }

  @Test
  void aStageReadsWhatItDeclaresAndTheAnalysisIsOpenAgainAfterIt() {
    Stage stage = new TestingStage("careful", EnumSet.of(Layer.SENTENCES), Analysis::annotatedText);

    Analysis after = stage.apply(ANNOTATED.readBy(stage)).unread();

    assertThat(after.events()).isEmpty();
    assertThat(after.layers()).containsExactly(Layer.SENTENCES);
  }

  /** A stage that reads one thing through {@code read} and adds nothing. */
  private record TestingStage(String name, Set<Layer> requires, Function<Analysis, ?> read)
      implements Stage {
    @Override
    public Set<Layer> provides() {
      return EnumSet.noneOf(Layer.class);
    }

    @Override
    public Analysis apply(Analysis analysis) {
      var unused = read.apply(analysis);
      return analysis;
    }
  }
}
