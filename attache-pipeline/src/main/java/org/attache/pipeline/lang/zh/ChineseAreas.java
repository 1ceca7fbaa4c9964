package org.attache.pipeline.lang.zh;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.Area;

/**
 * Areas of cooperation as Chinese names them, read from an instrument's title and from the fields
 * its sentence names ("在建筑和城市建设领域合作", "在经贸、人文等方面的合作"): each word of the vocabulary's Chinese
 * wording maps onto its area, in the order the text gives them.
 */
final class ChineseAreas {
  private record Word(String word, Area area) {}

  private static final List<Word> WORDS =
      List.of(
          new Word("反恐", Area.TERRORISM),
          new Word("恐怖主义", Area.TERRORISM),
          new Word("极端主义", Area.EXTREMISM),
          new Word("毒品", Area.DRUG_TRAFFICKING),
          new Word("禁毒", Area.DRUG_TRAFFICKING),
          new Word("武器", Area.ARMS_TRAFFICKING),
          new Word("洗钱", Area.MONEY_LAUNDERING),
          new Word("跨国犯罪", Area.TRANSNATIONAL_CRIME),
          new Word("跨国有组织犯罪", Area.TRANSNATIONAL_CRIME),
          new Word("网络安全", Area.CYBERSECURITY),
          new Word("信息安全", Area.CYBERSECURITY),
          new Word("边境", Area.BORDER_SECURITY),
          new Word("边防", Area.BORDER_SECURITY),
          new Word("防务", Area.DEFENCE),
          new Word("国防", Area.DEFENCE),
          new Word("军事", Area.DEFENCE),
          new Word("经贸", Area.TRADE),
          new Word("贸易", Area.TRADE),
          new Word("商务", Area.TRADE),
          new Word("投资", Area.INVESTMENT),
          new Word("金融", Area.FINANCE),
          new Word("资金融通", Area.FINANCE),
          new Word("财政", Area.FINANCE),
          new Word("数字经济", Area.DIGITAL_ECONOMY),
          new Word("电子商务", Area.DIGITAL_ECONOMY),
          new Word("数字化", Area.DIGITAL_ECONOMY),
          new Word("通信", Area.COMMUNICATIONS),
          new Word("电信", Area.COMMUNICATIONS),
          new Word("交通", Area.TRANSPORT),
          new Word("运输", Area.TRANSPORT),
          new Word("设施联通", Area.TRANSPORT),
          new Word("互联互通", Area.TRANSPORT),
          new Word("旅游", Area.TOURISM),
          new Word("能源", Area.ENERGY),
          new Word("农业", Area.AGRICULTURE),
          new Word("工业", Area.INDUSTRY),
          new Word("产能", Area.INDUSTRY),
          new Word("建筑", Area.INDUSTRY),
          new Word("海关", Area.CUSTOMS),
          new Word("环境", Area.ENVIRONMENT),
          new Word("环保", Area.ENVIRONMENT),
          new Word("生态", Area.ENVIRONMENT),
          new Word("气候变化", Area.CLIMATE_CHANGE),
          new Word("自然资源", Area.NATURAL_RESOURCES),
          new Word("减灾", Area.DISASTER_MANAGEMENT),
          new Word("救灾", Area.DISASTER_MANAGEMENT),
          new Word("水资源", Area.WATER),
          new Word("卫生", Area.HEALTH),
          new Word("医疗", Area.HEALTH),
          new Word("疫情", Area.HEALTH),
          new Word("教育", Area.EDUCATION),
          new Word("文化", Area.CULTURE),
          new Word("人文", Area.CULTURE),
          new Word("民心相通", Area.CULTURE),
          new Word("科技", Area.SCIENCE_TECHNOLOGY),
          new Word("科学技术", Area.SCIENCE_TECHNOLOGY),
          new Word("媒体", Area.MEDIA_INFORMATION),
          new Word("新闻", Area.MEDIA_INFORMATION),
          new Word("城市建设", Area.SOCIAL_DEVELOPMENT),
          new Word("城乡建设", Area.SOCIAL_DEVELOPMENT),
          new Word("住房", Area.SOCIAL_DEVELOPMENT),
          new Word("扶贫", Area.SOCIAL_DEVELOPMENT),
          new Word("减贫", Area.SOCIAL_DEVELOPMENT),
          new Word("青年", Area.YOUTH),
          new Word("体育", Area.SPORT),
          new Word("人道主义", Area.HUMANITARIAN),
          new Word("政策沟通", Area.POLITICAL_DIALOGUE),
          new Word("政治", Area.POLITICAL_DIALOGUE),
          new Word("睦邻友好", Area.POLITICAL_DIALOGUE),
          new Word("多边", Area.MULTILATERAL_COORDINATION));

  /** "在…领域", "在…方面", "…领域的合作": the fields a clause names. */
  private static final Pattern FIELDS = Pattern.compile("在([^，,。；;在]{1,60}?)(?:等)?(?:领域|方面)");

  private ChineseAreas() {}

  /** The areas the words of a piece of text name, each once, in the order they come. */
  static List<Area> in(String text) {
    List<Area> areas = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      for (Word word : WORDS) {
        if (text.startsWith(word.word(), i) && !areas.contains(word.area())) {
          areas.add(word.area());
        }
      }
    }
    return areas;
  }

  /** The areas of the fields a sentence names after 在 and before 领域 or 方面. */
  static List<Area> fields(String sentence) {
    List<Area> areas = new ArrayList<>();
    Matcher matcher = FIELDS.matcher(sentence);
    while (matcher.find()) {
      for (Area area : in(matcher.group(1))) {
        if (!areas.contains(area)) {
          areas.add(area);
        }
      }
    }
    return areas;
  }
}
