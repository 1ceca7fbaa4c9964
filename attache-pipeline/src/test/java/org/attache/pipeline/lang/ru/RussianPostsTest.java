package org.attache.pipeline.lang.ru;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.attache.model.Post;
import org.attache.pipeline.analysis.AnnotatedText;
import org.junit.jupiter.api.Test;

class RussianPostsTest {
  private static List<Post> postsOfTheName(String sentence) {
    AnnotatedText text = RussianText.annotate(sentence);
    List<RussianWord> words = RussianWord.of(text.sentences().get(0));
    List<Found> found = SentenceNames.find(words, RussianLexicon.standard());
    for (int i = 0; i < found.size(); i++) {
      if (found.get(i).kind().equals("name")) {
        return RussianPosts.of(found, i, words);
      }
    }
    throw new AssertionError("no name in " + found);
  }

  @Test
  void takesTheStateAfterTheTitleAsWhomThePostServes() {
    assertThat(postsOfTheName("Министр иностранных дел Монголии Бат Эрдэнэ прибыл в Москву."))
        .containsExactly(
            new Post("Minister of Foreign Affairs", Optional.of("MNG"), Optional.empty()));
  }

  @Test
  void takesTheStateAfterInAsWhereAnEnvoyIsAccredited() {
    assertThat(postsOfTheName("Посол Армении в Китае Сергей Манасарян вручил верительные грамоты."))
        .containsExactly(new Post("Ambassador", Optional.of("ARM"), Optional.of("CHN")));
  }

  @Test
  void readsAPostInAppositionAfterTheName() {
    assertThat(postsOfTheName("Встречу провел Олег Смирнов, президент Беларуси, в Минске."))
        .containsExactly(new Post("President", Optional.of("BLR"), Optional.empty()));
  }
}
