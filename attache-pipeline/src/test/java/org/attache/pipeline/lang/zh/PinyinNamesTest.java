package org.attache.pipeline.lang.zh;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pinyin spellings of Chinese names written for this test; foreign names get none. */
class PinyinNamesTest {
  @Test
  void aChineseNameIsSpelledSurnameFirstWithTheGivenNameJoined() {
    assertThat(PinyinNames.english("陈立文")).contains("Chen Liwen");
    assertThat(PinyinNames.english("刘国平")).contains("Liu Guoping");
    assertThat(PinyinNames.english("楊明德")).contains("Yang Mingde");
  }

  @Test
  void aForeignNameWrittenInChineseHasNoPinyinSpelling() {
    assertThat(PinyinNames.english("巴特尔·朝格图")).isEmpty();
    assertThat(PinyinNames.english("萨布里")).isEmpty();
    assertThat(PinyinNames.english("马卡罗夫")).isEmpty();
  }
}
