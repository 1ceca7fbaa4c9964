package org.attache.pipeline.lang.zh;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.attache.knowledge.KnowledgeBase;
import org.attache.model.DocumentRecord;
import org.attache.model.Meeting;
import org.attache.model.Statement;
import org.attache.pipeline.Extractor;
import org.attache.pipeline.read.SourceDocument;
import org.attache.pipeline.testing.ExtractorTesting;
import org.junit.jupiter.api.Test;

/**
 * The Chinese constructions on sentences written for this test (the people and meetings are
 * invented): names after and before titles, posts with the states they serve and are accredited to,
 * meetings with hosts, calls, statements with their speakers, traditional characters.
 */
class ChineseExtractionTest {
  private static final Extractor EXTRACTOR =
      new Extractor(Extractor.chinesePipeline(KnowledgeBase.standard()));

  private static DocumentRecord extract(String body, String published) {
    return EXTRACTOR.extract(
        new SourceDocument(
            "test", Optional.empty(), Optional.of(LocalDate.parse(published)), body));
  }

  @Test
  void aSecretaryGeneralReceivesAForeignMinister() {
    DocumentRecord record = extract("5月12日,上海合作组织秘书长陈立文在北京会见了到访的蒙古国外长巴特尔·朝格图。", "2024-05-14");

    assertThat(record.document().language()).isEqualTo("zh");
    assertThat(ExtractorTesting.people(record))
        .containsExactly(
            "陈立文 | Secretary-General | SCO | -", "巴特尔·朝格图 | Minister of Foreign Affairs | MNG | -");
    Meeting meeting = record.events(Meeting.class).get(0);
    assertThat(ExtractorTesting.participants(record, meeting))
        .containsExactly("陈立文 (host)", "巴特尔·朝格图 (guest)");
    assertThat(meeting.date()).contains("2024-05-12");
    assertThat(meeting.place().flatMap(p -> p.city())).contains("Beijing");
  }

  @Test
  void aCallAndWhatEachSideSaid() {
    DocumentRecord record =
        extract("3月5日,外交部长刘国平同法国外长让·杜邦通电话。\n刘国平表示,中方愿同法方加强合作。\n杜邦感谢中方的支持。", "2025-03-06");

    assertThat(ExtractorTesting.people(record))
        .containsExactly(
            "刘国平 | Minister of Foreign Affairs | CHN | -",
            "让·杜邦 | Minister of Foreign Affairs | FRA | -");
    Meeting call = record.events(Meeting.class).get(0);
    assertThat(call.format().map(Enum::name)).contains("PHONE");
    assertThat(
            record.events(Statement.class).stream()
                .map(s -> record.actor(s.speaker()).orElseThrow().name() + " " + s.stance())
                .toList())
        .containsExactly("刘国平 INTENT_TO_COOPERATE", "让·杜邦 THANKS");
  }

  @Test
  void anEnvoyServesOneStateAndIsAccreditedToAnother() {
    DocumentRecord record = extract("印度尼西亚驻华大使苏达尔诺向国家主席王建明递交国书。", "2024-01-10");

    assertThat(ExtractorTesting.people(record))
        .containsExactly("苏达尔诺 | Ambassador | IDN | CHN", "王建明 | President | CHN | -");
    assertThat(record.events(Meeting.class)).hasSize(1);
  }

  @Test
  void traditionalCharactersAreReadAndKeptAsWritten() {
    DocumentRecord record = extract("外交部長楊明德與新西蘭外長約翰·史密斯舉行會談。", "2024-01-10");

    assertThat(ExtractorTesting.people(record))
        .containsExactly(
            "楊明德 | Minister of Foreign Affairs | CHN | -",
            "約翰·史密斯 | Minister of Foreign Affairs | NZL | -");
  }

  @Test
  void aSportsReportTellsOfNoDiplomacy() {
    DocumentRecord record = extract("湖北队选手李小龙赛后说,他对今天的成绩十分满意。", "2024-01-10");

    assertThat(record.events()).isEmpty();
    assertThat(record.document().diplomatic()).isFalse();
  }

  @Test
  void englishIsNotReadAsChinese() {
    assertThat(ChineseText.isChinese("The Secretary-General met the Minister (秘书长).")).isFalse();
    assertThat(ChineseText.isChinese("秘书长会见了外长。双方就合作交换了意见。")).isTrue();
  }
}
