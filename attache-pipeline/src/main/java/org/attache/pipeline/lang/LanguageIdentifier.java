package org.attache.pipeline.lang;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells the language of a document (ISO 639-1) from its scripts and its commonest words, in one
 * pass over the text.
 *
 * <p>The script that holds most letters decides first: Han characters are Chinese unless kana stand
 * among them (Japanese); Hangul is Korean; Arabic, Hebrew, Greek, Thai, Devanagari and Georgian
 * letters name their language. Cyrillic text is Russian unless letters that Russian does not use
 * tell Ukrainian, Belarusian, Kazakh, Kyrgyz, Mongolian, Serbian or Macedonian, or Bulgarian's
 * words outnumber Russian's. Latin text is English unless the function words of another language
 * ({@link FunctionWords}) outnumber the English ones, at least {@value #LEAST_OTHER_WORDS} of them:
 * a short English line with no function word stays English. A text with no letter at all is {@value
 * #UNDETERMINED}.
 */
public final class LanguageIdentifier {
  /** The code for a text whose language cannot be told (no letters). */
  public static final String UNDETERMINED = "und";

  /** How many function words another Latin-script language needs to win over English. */
  static final int LEAST_OTHER_WORDS = 3;

  private enum Script {
    LATIN,
    CYRILLIC,
    HAN,
    KANA,
    HANGUL,
    ARABIC,
    HEBREW,
    GREEK,
    THAI,
    DEVANAGARI,
    GEORGIAN,
    ARMENIAN,
    OTHER
  }

  private LanguageIdentifier() {}

  /** The ISO 639-1 code of the text's language, or {@value #UNDETERMINED}. */
  public static String identify(String text) {
    Map<Script, Integer> letters = new HashMap<>();
    Map<String, Integer> marks = new HashMap<>();
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetter(c)) {
        letters.merge(script(c), 1, Integer::sum);
        String mark = CyrillicMarks.languageOf(c);
        if (mark != null) {
          marks.merge(mark, 1, Integer::sum);
        }
      }
    }
    Script dominant = null;
    int most = 0;
    for (Script script : Script.values()) {
      int count = letters.getOrDefault(script, 0);
      if (count > most) {
        dominant = script;
        most = count;
      }
    }
    if (dominant == null) {
      return UNDETERMINED;
    }
    return switch (dominant) {
      case HAN -> letters.getOrDefault(Script.KANA, 0) * 20 > most ? "ja" : "zh";
      case KANA -> "ja";
      case HANGUL -> "ko";
      case ARABIC -> ArabicScript.languageOf(text);
      case HEBREW -> "he";
      case GREEK -> "el";
      case THAI -> "th";
      case DEVANAGARI -> "hi";
      case GEORGIAN -> "ka";
      case ARMENIAN -> "hy";
      case CYRILLIC -> cyrillic(text, marks, most);
      case LATIN -> FunctionWords.latin(words(text), LEAST_OTHER_WORDS);
      case OTHER -> UNDETERMINED;
    };
  }

  /**
   * Russian unless another language's own letters make up at least one in two hundred of the
   * Cyrillic letters, or Bulgarian's function words outnumber Russian's.
   */
  private static String cyrillic(String text, Map<String, Integer> marks, int cyrillicLetters) {
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> entry : marks.entrySet()) {
      if (entry.getValue() > bestCount
          || entry.getValue() == bestCount && best != null && entry.getKey().compareTo(best) < 0) {
        best = entry.getKey();
        bestCount = entry.getValue();
      }
    }
    if (best != null && bestCount * 200 >= cyrillicLetters) {
      return best;
    }
    return FunctionWords.cyrillic(words(text));
  }

  private static List<String> words(String text) {
    return List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+"));
  }

  private static Script script(int c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return switch (script) {
      case LATIN -> Script.LATIN;
      case CYRILLIC -> Script.CYRILLIC;
      case HAN -> Script.HAN;
      case HIRAGANA, KATAKANA -> Script.KANA;
      case HANGUL -> Script.HANGUL;
      case ARABIC -> Script.ARABIC;
      case HEBREW -> Script.HEBREW;
      case GREEK -> Script.GREEK;
      case THAI -> Script.THAI;
      case DEVANAGARI -> Script.DEVANAGARI;
      case GEORGIAN -> Script.GEORGIAN;
      case ARMENIAN -> Script.ARMENIAN;
      default -> Script.OTHER;
    };
  }

  /** The letters of Cyrillic alphabets that Russian does not use, by the language they mark. */
  private static final class CyrillicMarks {
    private static final Map<Integer, String> MARKS = new HashMap<>();

    static {
      put("uk", "єїґЄЇҐ");
      put("be", "ўЎ");
      put("kk", "әғқұһӘҒҚҰҺ");
      put("ky", "ңөүҢӨҮ");
      put("sr", "ђћџЂЋЏјљњЈЉЊ");
      put("mk", "ѓќѕЃЌЅ");
    }

    private CyrillicMarks() {}

    private static void put(String code, String letters) {
      letters.codePoints().forEach(c -> MARKS.put(c, code));
    }

    static String languageOf(int c) {
      return MARKS.get(c);
    }
  }

  /** Arabic script: Persian and Urdu by their own letters, else Arabic. */
  private static final class ArabicScript {
    private static final Set<Character> PERSIAN = Set.of('پ', 'چ', 'ژ', 'گ', 'ک', 'ی');
    private static final Set<Character> URDU = Set.of('ٹ', 'ڈ', 'ڑ', 'ں', 'ے', 'ھ');

    private ArabicScript() {}

    static String languageOf(String text) {
      int persian = 0;
      int urdu = 0;
      int arabic = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (URDU.contains(c)) {
          urdu++;
        } else if (PERSIAN.contains(c)) {
          persian++;
        } else if (c == 'ي' || c == 'ك' || c == 'ة') {
          arabic++;
        }
      }
      if (urdu > 0 && urdu >= arabic) {
        return "ur";
      }
      return persian > arabic ? "fa" : "ar";
    }
  }
}
