package org.attache.pipeline.lang.zh;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.attache.knowledge.KnowledgeBase;
import org.attache.model.Agreement;
import org.attache.model.Area;
import org.attache.model.DocumentRecord;
import org.attache.model.Instrument;
import org.attache.model.Period;
import org.attache.model.Plan;
import org.attache.model.PlanStatus;
import org.attache.pipeline.Extractor;
import org.attache.pipeline.read.SourceDocument;
import org.junit.jupiter.api.Test;

/**
 * How Chinese names agreements and plans, on sentences written for this test: titles in 《》 with
 * subtitles and periods, headlines that are titles, lists after a verb of adopting, counts, a
 * kind's word that refers back, themed years and visions, how far a plan has gone and the fields of
 * cooperation.
 */
class ChineseAgreementsTest {
  private static final Extractor EXTRACTOR =
      new Extractor(Extractor.chinesePipeline(KnowledgeBase.standard()));

  private static DocumentRecord extract(String title, String body, String published) {
    return EXTRACTOR.extract(
        new SourceDocument(
            "test", Optional.ofNullable(title), Optional.of(LocalDate.parse(published)), body));
  }

  private static List<String> agreements(DocumentRecord record) {
    return record.events(Agreement.class).stream()
        .map(
            a ->
                a.instrument()
                    + " "
                    + a.parties().stream()
                        .map(id -> record.actor(id).orElseThrow().code().orElse("?"))
                        .toList()
                    + " "
                    + a.signed().orElse("?")
                    + " "
                    + a.areas())
        .toList();
  }

  private static List<String> plans(DocumentRecord record) {
    return record.events(Plan.class).stream()
        .map(
            p ->
                p.parties().stream()
                        .map(id -> record.actor(id).orElseThrow().code().orElse("?"))
                        .toList()
                    + " "
                    + p.period().from().orElse("?")
                    + "-"
                    + p.period().to().orElse("?")
                    + " "
                    + p.status().map(PlanStatus::name).orElse("?"))
        .toList();
  }

  @Test
  void aSubtitleAfterTheDashDoesNotHideTheKind() {
    DocumentRecord record =
        extract(null, "双方回顾了2019年5月6日在河内通过的《中国和越南联合声明——携手迈向新时代》。", "2024-03-01");

    assertThat(agreements(record)).containsExactly("JOINT_STATEMENT [CHN, VNM] 2019-05-06 []");
  }

  @Test
  void aHeadlineThatIsATitleIsTheDocumentsOwnInstrument() {
    DocumentRecord record =
        extract("中国—东盟农业合作联合公报", "2023年9月4日,中国和东盟农业部长会议在雅加达举行。本《联合公报》阐述了双方的共识。", "2023-09-06");

    assertThat(agreements(record))
        .containsExactly("JOINT_STATEMENT [CHN, ASEAN] 2023-09-04 [AGRICULTURE]");
  }

  @Test
  void eachItemAdoptedIsOneInstrumentAndThePlanIsAPlan() {
    DocumentRecord record =
        extract("中国—非盟部长级对话会在亚的斯亚贝巴举行", "会议通过了亚的斯亚贝巴宣言、三年行动计划等成果文件。", "2024-02-10");

    assertThat(agreements(record)).containsExactly("DECLARATION [CHN, AU] 2024-02-10 []");
    assertThat(plans(record)).containsExactly("[CHN, AU] ?-? APPROVED");
  }

  @Test
  void aCountAfterATitleAddsTheOthersOfThatKind() {
    DocumentRecord record =
        extract(null, "10月8日,两国外长签署了《中华人民共和国政府和老挝人民民主共和国政府关于旅游合作的协定》等三项协定。", "2024-10-09");

    assertThat(agreements(record))
        .containsExactly(
            "AGREEMENT [CHN, LAO] 2024-10-08 [TOURISM]",
            "AGREEMENT [CHN, LAO] 2024-10-08 [TOURISM]",
            "AGREEMENT [CHN, LAO] 2024-10-08 [TOURISM]");
  }

  @Test
  void aCountedKindBetweenTwoStatesByTheirShortForms() {
    DocumentRecord record =
        extract(null, "中国和日本外长在东京会面。\n日方表示,将恪守中日两个联合声明的精神,也重视与韩国的关系。", "2024-10-09");

    assertThat(agreements(record))
        .containsExactly("JOINT_STATEMENT [CHN, JPN] ? []", "JOINT_STATEMENT [CHN, JPN] ? []");
  }

  @Test
  void theKindsWordAloneIsTheInstrumentAlreadyNamedAndGivesItsFields() {
    DocumentRecord record =
        extract(
            "中国与新西兰签署合作谅解备忘录",
            "6月3日,中国驻新西兰大使王东和新西兰外长约翰·库马签署《中华人民共和国政府与新西兰政府关于海洋合作的谅解备忘录》。\n"
                + "根据备忘录,双方将在渔业、旅游和教育等领域开展合作。",
            "2024-06-04");

    assertThat(agreements(record))
        .containsExactly("MEMORANDUM_OF_UNDERSTANDING [CHN, NZL] 2024-06-03 [TOURISM, EDUCATION]");
  }

  @Test
  void howFarAPlanHasGone() {
    DocumentRecord record =
        extract(
            null,
            "中国和东盟成功落实了《中国—东盟合作行动计划(2016—2020)》。\n"
                + "双方将制订《中国—东盟数字经济合作计划》。\n"
                + "东盟正在落实《东盟互联互通总体规划2025》。",
            "2022-01-05");

    assertThat(plans(record))
        .containsExactly(
            "[CHN, ASEAN] 2016-2020 IMPLEMENTED",
            "[CHN, ASEAN] ?-? PROPOSED",
            "[ASEAN] ?-2025 IN_PROGRESS");
  }

  @Test
  void aThemedYearAndAVisionAreThePlansOfThoseWhoHoldThem() {
    DocumentRecord record = extract(null, "今年是中国—东盟人文交流年。双方将推动实现《东盟愿景2040:共同繁荣》。", "2024-05-01");

    assertThat(plans(record))
        .containsExactly("[CHN, ASEAN] 2024-2024 IN_PROGRESS", "[ASEAN] ?-2040 IN_PROGRESS");
    assertThat(record.events(Plan.class).get(0).areas()).containsExactly(Area.CULTURE);
  }

  @Test
  void aNationalPlanOfChinaAloneIsNoDiplomacy() {
    DocumentRecord record = extract(null, "国务院日前批准《全国农业现代化规划(2021—2025年)》,要求各地认真落实。", "2022-01-05");

    assertThat(record.events()).isEmpty();
  }

  @Test
  void aPlanToVisitIsNoPlan() {
    assertThat(InstrumentWords.plan("计划访问")).isFalse();
    assertThat(InstrumentWords.plan("中俄联合行动计划(2022—2025)")).isTrue();
    assertThat(InstrumentWords.period("中俄联合行动计划(2022—2025)")).isEqualTo(Period.of("2022", "2025"));
    assertThat(InstrumentWords.instrument("联合声明——面向未来")).contains(Instrument.JOINT_STATEMENT);
  }
}
