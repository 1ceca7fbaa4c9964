package org.attache.knowledge;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The regular inflections of an English verb phrase, on its first word: "call for" gives "call
 * for", "calls for", "called for", "calling for". A final consonant is doubled only in words of one
 * syllable ("plan", "planned"); longer verbs that double it ("regret", "regretted") and irregular
 * verbs ("say", "said") must be given their forms.
 */
final class Inflection {
  private Inflection() {}

  /** The base form, the third person singular, the past and the present participle. */
  static List<String> verbForms(String phrase) {
    int space = phrase.indexOf(' ');
    String verb = space < 0 ? phrase : phrase.substring(0, space);
    String rest = space < 0 ? "" : phrase.substring(space);
    Set<String> forms = new LinkedHashSet<>();
    forms.add(verb + rest);
    forms.add(thirdPerson(verb) + rest);
    forms.add(past(verb) + rest);
    forms.add(participle(verb) + rest);
    return List.copyOf(forms);
  }

  static String thirdPerson(String verb) {
    String lower = verb.toLowerCase(Locale.ROOT);
    if (lower.endsWith("s")
        || lower.endsWith("x")
        || lower.endsWith("z")
        || lower.endsWith("ch")
        || lower.endsWith("sh")
        || lower.endsWith("o")) {
      return verb + "es";
    }
    if (endsInConsonantY(lower)) {
      return verb.substring(0, verb.length() - 1) + "ies";
    }
    return verb + "s";
  }

  static String past(String verb) {
    String lower = verb.toLowerCase(Locale.ROOT);
    if (lower.endsWith("e")) {
      return verb + "d";
    }
    if (endsInConsonantY(lower)) {
      return verb.substring(0, verb.length() - 1) + "ied";
    }
    if (doubles(lower)) {
      return verb + verb.charAt(verb.length() - 1) + "ed";
    }
    return verb + "ed";
  }

  static String participle(String verb) {
    String lower = verb.toLowerCase(Locale.ROOT);
    if (lower.endsWith("ie")) {
      return verb.substring(0, verb.length() - 2) + "ying";
    }
    if (lower.endsWith("ee") || lower.endsWith("ye") || lower.endsWith("oe")) {
      return verb + "ing";
    }
    if (lower.endsWith("e") && lower.length() > 2) {
      return verb.substring(0, verb.length() - 1) + "ing";
    }
    if (doubles(lower)) {
      return verb + verb.charAt(verb.length() - 1) + "ing";
    }
    return verb + "ing";
  }

  private static boolean endsInConsonantY(String lower) {
    int n = lower.length();
    return n >= 2 && lower.charAt(n - 1) == 'y' && !isVowel(lower.charAt(n - 2));
  }

  /** One syllable ending in consonant, vowel, consonant other than w, x, y: "plan", "stop". */
  private static boolean doubles(String lower) {
    int n = lower.length();
    if (n < 3) {
      return false;
    }
    char last = lower.charAt(n - 1);
    if (isVowel(last) || last == 'w' || last == 'x' || last == 'y' || !Character.isLetter(last)) {
      return false;
    }
    if (!isVowel(lower.charAt(n - 2)) || isVowel(lower.charAt(n - 3))) {
      return false;
    }
    int groups = 0;
    boolean inVowels = false;
    for (int i = 0; i < n; i++) {
      boolean vowel = isVowel(lower.charAt(i));
      if (vowel && !inVowels) {
        groups++;
      }
      inVowels = vowel;
    }
    return groups == 1;
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}
