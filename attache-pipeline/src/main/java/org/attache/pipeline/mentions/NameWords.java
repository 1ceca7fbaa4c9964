package org.attache.pipeline.mentions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attache.pipeline.analysis.Mention;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.analysis.Token;
import org.attache.pipeline.analysis.WordLists;

/**
 * What may and may not be part of a person's name, beyond the tagger's word: forms of address
 * ({@code honorifics.txt}: never part of it), styles ({@code name-styles.txt}: "Sheikh", "Lord",
 * "Dato'", part of it as the texts write it), the verbs of title-case headlines ({@code
 * headline-verbs.txt}: "Qin Meets"), the regions of the world ({@code regions.txt}: "Minister for
 * Africa Henry Bellingham"), and the words of bodies and places ({@code not-name-words.txt}).
 */
final class NameWords {
  private static final Set<String> PLACE_NOUNS =
      Set.of(
          "hall",
          "street",
          "square",
          "avenue",
          "palace",
          "bridge",
          "airport",
          "station",
          "prize",
          "award",
          "park",
          "boulevard",
          "stadium");

  private final Set<String> honorifics = WordLists.load("honorifics.txt");
  private final Set<String> styles = WordLists.load("name-styles.txt");
  private final Set<String> headlineVerbs = WordLists.load("headline-verbs.txt");
  private final Set<String> notNameWords = WordLists.load("not-name-words.txt");

  /** The regions by their first word, each as its words in lower case. */
  private final Map<String, List<List<String>>> regions = new HashMap<>();

  NameWords() {
    for (String region : WordLists.load("regions.txt")) {
      List<String> words = List.of(region.split(" "));
      regions.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(words);
    }
  }

  boolean honorific(String word) {
    return honorifics.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * An honorific or style that opens a name ("Ms.", "H.E.", "Dato"); not "General", which also
   * names offices ("Director General").
   */
  boolean opensName(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return !lower.equals("general") && (honorifics.contains(lower) || styles.contains(lower));
  }

  boolean style(String word) {
    return styles.contains(word.toLowerCase(Locale.ROOT));
  }

  boolean headlineVerb(String word) {
    return headlineVerbs.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Marks the tokens of the sentence that belong to the name of a region ("Latin America", "the
   * Middle East"), longest first.
   */
  boolean[] regionTokens(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    boolean[] inRegion = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      List<List<String>> candidates = regions.get(tokens.get(i).text().toLowerCase(Locale.ROOT));
      if (candidates == null || !Character.isUpperCase(tokens.get(i).text().codePointAt(0))) {
        continue;
      }
      int longest = 0;
      for (List<String> region : candidates) {
        if (region.size() > longest && matches(tokens, i, region)) {
          longest = region.size();
        }
      }
      for (int j = i; j < i + longest; j++) {
        inRegion[j] = true;
      }
    }
    return inRegion;
  }

  private static boolean matches(List<Token> tokens, int from, List<String> words) {
    if (from + words.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      if (!tokens.get(from + k).text().toLowerCase(Locale.ROOT).equals(words.get(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A "name" that names a place or a thing by the noun after it: "the Alexander hall", "Nobel
   * prize".
   */
  static boolean namesAPlace(List<Token> tokens, Mention person) {
    int next = person.lastToken() + 1;
    return next < tokens.size()
        && PLACE_NOUNS.contains(tokens.get(next).text().toLowerCase(Locale.ROOT));
  }

  /** A "name" with a word of bodies or places in it ("Communist Party", "Azernews"). */
  boolean namesABody(Mention person) {
    for (String word : person.value().toLowerCase(Locale.ROOT).split("[\\s-]+")) {
      if (notNameWords.contains(word) || (word.length() > 4 && word.endsWith("news"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name in a photo credit, written against a slash: "(Xinhua/Zhai Jianlan)", "[Photo by Feng
   * Yongbin/chinadaily.com.cn]". The photographer takes no part in the story.
   */
  static boolean inPhotoCredit(String text, Mention person) {
    int before = person.span().start() - 1;
    int after = person.span().end();
    return (before >= 0 && text.charAt(before) == '/')
        || (after < text.length() && text.charAt(after) == '/');
  }
}
