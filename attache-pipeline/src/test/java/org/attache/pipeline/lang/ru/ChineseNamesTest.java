package org.attache.pipeline.lang.ru;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Chinese names written in Russian, read back to pinyin, on names made up for this test. */
class ChineseNamesTest {
  @Test
  void aChineseNameInCyrillicIsItsPinyin() {
    assertThat(ChineseNames.pinyin("Чжан Мин")).hasValue("Zhang Ming");
    assertThat(ChineseNames.pinyin("Чэнь Хао")).hasValue("Chen Hao");
    assertThat(ChineseNames.pinyin("Чжоу Тао")).hasValue("Zhou Tao");
    assertThat(ChineseNames.pinyin("Ван И")).hasValue("Wang Yi");
    assertThat(ChineseNames.pinyin("Лю Цзиньпин")).hasValue("Liu Jinping");
    assertThat(ChineseNames.pinyin("Ли Кэцян")).hasValue("Li Keqiang");
    assertThat(ChineseNames.pinyin("Ху Сюэфэн")).hasValue("Hu Xuefeng");
  }

  @Test
  void theSyllablesOfSibilantsAndOfUoFollowTheSystem() {
    assertThat(ChineseNames.pinyin("Сунь Цзычэн")).hasValue("Sun Zicheng");
    assertThat(ChineseNames.pinyin("Го Сыцинь")).hasValue("Guo Siqin");
    assertThat(ChineseNames.pinyin("Ло Босюн")).hasValue("Luo Boxiong");
    assertThat(ChineseNames.pinyin("Вэй Цюаньюй")).hasValue("Wei Quanyu");
  }

  @Test
  void otherNamesHaveNoPinyin() {
    assertThat(ChineseNames.pinyin("Нурлан Темиров")).isEmpty();
    assertThat(ChineseNames.pinyin("Ян Кубиш")).isEmpty();
    assertThat(ChineseNames.pinyin("Анна Ли")).isEmpty();
    assertThat(ChineseNames.pinyin("Ли Сянь Лун")).isEmpty();
    assertThat(ChineseNames.pinyin("Мин")).isEmpty();
  }
}
