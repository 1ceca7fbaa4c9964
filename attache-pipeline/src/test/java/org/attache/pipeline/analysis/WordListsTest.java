package org.attache.pipeline.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.attache.model.Stance;
import org.junit.jupiter.api.Test;

class WordListsTest {
  @Test
  void readsWordsAndTheirConstantsInTheOrderOfTheFile() {
    Map<String, Stance> cues = WordLists.named("zh-stances.tsv", Stance.class);

    assertThat(cues.entrySet().iterator().next()).isEqualTo(Map.entry("感谢", Stance.THANKS));
    assertThat(cues).containsEntry("呼吁", Stance.APPEAL);
  }

  @Test
  void refusesAWordListedTwice() {
    assertThatThrownBy(() -> WordLists.named("testing-twice.tsv", Stance.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Word list 'testing-twice.tsv' lists 'agreed' twice");
  }

  @Test
  void refusesANameOfNoConstant() {
    assertThatThrownBy(() -> WordLists.named("testing-unknown.tsv", Stance.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Word list 'testing-unknown.tsv': no Stance in [scolded, SCOLDING]");
  }
}
