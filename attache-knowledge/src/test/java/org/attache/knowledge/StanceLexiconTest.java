package org.attache.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attache.model.Stance.AGREEMENT;
import static org.attache.model.Stance.APPEAL;
import static org.attache.model.Stance.COMMENT;
import static org.attache.model.Stance.CONDOLENCE;
import static org.attache.model.Stance.CRITICISM;
import static org.attache.model.Stance.INTENT_TO_COOPERATE;
import static org.attache.model.Stance.PRAISE;
import static org.attache.model.Stance.REJECTION;
import static org.attache.model.Stance.SUPPORT;
import static org.attache.model.Stance.THANKS;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.attache.model.Stance;
import org.junit.jupiter.api.Test;

class StanceLexiconTest {
  private static final StanceLexicon STANCES = StanceLexicon.standard();
  private static final String HEAD =
      "# source: test\nphrases\tforms\tstances\tkind\tweight\tnote\n";

  private static StanceLexicon parse(String text) {
    return StanceLexicon.parse("stance-words.tsv", new BufferedReader(new StringReader(text)));
  }

  private static List<String> found(String text) {
    List<String> found = new ArrayList<>();
    for (StanceMatch match : STANCES.find(text)) {
      found.add(
          match.start()
              + "-"
              + match.end()
              + " "
              + match.text(text)
              + " "
              + match.word().lemma()
              + " "
              + match.word().stances());
    }
    return found;
  }

  @Test
  void namesEveryStanceAsTheLikeliestReadingOfSomeWord() {
    Set<Stance> first = EnumSet.noneOf(Stance.class);
    for (StanceWord word : STANCES.words()) {
      if (!word.hides()) {
        first.add(word.stances().get(0));
      }
    }
    assertThat(first).containsExactlyElementsOf(EnumSet.allOf(Stance.class));
  }

  @Test
  void looksUpAWordByAnyOfItsForms() {
    assertThat(STANCES.stances("said")).containsExactly(COMMENT);
    assertThat(STANCES.stances("Emphasized")).containsExactly(COMMENT);
    assertThat(STANCES.stances("emphasising")).containsExactly(COMMENT);
    assertThat(STANCES.stances("called for")).containsExactly(APPEAL);
    assertThat(STANCES.stances("criticised")).containsExactly(CRITICISM);
    assertThat(STANCES.stances("criticized")).containsExactly(CRITICISM);
    assertThat(STANCES.stances("concurred")).containsExactly(AGREEMENT);
    assertThat(STANCES.stances("condolences")).containsExactly(CONDOLENCE);
    assertThat(STANCES.stances("refused")).containsExactly(REJECTION);
  }

  @Test
  void listsTheLikeliestReadingFirst() {
    assertThat(STANCES.stances("welcomed")).containsExactly(SUPPORT, PRAISE);
    assertThat(STANCES.stances("reaffirmed readiness")).containsExactly(INTENT_TO_COOPERATE);
    assertThat(STANCES.stances("concern")).containsExactly(COMMENT, CRITICISM);
    assertThat(STANCES.stances("appreciation")).containsExactly(THANKS, PRAISE);
  }

  @Test
  void knowsNothingOfHidingPhrasesAndUnknownWords() {
    assertThat(STANCES.stances("thanks to")).isEmpty();
    assertThat(STANCES.stances("photosynthesis")).isEmpty();
    assertThat(STANCES.word("photosynthesis")).isEmpty();
  }

  @Test
  void describesAWord() {
    StanceWord urge = STANCES.word("URGED").orElseThrow();

    assertThat(urge.lemma()).isEqualTo("urge");
    assertThat(urge.forms()).containsExactly("urge", "urges", "urged", "urging");
    assertThat(urge.kinds()).containsExactly(WordKind.VERB);
    assertThat(urge.weight()).isEqualTo(1.0);
    assertThat(urge.note()).isEmpty();
  }

  @Test
  void findsTheStanceWordsOfAText() {
    assertThat(
            found(
                "Mr Norov congratulated the guests and thanked them for their readiness to"
                    + " cooperate, thanks to which the plan succeeded."))
        .containsExactly(
            "9-22 congratulated congratulate [PRAISE]",
            "38-45 thanked thank [THANKS]",
            "61-70 readiness readiness [INTENT_TO_COOPERATE]");
  }

  @Test
  void prefersTheLongestPhrase() {
    assertThat(found("They called for restraint and called on both sides"))
        .containsExactly("5-15 called for call for [APPEAL]", "30-39 called on call on [APPEAL]");
  }

  @Test
  void readsAClauseByItsWeightiestWord() {
    assertThat(STANCES.clauseStances("reaffirmed ASEAN's readiness to work together"))
        .containsExactly(INTENT_TO_COOPERATE);
    assertThat(STANCES.clauseStances("expressed his gratitude to the President"))
        .containsExactly(THANKS);
    assertThat(STANCES.clauseStances("expressed his concern regarding the situation"))
        .containsExactly(COMMENT, CRITICISM);
    assertThat(STANCES.clauseStances("said both sides should work closely"))
        .containsExactly(APPEAL);
    assertThat(STANCES.clauseStances("assured him of India's full support"))
        .containsExactly(SUPPORT);
    assertThat(STANCES.clauseStances("noted the importance of diverse cooperation"))
        .containsExactly(COMMENT);
    assertThat(STANCES.clauseStances("shared the view that dialogue is necessary"))
        .containsExactly(AGREEMENT);
    assertThat(STANCES.clauseStances("rejected the accusations")).containsExactly(REJECTION);
    assertThat(STANCES.clauseStances("offered his condolences")).containsExactly(CONDOLENCE);
    assertThat(STANCES.clauseStances("wished him success"))
        .containsExactly(PRAISE, INTENT_TO_COOPERATE);
    assertThat(STANCES.clauseStances("The meeting took place in Beijing")).isEmpty();
  }

  @Test
  void readsBothSpellingsAndEveryInflection() {
    for (String form : List.of("criticise", "criticises", "criticised", "criticising")) {
      assertThat(STANCES.stances(form)).as(form).containsExactly(CRITICISM);
    }
    for (String form : List.of("criticize", "criticizes", "criticized", "criticizing")) {
      assertThat(STANCES.stances(form)).as(form).containsExactly(CRITICISM);
    }
    assertThat(STANCES.stances("regretted")).containsExactly(CRITICISM, CONDOLENCE);
    assertThat(STANCES.stances("in favour of")).containsExactly(SUPPORT);
    assertThat(STANCES.stances("in favor of")).containsExactly(SUPPORT);
  }

  @Test
  void survivesRandomAndHostileText() {
    Random random = new Random(20240612L);
    List<String> texts = new ArrayList<>();
    texts.add("");
    texts.add("said ".repeat(50_000));
    texts.add("\uDC00called\uD800 for\u00AD\u200B thanks\u2019 to");
    texts.addAll(TestingTexts.random(random, 200));
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          for (String text : texts) {
            for (StanceMatch match : STANCES.find(text)) {
              assertThat(match.end()).isLessThanOrEqualTo(text.length());
            }
            STANCES.clauseStances(text);
          }
        });
  }

  @Test
  void derivesTheRegularFormsOfVerbsOnly() {
    StanceLexicon lexicon =
        parse(
            HEAD
                + "hail\t\tpraise\tverb\t0.9\t\n"
                + "gratitude\t\tthanks\tnoun\t0.9\t\n"
                + "say\tsaid|says\tcomment\tverb\t0.5\tirregular\n");

    assertThat(lexicon.words())
        .containsExactly(
            new StanceWord(
                List.of("hail"),
                List.of("hail", "hails", "hailed", "hailing"),
                List.of(PRAISE),
                Set.of(WordKind.VERB),
                0.9,
                Optional.empty()),
            new StanceWord(
                List.of("gratitude"),
                List.of("gratitude"),
                List.of(THANKS),
                Set.of(WordKind.NOUN),
                0.9,
                Optional.empty()),
            new StanceWord(
                List.of("say"),
                List.of("said", "says"),
                List.of(COMMENT),
                Set.of(WordKind.VERB),
                0.5,
                Optional.of("irregular")));
  }

  @Test
  void rejectsAFormListedTwice() {
    assertThatThrownBy(
            () -> parse(HEAD + "thank\t\tthanks\tverb\t1\t\nthanks\t\tthanks\tnoun\t0.9\t\n"))
        .isInstanceOf(KnowledgeDataException.class)
        .hasMessage("stance-words.tsv line 4: 'thanks' is already on line 3");
  }

  @Test
  void rejectsAnUnknownStance() {
    assertThatThrownBy(() -> parse(HEAD + "scold\t\tscolding\tverb\t1\t\n"))
        .isInstanceOf(KnowledgeDataException.class)
        .hasMessage("stance-words.tsv line 3: unknown stance: 'scolding'");
  }

  @Test
  void rejectsAnUnknownKind() {
    assertThatThrownBy(() -> parse(HEAD + "scold\t\tcriticism\tverbal\t1\t\n"))
        .isInstanceOf(KnowledgeDataException.class)
        .hasMessage("stance-words.tsv line 3: unknown word kind: 'verbal'");
  }

  @Test
  void rejectsAWeightOutOfRange() {
    assertThatThrownBy(() -> parse(HEAD + "scold\t\tcriticism\tverb\t1.5\t\n"))
        .isInstanceOf(KnowledgeDataException.class)
        .hasMessage("stance-words.tsv line 3: weight of 'scold' must be in (0, 1]: 1.5");
  }

  @Test
  void rejectsAWeightOnAHidingPhrase() {
    assertThatThrownBy(() -> parse(HEAD + "thanks to\t\t\tphrase\t0.5\t\n"))
        .isInstanceOf(KnowledgeDataException.class)
        .hasMessage(
            "stance-words.tsv line 3: weight of 'thanks to' must be 0 for a hiding phrase: 0.5");
  }

  @Test
  void rejectsAWeightThatIsNotANumber() {
    assertThatThrownBy(() -> parse(HEAD + "scold\t\tcriticism\tverb\theavy\t\n"))
        .isInstanceOf(KnowledgeDataException.class)
        .hasMessage("stance-words.tsv line 3: For input string: \"heavy\"");
  }
}
