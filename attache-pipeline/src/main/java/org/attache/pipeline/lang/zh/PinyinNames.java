package org.attache.pipeline.lang.zh;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The English press spelling of a Chinese person's name: the surname's pinyin, a space, the given
 * name's syllables joined ("张明" is "Zhang Ming", "李克强" "Li Keqiang"). A name is Chinese when it
 * starts with a common surname, has two or three characters and is not written wholly in the
 * characters of foreign names; a foreign name written in Chinese ("萨布里") has no spelling here.
 */
final class PinyinNames {
  private PinyinNames() {}

  static Optional<String> english(String name) {
    String simplified = Hanlp.simplified(name);
    if (simplified.length() < 2
        || simplified.length() > 3
        || !NameCharacters.isSurname(simplified.charAt(0))) {
      return Optional.empty();
    }
    boolean foreign = true;
    for (int i = 0; i < simplified.length(); i++) {
      char c = simplified.charAt(i);
      if (!ChineseText.isHan(c)) {
        return Optional.empty();
      }
      foreign &= NameCharacters.transliterates(c);
    }
    if (foreign) {
      return Optional.empty();
    }
    List<String> syllables = Hanlp.pinyin(simplified);
    if (syllables.size() != simplified.length() || syllables.contains("none")) {
      return Optional.empty();
    }
    StringBuilder given = new StringBuilder();
    for (String syllable : syllables.subList(1, syllables.size())) {
      given.append(syllable);
    }
    return Optional.of(capital(syllables.get(0)) + " " + capital(given.toString()));
  }

  private static String capital(String syllables) {
    return syllables.isEmpty()
        ? syllables
        : syllables.substring(0, 1).toUpperCase(Locale.ROOT) + syllables.substring(1);
  }
}
