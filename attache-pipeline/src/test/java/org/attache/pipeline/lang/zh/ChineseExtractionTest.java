package org.attache.pipeline.lang.zh;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.attache.knowledge.KnowledgeBase;
import org.attache.model.Agreement;
import org.attache.model.DocumentRecord;
import org.attache.model.Instrument;
import org.attache.model.Meeting;
import org.attache.model.Period;
import org.attache.model.Plan;
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
  void aMemorandumSignedUnderItsTitleAndAPlanWithItsPeriod() {
    DocumentRecord record =
        extract(
            "4月2日,中国驻泰国大使林海与泰国外长颂吉·差猜在曼谷签署《中华人民共和国政府与泰王国政府关于农业合作的谅解备忘录》。\n"
                + "双方表示将共同落实《中泰农业合作行动计划(2025-2027)》。",
            "2025-04-03");

    Agreement memorandum = record.events(Agreement.class).get(0);
    assertThat(memorandum.instrument()).isEqualTo(Instrument.MEMORANDUM_OF_UNDERSTANDING);
    assertThat(memorandum.parties().stream().map(id -> record.actor(id).orElseThrow().code()))
        .containsExactly(Optional.of("CHN"), Optional.of("THA"));
    assertThat(memorandum.signed()).contains("2025-04-02");
    Plan plan = record.events(Plan.class).get(0);
    assertThat(plan.period()).isEqualTo(Period.of("2025", "2027"));
    assertThat(record.events(Meeting.class)).isEmpty();
  }

  @Test
  void thoseWhoAttendedOneSessionAreTheSidesOfOneMeeting() {
    DocumentRecord record =
        extract(
            "6月3日,外长理事会会议在阿斯塔纳举行。哈萨克斯坦外长阿曼·努尔兰、俄罗斯外长伊万·彼得罗夫出席会议。"
                + "上海合作组织秘书长陈立文和地区反恐怖机构执委会主任马卡罗夫出席会议。",
            "2025-06-04");

    List<Meeting> meetings = record.events(Meeting.class);
    assertThat(meetings).hasSize(1);
    assertThat(ExtractorTesting.participants(record, meetings.get(0)))
        .containsExactly(
            "阿曼·努尔兰 (participant)",
            "伊万·彼得罗夫 (participant)",
            "陈立文 (participant)",
            "马卡罗夫 (participant)");
  }

  @Test
  void englishIsNotReadAsChinese() {
    assertThat(ChineseText.isChinese("The Secretary-General met the Minister (秘书长).")).isFalse();
    assertThat(ChineseText.isChinese("秘书长会见了外长。双方就合作交换了意见。")).isTrue();
  }
}
