package org.attache.pipeline.lang.zh;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one place that speaks to HanLP (the portable jar: its dictionaries travel inside it, no model
 * is fetched): words with their part of speech, traditional to simplified characters, and pinyin.
 * HanLP loads its dictionaries on the first call, so a run that meets no Chinese text never loads
 * them.
 */
final class Hanlp {
  /** A word of a simplified text: its characters {@code start} to {@code end} and HanLP's tag. */
  record Word(String text, int start, int end, String tag) {}

  private static final class Segmenter {
    static final Segment INSTANCE =
        HanLP.newSegment()
            .enableNameRecognize(true)
            .enableTranslatedNameRecognize(false)
            .enablePlaceRecognize(false)
            .enableOrganizationRecognize(false)
            .enableOffset(true);
  }

  private Hanlp() {}

  /** The words of a simplified text, in order; spaces are not words. */
  static List<Word> words(String simplified) {
    List<Term> terms;
    synchronized (Segmenter.INSTANCE) {
      terms = Segmenter.INSTANCE.seg(simplified);
    }
    List<Word> words = new ArrayList<>(terms.size());
    for (Term term : terms) {
      if (!term.word.isBlank()) {
        words.add(
            new Word(
                term.word,
                term.offset,
                term.offset + term.word.length(),
                term.nature == null ? "x" : term.nature.toString()));
      }
    }
    return words;
  }

  /**
   * The text in simplified characters, one character for each of the text's, so that offsets into
   * the one are offsets into the other.
   */
  static String simplified(String text) {
    String whole = HanLP.convertToSimplifiedChinese(text);
    if (whole.length() == text.length()) {
      return whole;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      String one = HanLP.convertToSimplifiedChinese(String.valueOf(text.charAt(i)));
      out.append(one.length() == 1 ? one : String.valueOf(text.charAt(i)));
    }
    return out.toString();
  }

  /** The toneless pinyin syllables of a Chinese text, lower case, one per character. */
  static List<String> pinyin(String simplified) {
    List<String> syllables = new ArrayList<>();
    for (Pinyin pinyin : HanLP.convertToPinyinList(simplified)) {
      syllables.add(pinyin.getPinyinWithoutTone().replace('ü', 'v').toLowerCase(Locale.ROOT));
    }
    return syllables;
  }
}
