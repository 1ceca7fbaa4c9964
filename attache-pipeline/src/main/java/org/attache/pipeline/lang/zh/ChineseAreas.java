package org.attache.pipeline.lang.zh;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.Area;
import org.attache.pipeline.analysis.WordLists;

/**
 * Areas of cooperation as Chinese names them, read from an instrument's title and from the fields
 * its sentence names ("在建筑和城市建设领域合作", "在经贸、人文等方面的合作"): each word of the vocabulary's Chinese
 * wording maps onto its area, in the order the text gives them.
 */
final class ChineseAreas {
  private static final Map<String, Area> WORDS = WordLists.named("zh-areas.tsv", Area.class);

  /** "在…领域", "在…方面", "…领域的合作": the fields a clause names. */
  private static final Pattern FIELDS = Pattern.compile("在([^，,。；;在]{1,60}?)(?:等)?(?:领域|方面)");

  private ChineseAreas() {}

  /** The areas the words of a piece of text name, each once, in the order they come. */
  static List<Area> in(String text) {
    List<Area> areas = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      for (Map.Entry<String, Area> word : WORDS.entrySet()) {
        if (text.startsWith(word.getKey(), i) && !areas.contains(word.getValue())) {
          areas.add(word.getValue());
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
