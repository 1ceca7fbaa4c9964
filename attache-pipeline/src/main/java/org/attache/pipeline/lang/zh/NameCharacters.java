package org.attache.pipeline.lang.zh;

import java.util.List;

/**
 * Where a person's name written in Chinese ends. Foreign names are written in the characters of the
 * transliteration tables of the Xinhua News Agency's translation office (the tables of "Names of
 * the World's Peoples", 世界人名翻译大辞典), joined by a middle dot or a hyphen ("阿里·萨布里", "约翰逊-史密斯"); such
 * a name runs as long as its characters come from that table and no word that follows a name
 * ("通电话", "夫人") begins. Chinese names are a surname of the common list (百家姓) and one or two
 * characters, ending where a verb or a function word begins.
 */
final class NameCharacters {
  /** The characters of the transliteration tables most used for names. */
  private static final String TRANSLITERATION =
      "阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕宾波伯博布查察达代戴丹道德登迪蒂丁东都杜多厄恩尔额法凡范菲费芬丰弗夫"
          + "福富盖甘冈高戈格根贡古瓜圭哈海汉杭豪赫亨胡华霍基吉济季加贾杰金京卡凯坎康考柯科克肯孔库夸奎昆拉莱赖"
          + "兰朗劳勒雷蕾里利莉丽列林琳隆卢鲁路伦罗洛马玛迈麦曼芒梅门蒙米敏明莫默姆穆纳娜乃南内尼涅宁纽努诺帕潘"
          + "庞佩彭皮珀普齐奇恰乔切琴丘萨塞赛桑瑟森沙莎珊尚绍舍申施什史舒斯松苏索塔泰坦汤唐特提汀通图托瓦万旺威"
          + "韦维温文沃乌武西希锡席夏谢辛欣休雅亚扬耶伊因英尤约翰逊扎泽詹兹佐祖赞佳娅娃黎琼义拓让密朝";

  /** The marks that join the parts of a foreign name. */
  private static final String JOINERS = "·•‧∙・﹒．.-‐";

  /** Words that begin with a character of the tables but follow a name rather than belong to it. */
  private static final List<String> AFTER_NAME =
      List.of("通电话", "通话", "希望", "特别", "特使", "夫人", "夫妇", "博士", "阁下", "一行", "代表");

  /** The commonest Chinese surnames (the Hundred Family Surnames, the frequent ones first). */
  private static final String SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
          + "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向"
          + "汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕"
          + "单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦"
          + "褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明"
          + "佘池查麻苑迟邝亓朴";

  /** Characters that begin the word after a Chinese name: verbs, prepositions, conjunctions. */
  private static final String AFTER_CHINESE_NAME =
      "会在同与和及向对就为于表指强说出主率举将也还均并是等一分共应代致介感祝希呼签递接抵访来到宣回参赴称";

  private NameCharacters() {}

  static boolean transliterates(char c) {
    return TRANSLITERATION.indexOf(c) >= 0;
  }

  static boolean joins(char c) {
    return JOINERS.indexOf(c) >= 0;
  }

  static boolean isSurname(char c) {
    return SURNAMES.indexOf(c) >= 0;
  }

  static boolean endsChineseName(char c) {
    return AFTER_CHINESE_NAME.indexOf(c) >= 0 || !ChineseText.isHan(c);
  }

  /**
   * The end of a transliterated name starting at {@code start} of a simplified text, or {@code
   * start} where none does; {@code stops} tells where another known name or title begins.
   */
  static int transliteratedEnd(String text, int start, java.util.function.IntPredicate stops) {
    int i = start;
    boolean joined = false;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (i > start && stops.test(i)) {
        break;
      }
      if (i - start >= 2 && followsName(text, i)) {
        break;
      }
      if (transliterates(c) || (joined || joinedAhead(text, i)) && nameCharacter(c)) {
        i++;
      } else if (joins(c)
          && i > start
          && i + 1 < text.length()
          && nameCharacter(text.charAt(i + 1))) {
        joined = true;
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /** Whether a joining mark follows within a few name characters: "让·" of "让·杜邦". */
  private static boolean joinedAhead(String text, int at) {
    for (int i = at; i < Math.min(text.length(), at + 4); i++) {
      if (joins(text.charAt(i))) {
        return i > at;
      }
      if (!nameCharacter(text.charAt(i))) {
        return false;
      }
    }
    return false;
  }

  private static boolean nameCharacter(char c) {
    return ChineseText.isHan(c) && !endsChineseName(c);
  }

  /**
   * The end of a Chinese name (a surname and one or two characters) starting at {@code start}, or
   * {@code start} where none does.
   */
  static int chineseNameEnd(String text, int start) {
    if (start + 2 > text.length() || !isSurname(text.charAt(start))) {
      return start;
    }
    for (int length = 3; length >= 2; length--) {
      int end = start + length;
      boolean han = true;
      for (int i = start + 1; i < end && i < text.length(); i++) {
        han &= ChineseText.isHan(text.charAt(i)) && !endsChineseName(text.charAt(i));
      }
      if (end <= text.length()
          && han
          && (end == text.length() || endsChineseName(text.charAt(end)))) {
        return end;
      }
    }
    return start;
  }

  private static boolean followsName(String text, int at) {
    for (String word : AFTER_NAME) {
      if (text.startsWith(word, at)) {
        return true;
      }
    }
    return false;
  }
}
