package org.attache.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the scoring rules compare names and actors.
 *
 * <p>Names match when, after folding case, accents and punctuation and dropping leading honorifics
 * (Mr, Mrs, Ms, Dr, H.E., His/Her Excellency), the tokens of one are a subset of the other's and
 * the smaller has at least two tokens, or both are equal. Actors are named either by a code (states
 * and organisations: {@code CHN}, {@code SCO}, {@code CIS ATC}) or by a name; codes match exactly,
 * names by the name rule.
 *
 * <p>A person named in two scripts is labelled with both spellings joined by {@value #SPELLINGS}
 * ("Нурлан Ермекбаев / Nurlan Yermekbayev"): the name as written and its English press spelling.
 * Two labels match as well as their best-matching spellings do, so a predicted name may match a
 * gold person's {@code name} or {@code name_en}.
 */
final class Names {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02bc`\u00b4]");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr");

  /** What joins the spellings of one person's name in a label. */
  static final String SPELLINGS = " / ";

  private Names() {}

  /** A label for a person: the name as written, and its English spelling where one is known. */
  static String label(String name, java.util.Optional<String> english) {
    return english
        .filter(e -> !e.isBlank() && !e.equals(name))
        .map(e -> name + SPELLINGS + e)
        .orElse(name);
  }

  /** The folded tokens of a name: lower case, no accents, no punctuation, no honorifics. */
  static List<String> tokens(String name) {
    List<String> tokens = fold(name);
    int start = 0;
    while (start < tokens.size()) {
      String first = tokens.get(start);
      String second = start + 1 < tokens.size() ? tokens.get(start + 1) : "";
      if (HONORIFICS.contains(first)) {
        start += 1;
      } else if ((first.equals("his") || first.equals("her")) && second.equals("excellency")
          || first.equals("h") && second.equals("e")) {
        start += 2;
      } else {
        break;
      }
    }
    return tokens.subList(start, tokens.size());
  }

  /** The folded tokens of a text, honorifics kept: lower case, no accents, no punctuation. */
  static List<String> fold(String text) {
    String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    folded = MARKS.matcher(folded).replaceAll("");
    folded = replaceUndecomposable(folded);
    folded = APOSTROPHES.matcher(folded).replaceAll("");
    List<String> tokens = new ArrayList<>();
    for (String token : SEPARATORS.split(folded)) {
      if (!token.isEmpty()) {
        tokens.add(token);
      }
    }
    return List.copyOf(tokens);
  }

  /** Whether two actor labels (codes or names) denote the same actor. */
  static boolean matches(String a, String b) {
    return strength(a, b) > 0;
  }

  /**
   * How well two actor labels match: 2 when equal (codes: identical; names: the same tokens), 1
   * when one name's tokens are a subset of the other's and the smaller has at least two, 0 when
   * they do not match.
   */
  static int strength(String a, String b) {
    int best = 0;
    for (String left : a.split(SPELLINGS, -1)) {
      for (String right : b.split(SPELLINGS, -1)) {
        best = Math.max(best, spellingStrength(left, right));
      }
    }
    return best;
  }

  private static int spellingStrength(String a, String b) {
    if (isCode(a) || isCode(b)) {
      return a.equals(b) ? 2 : 0;
    }
    Set<String> left = new HashSet<>(tokens(a));
    Set<String> right = new HashSet<>(tokens(b));
    if (left.isEmpty() || right.isEmpty()) {
      return 0;
    }
    if (left.equals(right)) {
      return 2;
    }
    boolean leftSmaller = left.size() <= right.size();
    Set<String> smaller = leftSmaller ? left : right;
    Set<String> larger = leftSmaller ? right : left;
    return smaller.size() >= 2 && larger.containsAll(smaller) ? 1 : 0;
  }

  /** Whether two place names are the same once case, accents and punctuation are folded. */
  static boolean samePlace(String a, String b) {
    List<String> left = fold(a);
    return !left.isEmpty() && left.equals(fold(b));
  }

  /**
   * Whether a label is a code rather than a name: it has letters and all of them are capital
   * letters A to Z ({@code CHN}, {@code G20}, {@code CIS ATC}); a name in a script without case
   * ("王毅") is a name.
   */
  static boolean isCode(String label) {
    boolean letters = false;
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (Character.isLetter(c)) {
        if (c < 'A' || c > 'Z') {
          return false;
        }
        letters = true;
      }
    }
    return letters;
  }

  private static String replaceUndecomposable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\u0131' -> out.append('i');
        case '\u00f8' -> out.append('o');
        case '\u0142' -> out.append('l');
        case '\u0111', '\u00f0' -> out.append('d');
        case '\u00df' -> out.append("ss");
        case '\u00e6' -> out.append("ae");
        case '\u0153' -> out.append("oe");
        case '\u00fe' -> out.append("th");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
