package org.attache.pipeline.events.agreement;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.attache.knowledge.AreaLexicon;
import org.attache.knowledge.AreaMatch;
import org.attache.model.Area;

/**
 * The subjects of a list of instruments, one set of areas per conjunct: "memoranda on health,
 * education, trade, and science and technology" gives [health], [education], [trade],
 * [science_technology]. Conjuncts are the wordings of areas separated by commas, semicolons, "and",
 * "&" or "as well as"; words between them that only frame a field ("cooperation in", "the field
 * of") join nothing and part nothing; two wordings of the same areas joined by "and" ("science and
 * technology") are one conjunct; any other word ends the list.
 */
final class Subjects {
  private static final Pattern WORD = Pattern.compile("[\\p{L}&]+|[,;]");
  private static final Set<String> SEPARATORS = Set.of(",", ";", "and", "&", "as", "well", "or");
  private static final Set<String> FRAMES =
      Set.of(
          "cooperation",
          "co-operation",
          "collaboration",
          "in",
          "the",
          "of",
          "on",
          "field",
          "fields",
          "area",
          "areas",
          "sphere",
          "spheres",
          "sector",
          "sectors",
          "domain",
          "domains",
          "matters",
          "concerning",
          "related",
          "bilateral",
          "mutual",
          "for",
          "between",
          "regarding",
          "a",
          "an",
          "to",
          "cooperate",
          "enhance",
          "strengthen",
          "promote");

  private Subjects() {}

  static List<Set<Area>> of(AreaLexicon areas, String scope) {
    List<Set<Area>> subjects = new ArrayList<>();
    int previousEnd = -1;
    for (AreaMatch match : areas.find(scope)) {
      if (!match.counted()) {
        continue;
      }
      if (previousEnd < 0) {
        subjects.add(EnumSet.copyOf(match.areas()));
      } else {
        Gap gap = gap(scope.substring(previousEnd, Math.max(previousEnd, match.start())));
        if (gap == Gap.END) {
          break;
        }
        Set<Area> last = subjects.get(subjects.size() - 1);
        if (gap == Gap.NONE || gap == Gap.AND && last.equals(match.areas())) {
          last.addAll(match.areas());
        } else {
          subjects.add(EnumSet.copyOf(match.areas()));
        }
      }
      previousEnd = match.end();
    }
    return subjects;
  }

  private enum Gap {
    NONE,
    AND,
    SEPARATE,
    END
  }

  private static Gap gap(String between) {
    var words = WORD.matcher(between.toLowerCase(Locale.ROOT));
    boolean separated = false;
    boolean and = true;
    while (words.find()) {
      String word = words.group();
      if (SEPARATORS.contains(word)) {
        separated = true;
        and &= word.equals("and") || word.equals("&");
      } else if (!FRAMES.contains(word)) {
        return Gap.END;
      }
    }
    if (!separated) {
      return Gap.NONE;
    }
    return and ? Gap.AND : Gap.SEPARATE;
  }
}
