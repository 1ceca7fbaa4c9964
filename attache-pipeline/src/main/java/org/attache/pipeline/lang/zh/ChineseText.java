package org.attache.pipeline.lang.zh;

/**
 * Whether a text is written in Chinese: at least a third of its letters, and at least ten of them,
 * are Han characters. Read over the first 4,000 characters, so linear and cheap on any text.
 */
public final class ChineseText {
  private static final int READ = 4000;
  private static final int FEWEST = 10;

  private ChineseText() {}

  public static boolean isChinese(String text) {
    int letters = 0;
    int han = 0;
    int end = Math.min(text.length(), READ);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (isHan(c)) {
          han++;
        }
      }
    }
    return han >= FEWEST && han * 3 >= letters;
  }

  static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
