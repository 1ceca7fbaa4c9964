package org.attache.pipeline.lang;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The commonest function words of the languages written in Latin and Cyrillic letters that Attaché
 * tells apart: articles, prepositions, conjunctions and auxiliaries. A word that several languages
 * share counts for each. A text's language is the one whose words it uses most.
 */
final class FunctionWords {
  private static final Map<String, Set<String>> LATIN =
      Map.ofEntries(
          Map.entry(
              "en",
              Set.of(
                  "the", "of", "and", "to", "in", "is", "was", "for", "on", "with", "that", "by",
                  "as", "at", "from", "his", "he", "it", "an", "be", "are", "has", "have", "which",
                  "will", "this", "were", "its", "their", "they", "been", "said", "would")),
          Map.entry(
              "fr",
              Set.of(
                  "le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour", "qui", "sur",
                  "au", "aux", "avec", "par", "ce", "cette", "été", "sont", "ont", "il", "elle")),
          Map.entry(
              "es",
              Set.of(
                  "el", "los", "las", "del", "y", "en", "por", "con", "una", "para", "es", "fue",
                  "que", "lo", "su", "sus", "se", "como", "más", "pero", "ha", "han")),
          Map.entry(
              "pt",
              Set.of(
                  "o", "os", "da", "do", "das", "dos", "e", "em", "um", "uma", "na", "no", "nas",
                  "nos", "foi", "são", "não", "ao", "pelo", "pela", "com", "mais")),
          Map.entry(
              "de",
              Set.of(
                  "der", "die", "das", "und", "ist", "nicht", "mit", "den", "dem", "ein", "eine",
                  "auf", "für", "von", "zu", "sich", "auch", "wurde", "wird", "im", "sind", "bei")),
          Map.entry(
              "it",
              Set.of(
                  "il", "di", "che", "della", "delle", "degli", "nel", "nella", "per", "sono",
                  "gli", "un", "non", "alla", "dei", "anche", "è", "dal", "dalla", "ed")),
          Map.entry(
              "nl",
              Set.of(
                  "het", "een", "van", "en", "niet", "zijn", "werd", "ook", "voor", "met", "op",
                  "dat", "aan", "bij", "naar", "heeft", "hij", "worden", "wordt")),
          Map.entry(
              "id",
              Set.of(
                  "yang", "dan", "di", "dengan", "untuk", "ini", "itu", "dari", "dalam", "tidak",
                  "akan", "pada", "juga", "adalah", "oleh", "bahwa", "kerja", "sama")),
          Map.entry(
              "tr",
              Set.of(
                  "ve", "bir", "bu", "için", "ile", "olarak", "da", "de", "çok", "daha", "olan",
                  "gibi", "kadar", "sonra", "ancak", "değil")),
          Map.entry(
              "vi",
              Set.of(
                  "và", "của", "các", "những", "được", "có", "là", "trong", "với", "cho", "này",
                  "không", "người", "đã", "về", "một")),
          Map.entry(
              "pl",
              Set.of(
                  "i", "w", "z", "się", "nie", "na", "jest", "że", "do", "to", "jak", "przez",
                  "oraz", "dla", "od", "był", "była", "są")));

  private static final Map<String, Set<String>> CYRILLIC =
      Map.of(
          "ru",
          Set.of(
              "и", "в", "не", "что", "он", "на", "с", "как", "это", "по", "его", "к", "был", "была",
              "были", "из", "у", "также", "который", "которые", "года", "для", "о", "об", "при",
              "между", "этом"),
          "bg",
          Set.of(
              "на", "и", "за", "от", "е", "са", "се", "че", "да", "със", "към", "беше", "който",
              "която", "които", "това", "ще", "като", "година", "между", "този"));

  private FunctionWords() {}

  /**
   * English unless another language has more function words among {@code words} than English, and
   * at least {@code least} of them.
   */
  static String latin(List<String> words, int least) {
    return best(words, LATIN, "en", least);
  }

  /** Russian unless Bulgarian's function words are more. */
  static String cyrillic(List<String> words) {
    return best(words, CYRILLIC, "ru", 1);
  }

  private static String best(
      List<String> words, Map<String, Set<String>> lists, String fallback, int least) {
    Map<String, Integer> counts = new java.util.TreeMap<>();
    for (String word : words) {
      for (Map.Entry<String, Set<String>> list : lists.entrySet()) {
        if (list.getValue().contains(word)) {
          counts.merge(list.getKey(), 1, Integer::sum);
        }
      }
    }
    int fallbackCount = counts.getOrDefault(fallback, 0);
    String best = fallback;
    int bestCount = fallbackCount;
    for (Map.Entry<String, Integer> count : counts.entrySet()) {
      if (count.getValue() > bestCount && count.getValue() >= least) {
        best = count.getKey();
        bestCount = count.getValue();
      }
    }
    return best;
  }
}
