package org.attache.pipeline.lang.zh;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Clauses that go on with the last speaker, on clauses written for this test. */
class ChineseContinuationsTest {
  @Test
  void aPronounOrNoSubjectBeforeAVerbOfSayingGoesOn() {
    assertThat(ChineseContinuations.continues("他表示")).isTrue();
    assertThat(ChineseContinuations.continues("她还指出")).isTrue();
    assertThat(ChineseContinuations.continues("他在会谈中强调")).isTrue();
    assertThat(ChineseContinuations.continues("并表示")).isTrue();
    assertThat(ChineseContinuations.continues("同时呼吁各方保持克制")).isTrue();
    assertThat(ChineseContinuations.continues("表示中方愿加强合作")).isTrue();
  }

  @Test
  void aClauseWithItsOwnSubjectOrNoVerbOfSayingDoesNot() {
    assertThat(ChineseContinuations.continues("中方愿加强合作")).isFalse();
    assertThat(ChineseContinuations.continues("会见在友好的气氛中进行")).isFalse();
    assertThat(ChineseContinuations.continues("他们参观了展览")).isFalse();
    assertThat(ChineseContinuations.continues("他们表示")).isFalse();
  }
}
