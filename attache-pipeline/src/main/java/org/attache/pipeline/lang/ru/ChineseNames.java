package org.attache.pipeline.lang.ru;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The pinyin of a Chinese name written in Russian: Russian writes Chinese names by the Palladius
 * system, syllable by syllable ("Си Цзиньпин" is Xi Jinping, "Чжан Мин" Zhang Ming, "Ван И" Wang
 * Yi), so the English press spelling is the pinyin of those syllables, not a transliteration of the
 * Cyrillic letters ("Chzhan Min"). A name is read so when it is two words, a surname of one
 * syllable and a given name of one to three, each wholly made of Palladius syllables; any other
 * name ("Нурлан Темиров", "Ян Кубиш") has no pinyin here.
 *
 * <p>The table of syllables is built from the system's rules: each pinyin initial and final has its
 * Cyrillic form, with the system's exceptions (zi, ci, si as цзы, цы, сы; uo as о after a
 * consonant; j, q, x only before i and ü).
 */
final class ChineseNames {
  private ChineseNames() {}

  /** The pinyin of a Chinese name in Cyrillic ("Zhang Ming"), if the name is one. */
  static Optional<String> pinyin(String name) {
    String[] words = name.strip().split("\\s+");
    if (words.length != 2) {
      return Optional.empty();
    }
    List<String> surname = syllablesOf(words[0]);
    List<String> given = syllablesOf(words[1]);
    if (surname.size() != 1 || given.isEmpty() || given.size() > 3) {
      return Optional.empty();
    }
    return Optional.of(capital(surname.get(0)) + " " + capital(String.join("", given)));
  }

  /** The syllables a word is wholly made of, the fewest, or none when it is not. */
  private static List<String> syllablesOf(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
    int n = lower.length();
    // fewest[i]: the fewest syllables that make lower[i..n); -1 when none do.
    int[] fewest = new int[n + 1];
    int[] next = new int[n + 1];
    fewest[n] = 0;
    for (int i = n - 1; i >= 0; i--) {
      fewest[i] = -1;
      for (int end = Math.min(n, i + LONGEST); end > i; end--) {
        if (fewest[end] >= 0
            && SYLLABLES.containsKey(lower.substring(i, end))
            && (fewest[i] < 0 || fewest[end] + 1 < fewest[i])) {
          fewest[i] = fewest[end] + 1;
          next[i] = end;
        }
      }
    }
    if (n == 0 || fewest[0] < 0) {
      return List.of();
    }
    List<String> found = new ArrayList<>();
    for (int i = 0; i < n; i = next[i]) {
      found.add(SYLLABLES.get(lower.substring(i, next[i])));
    }
    return found;
  }

  private static String capital(String syllables) {
    return syllables.substring(0, 1).toUpperCase(Locale.ROOT) + syllables.substring(1);
  }

  /** Initials in pinyin and Cyrillic; j, q and x stand only before i and ü. */
  private static final String[][] INITIALS = {
    {"b", "б"}, {"p", "п"}, {"m", "м"}, {"f", "ф"}, {"d", "д"}, {"t", "т"}, {"n", "н"},
    {"l", "л"}, {"g", "г"}, {"k", "к"}, {"h", "х"}, {"zh", "чж"}, {"ch", "ч"}, {"sh", "ш"},
    {"r", "ж"}, {"z", "цз"}, {"c", "ц"}, {"s", "с"}, {"j", "цз"}, {"q", "ц"}, {"x", "с"}
  };

  /** Finals after a consonant, in pinyin and Cyrillic. */
  private static final String[][] FINALS = {
    {"a", "а"},
    {"o", "о"},
    {"e", "э"},
    {"ai", "ай"},
    {"ei", "эй"},
    {"ao", "ао"},
    {"ou", "оу"},
    {"an", "ань"},
    {"en", "энь"},
    {"ang", "ан"},
    {"eng", "эн"},
    {"ong", "ун"},
    {"i", "и"},
    {"ia", "я"},
    {"ie", "е"},
    {"iao", "яо"},
    {"iu", "ю"},
    {"ian", "янь"},
    {"in", "инь"},
    {"iang", "ян"},
    {"ing", "ин"},
    {"iong", "юн"},
    {"u", "у"},
    {"ua", "уа"},
    {"uo", "о"},
    {"uai", "уай"},
    {"ui", "уй"},
    {"uan", "уань"},
    {"un", "унь"},
    {"uang", "уан"},
    {"ü", "юй"},
    {"üe", "юэ"},
    {"üan", "юань"},
    {"ün", "юнь"}
  };

  /**
   * Syllables without an initial, in pinyin and Cyrillic, besides the finals of {@link #FINALS}
   * that start with a, o or e, which stand alone as they are (but "ong", which never does).
   */
  private static final String[][] ALONE = {
    {"er", "эр"},
    {"yi", "и"},
    {"ya", "я"},
    {"ye", "е"},
    {"yao", "яо"},
    {"you", "ю"},
    {"yan", "янь"},
    {"yin", "инь"},
    {"yang", "ян"},
    {"ying", "ин"},
    {"yong", "юн"},
    {"wu", "у"},
    {"wa", "ва"},
    {"wo", "во"},
    {"wai", "вай"},
    {"wei", "вэй"},
    {"wan", "вань"},
    {"wen", "вэнь"},
    {"wang", "ван"},
    {"weng", "вэн"},
    {"yu", "юй"},
    {"yue", "юэ"},
    {"yuan", "юань"},
    {"yun", "юнь"}
  };

  /** Each syllable in Cyrillic, with its pinyin; built after the tables above. */
  private static final Map<String, String> SYLLABLES = syllables();

  private static final int LONGEST =
      SYLLABLES.keySet().stream().mapToInt(String::length).max().orElseThrow();

  private static Map<String, String> syllables() {
    Map<String, String> table = new HashMap<>();
    for (String[] fin : FINALS) {
      if (fin[0].matches("[aoe].*") && !fin[0].equals("ong")) {
        table.put(fin[1], fin[0]);
      }
    }
    for (String[] alone : ALONE) {
      table.put(alone[1], alone[0]);
    }
    for (String[] initial : INITIALS) {
      String i = initial[0];
      boolean palatal = i.equals("j") || i.equals("q") || i.equals("x");
      boolean sibilant = i.equals("z") || i.equals("c") || i.equals("s");
      boolean retroflex = i.length() == 2 || i.equals("r");
      boolean labial = "bpmf".contains(i);
      for (String[] fin : FINALS) {
        String f = fin[0];
        boolean front = f.startsWith("i") || f.startsWith("ü");
        boolean allowed =
            palatal
                ? front
                : !front
                    || f.equals("i") && (sibilant || retroflex)
                    || !sibilant && !retroflex && !"gkh".contains(i);
        if (!allowed || f.startsWith("ü") && !palatal && !"nl".contains(i)) {
          continue;
        }
        if (f.equals("o") != labial && (f.equals("o") || f.equals("uo"))) {
          continue;
        }
        String cyrillic = initial[1] + fin[1];
        if (f.equals("i") && sibilant) {
          cyrillic = initial[1] + "ы";
        }
        String pinyin = i + (palatal ? f.replace("ü", "u") : f);
        table.putIfAbsent(cyrillic, pinyin);
      }
    }
    return Map.copyOf(table);
  }
}
