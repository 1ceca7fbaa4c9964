package org.attache.pipeline.lang.zh;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.attache.knowledge.KnowledgeBase;
import org.attache.model.DocumentRecord;
import org.attache.model.Meeting;
import org.attache.pipeline.Extractor;
import org.attache.pipeline.read.SourceDocument;
import org.attache.pipeline.testing.ExtractorTesting;
import org.junit.jupiter.api.Test;

/**
 * Who takes part in a meeting told in Chinese, on sentences written for this test: at a gathering
 * the states and organisations whose delegations no named person leads are sides too; at a meeting
 * of two people the states they speak of are not.
 */
class ChineseMeetingsTest {
  private static final Extractor EXTRACTOR =
      new Extractor(Extractor.chinesePipeline(KnowledgeBase.standard()));

  private static DocumentRecord extract(String body) {
    return EXTRACTOR.extract(
        new SourceDocument(
            "test", Optional.empty(), Optional.of(LocalDate.parse("2024-04-02")), body));
  }

  @Test
  void unnamedDelegationsAtAGatheringAreSides() {
    DocumentRecord record = extract("4月1日,上海合作组织秘书长陈立文和柬埔寨、泰国驻华大使出席在北京举行的中国—东盟论坛。");

    Meeting meeting = record.events(Meeting.class).get(0);
    assertThat(ExtractorTesting.participants(record, meeting))
        .containsExactly(
            "陈立文 (participant)",
            "KHM (participant)",
            "THA (participant)",
            "CHN (participant)",
            "ASEAN (participant)");
  }

  @Test
  void theStatesTwoPeopleSpeakOfAreNotSides() {
    DocumentRecord record = extract("4月1日,外交部长刘国平会见法国外长让·杜邦,双方就乌克兰局势交换意见。");

    Meeting meeting = record.events(Meeting.class).get(0);
    assertThat(ExtractorTesting.participants(record, meeting))
        .containsExactly("刘国平 (host)", "让·杜邦 (guest)");
  }
}
