package org.attache.pipeline.lang.zh;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.attache.knowledge.KnowledgeBase;
import org.attache.model.Actor;
import org.attache.model.DocumentRecord;
import org.attache.model.Statement;
import org.attache.pipeline.Extractor;
import org.attache.pipeline.read.SourceDocument;
import org.junit.jupiter.api.Test;

/**
 * Who says what in a Chinese text, on sentences written for this test: collective subjects stand
 * for the sides of the meeting told of ({@link ChineseCollectives}), a clause without a subject
 * goes on with the last speaker across paragraphs ({@link ChineseContinuations}), and the verb
 * gives the stance ({@link ChineseStances}).
 */
class ChineseStatementsTest {
  private static final Extractor EXTRACTOR =
      new Extractor(Extractor.chinesePipeline(KnowledgeBase.standard()));

  private static List<String> statements(String body) {
    DocumentRecord record =
        EXTRACTOR.extract(
            new SourceDocument(
                "test", Optional.empty(), Optional.of(LocalDate.parse("2024-04-02")), body));
    return record.events(Statement.class).stream()
        .map(
            s ->
                record.actor(s.speaker()).map(Actor::name).orElse(s.speaker())
                    + " ("
                    + s.stance().name().toLowerCase(Locale.ROOT)
                    + "): "
                    + s.text())
        .toList();
  }

  @Test
  void bothSidesAreThePeopleOfTheMeeting() {
    assertThat(statements("4月1日，外交部长刘国平在北京会见法国外长让·杜邦。双方高度评价两国关系发展。"))
        .containsExactly("刘国平 (praise): 双方高度评价两国关系发展", "让·杜邦 (praise): 双方高度评价两国关系发展");
  }

  @Test
  void aPluralTitleIsThePeopleOfTheMeetingWhoHoldThePost() {
    assertThat(statements("4月1日，外交部长刘国平在北京会见哈萨克斯坦外长阿斯卡尔·努尔兰和上海合作组织秘书长陈立文。外长们支持加强上海合作组织框架内的合作。"))
        .containsExactly(
            "刘国平 (support): 外长们支持加强上海合作组织框架内的合作", "阿斯卡尔·努尔兰 (support): 外长们支持加强上海合作组织框架内的合作");
  }

  @Test
  void theHeadsOfDelegationsAreTheFirstNamedOfEachState() {
    assertThat(
            statements(
                "4月1日，上海合作组织成员国政府首脑理事会会议在北京举行。哈萨克斯坦总理卡里姆·别克托夫、哈萨克斯坦副总理阿迪尔·努尔兰诺夫、"
                    + "吉尔吉斯斯坦总理萨迪尔·阿利耶夫和上海合作组织秘书长陈立文出席会议。各代表团团长高度评价合作成果。"))
        .containsExactly("卡里姆·别克托夫 (praise): 各代表团团长高度评价合作成果", "萨迪尔·阿利耶夫 (praise): 各代表团团长高度评价合作成果");
  }

  @Test
  void aParagraphOpeningWithoutASubjectGoesOnWithTheLastSpeaker() {
    assertThat(
            statements(
                "4月1日，外交部长刘国平在北京会见法国外长让·杜邦。\n刘国平表示，中方重视中法关系。\n他还强调，美方应停止干涉。\n杜邦说，法方愿同中方加强合作。"))
        .containsExactly(
            "刘国平 (comment): 刘国平表示，中方重视中法关系。",
            "刘国平 (appeal): 美方应停止干涉",
            "让·杜邦 (intent_to_cooperate): 法方愿同中方加强合作");
  }

  @Test
  void aCueInsideAnotherWordGivesNoStance() {
    assertThat(statements("4月1日，外交部长刘国平在北京会见法国外长让·杜邦。\n刘国平说，中方积极响应法方倡议，两国人民有加强交流的共同愿望。"))
        .containsExactly("刘国平 (comment): 刘国平说，中方积极响应法方倡议，两国人民有加强交流的共同愿望。");
  }

  @Test
  void aParagraphWithoutSpeakerOrCueSaysNothing() {
    assertThat(statements("4月1日，外交部长刘国平在北京会见法国外长让·杜邦。\n会见在友好的气氛中进行。")).isEmpty();
  }
}
