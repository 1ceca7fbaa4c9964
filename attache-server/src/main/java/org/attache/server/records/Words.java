package org.attache.server.records;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The codes of the record format in words, as a person writes them: {@code
 * memorandum_of_understanding} is "memorandum of understanding", {@code 2021-02-08} is "8 February
 * 2021", the stance {@code intent_to_cooperate} is told as "voiced the intent to cooperate".
 */
public final class Words {
  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  /** Codes whose words are not the code's parts joined by spaces. */
  private static final Map<String, String> SPECIAL =
      Map.of(
          "science_technology", "science and technology",
          "media_information", "media and information",
          "in_force", "in force",
          "in_progress", "in progress",
          "in_person", "in person",
          "video", "by video",
          "phone", "by telephone");

  /** What a speaker did, by stance (RECORDS.md, "stance"). */
  private static final Map<String, String> STANCE_VERBS =
      Map.ofEntries(
          Map.entry("comment", "said"),
          Map.entry("intent_to_cooperate", "voiced the intent to cooperate"),
          Map.entry("appeal", "called"),
          Map.entry("support", "voiced support"),
          Map.entry("praise", "praised"),
          Map.entry("thanks", "thanked"),
          Map.entry("condolence", "offered condolences"),
          Map.entry("criticism", "criticised"),
          Map.entry("rejection", "rejected"),
          Map.entry("agreement", "agreed"));

  private Words() {}

  /** A code in words: its parts joined by spaces, or the words it is known by. */
  public static String of(String code) {
    return SPECIAL.getOrDefault(code, code.replace('_', ' '));
  }

  /** Codes in words, joined as a list is in a sentence: "trade, investment and energy". */
  public static String list(List<String> codes) {
    return series(codes.stream().map(Words::of).toList());
  }

  /** Words joined as a list is in a sentence: "a", "a and b", "a, b and c". */
  public static String series(List<String> words) {
    if (words.size() <= 1) {
      return words.isEmpty() ? "" : words.get(0);
    }
    return String.join(", ", words.subList(0, words.size() - 1))
        + " and "
        + words.get(words.size() - 1);
  }

  /** What a speaker did with this stance: "said", "praised", "voiced support". */
  public static String stanceVerb(String stance) {
    return STANCE_VERBS.getOrDefault(stance, of(stance));
  }

  /**
   * An ISO date of any precision in words: "8 February 2021", "February 2021", "2021"; any other
   * text as it is.
   */
  public static String date(String iso) {
    Matcher m = DATE.matcher(iso);
    if (!m.matches()) {
      return iso;
    }
    if (m.group(2) == null) {
      return m.group(1);
    }
    int month = Integer.parseInt(m.group(2));
    if (month < 1 || month > 12) {
      return iso;
    }
    String name = Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK);
    String monthYear = name + " " + m.group(1);
    return m.group(3) == null ? monthYear : Integer.parseInt(m.group(3)) + " " + monthYear;
  }

  /** A count with its noun, singular for one: "1 event", "3 events". */
  public static String count(long n, String noun) {
    return count(n, noun, noun + "s");
  }

  /** A count with the noun's singular for one and its plural else: "1 person", "3 people". */
  public static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
