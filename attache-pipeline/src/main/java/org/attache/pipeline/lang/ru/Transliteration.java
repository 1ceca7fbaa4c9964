package org.attache.pipeline.lang.ru;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;

/**
 * The English press spelling of a Russian name: ICU's Russian-Latin/BGN transliteration (Нурлан
 * Ермекбаев → Nurlan Yermekbayev, Сергей Лавров → Sergey Lavrov), with the marks the press leaves
 * out dropped: the soft and hard signs (ʹ, ʺ), the separating dot of BGN (t·s), and ë written yo.
 */
public final class Transliteration {
  private static final class Holder {
    private static final Transliterator BGN = Transliterator.getInstance("Russian-Latin/BGN");
  }

  /** An initial spelled in two capitals ("SH." of "Ш."): the second is lower case. */
  private static final java.util.regex.Pattern INITIAL =
      java.util.regex.Pattern.compile("\\b(\\p{Lu})(\\p{Lu}+)(?=\\.)");

  private Transliteration() {}

  public static String english(String russian) {
    String latin;
    synchronized (Holder.BGN) {
      latin = Holder.BGN.transliterate(russian);
    }
    latin = latin.replace("ë", "yo").replace("Ë", "Yo");
    latin =
        INITIAL
            .matcher(latin)
            .replaceAll(m -> m.group(1) + m.group(2).toLowerCase(java.util.Locale.ROOT));
    latin = latin.replaceAll("[\u02b9\u02ba\u00b7'\u2019\u2018\"]", "");
    latin = Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return Normalizer.normalize(latin, Normalizer.Form.NFC);
  }
}
