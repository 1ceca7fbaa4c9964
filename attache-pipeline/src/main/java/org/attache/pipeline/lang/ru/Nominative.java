package org.attache.pipeline.lang.ru;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Puts an inflected Russian personal name back into the nominative: "с Игорем Моргуловым" is Игорь
 * Моргулов, "Генерального секретаря Чжан Мина" is Чжан Мин, "с Ш.Нурышевым" is Ш. Нурышев.
 *
 * <p>The case of the name is the one that its known words share (a first name, patronymic or
 * surname the dictionary knows), else the case of the word before it (a title, "секретарем", or a
 * preposition, "с"), else the nominative. Each word then takes its dictionary lemma in that case (a
 * woman's surname in its feminine form: Захаровой is Захарова); a word the dictionary does not know
 * loses the ending of that case by the rules of Russian surnames and foreign names (Ермекбаевым →
 * Ермекбаев, Мина → Мин, Хуэйлаем → Хуэйлай); an initial stays as it is.
 */
public final class Nominative {
  private Nominative() {}

  /**
   * The nominative of the name {@code words}, given the word before it (or null).
   *
   * @param words the name's words, initials with their full stops as separate words
   */
  public static String of(List<RussianWord> words, RussianWord before) {
    String grammaticalCase = caseOf(words, before);
    boolean feminine = feminine(words, grammaticalCase);
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      RussianWord word = words.get(i);
      String text = word.text();
      if (text.equals(".")) {
        name.append('.');
        continue;
      }
      if (name.length() > 0) {
        name.append(' ');
      }
      boolean initial = text.length() == 1;
      name.append(initial ? text : capitalise(word(word, grammaticalCase, feminine)));
    }
    return name.toString();
  }

  /** The case the name stands in: Nom, R, D, V, T or P. */
  static String caseOf(List<RussianWord> words, RussianWord before) {
    Set<String> shared = null;
    for (RussianWord word : words) {
      if (indeclinable(word)) {
        continue;
      }
      Set<String> cases = new LinkedHashSet<>();
      for (Morphology.Reading reading : word.readings()) {
        if (isName(reading)) {
          cases.add(reading.grammaticalCase());
        }
      }
      cases.remove("");
      if (!cases.isEmpty()) {
        if (shared == null) {
          shared = cases;
        } else {
          shared.retainAll(cases);
        }
      }
    }
    Set<String> context = before == null ? Set.of() : contextCases(before);
    if (shared != null && shared.size() == 1) {
      return shared.iterator().next();
    }
    if (shared != null && !shared.isEmpty()) {
      for (String c : shared) {
        if (context.contains(c)) {
          return c;
        }
      }
      return shared.contains("Nom") ? "Nom" : shared.iterator().next();
    }
    if (context.isEmpty() || context.contains("Nom")) {
      return "Nom";
    }
    String last = words.get(words.size() - 1).lower();
    if (INSTRUMENTAL.matcher(last).find()) {
      return "T";
    }
    return context.iterator().next();
  }

  /** The endings of a man's name in the instrumental ("Мином", "Раджиндером", "Нурышевым"). */
  private static final java.util.regex.Pattern INSTRUMENTAL =
      java.util.regex.Pattern.compile("[^аеёиоуыэюя](ом|ем|ым|им)$");

  /**
   * Whether the dictionary reads a word as a name in the nominative alone (Чжан, Ли): a foreign
   * name that does not decline, which tells nothing of the case the name stands in.
   */
  static boolean indeclinable(RussianWord word) {
    boolean name = false;
    for (Morphology.Reading reading : word.readings()) {
      if (isName(reading)) {
        name = true;
        if (!reading.grammaticalCase().isEmpty() && !reading.grammaticalCase().equals("Nom")) {
          return false;
        }
      }
    }
    return name;
  }

  /** A reading of a word as a person's name: a first name, patronymic or surname, singular. */
  private static boolean isName(Morphology.Reading reading) {
    return (reading.has("Name") || reading.has("Fam") || reading.has("Patr")) && !reading.has("PL");
  }

  private static Set<String> contextCases(RussianWord before) {
    Set<String> cases = new LinkedHashSet<>();
    switch (before.lower()) {
      case "с", "со", "между" -> cases.add("T");
      case "у", "от", "для", "без", "до", "из" -> cases.add("R");
      case "к", "по" -> cases.add("D");
      case "о", "об", "при" -> cases.add("P");
      default -> {
        for (Morphology.Reading reading : before.readings()) {
          if (reading.tag().startsWith("NN") || reading.tag().startsWith("ADJ")) {
            cases.add(reading.grammaticalCase());
          }
        }
        cases.remove("");
      }
    }
    return cases;
  }

  private static boolean feminine(List<RussianWord> words, String grammaticalCase) {
    for (RussianWord word : words) {
      for (Morphology.Reading reading : word.readings()) {
        if (isName(reading) && reading.grammaticalCase().equals(grammaticalCase)) {
          if (reading.has("Fem")) {
            return true;
          }
          if (reading.has("Masc")) {
            return false;
          }
        }
      }
    }
    String last = words.get(words.size() - 1).lower();
    return grammaticalCase.equals("Nom") && (last.endsWith("ова") || last.endsWith("ева"))
        || !grammaticalCase.equals("Nom") && (last.endsWith("овой") || last.endsWith("евой"));
  }

  private static String word(RussianWord word, String grammaticalCase, boolean feminine) {
    for (Morphology.Reading reading : word.readings()) {
      if (isName(reading) && reading.grammaticalCase().equals(grammaticalCase)) {
        String lemma = reading.lemma();
        if (lemma.replace('ё', 'е').equals(word.lower().replace('ё', 'е'))) {
          return word.lower();
        }
        if (reading.has("Fam") && reading.has("Fem")) {
          return feminineSurname(lemma);
        }
        return lemma;
      }
    }
    for (Morphology.Reading reading : word.readings()) {
      if (isName(reading) && reading.grammaticalCase().isEmpty()) {
        return word.lower();
      }
    }
    String form = word.lower();
    if (grammaticalCase.equals("Nom")) {
      return form;
    }
    return strip(form, grammaticalCase, feminine);
  }

  private static String feminineSurname(String lemma) {
    if (lemma.endsWith("ов")
        || lemma.endsWith("ев")
        || lemma.endsWith("ин")
        || lemma.endsWith("ын")) {
      return lemma + "а";
    }
    if (lemma.endsWith("ский") || lemma.endsWith("цкий")) {
      return lemma.substring(0, lemma.length() - 2) + "ая";
    }
    return lemma;
  }

  /** Takes a case ending off a word the dictionary does not know. */
  static String strip(String form, String grammaticalCase, boolean feminine) {
    List<String[]> rules = new ArrayList<>();
    switch (grammaticalCase) {
      case "T" -> {
        rules.add(new String[] {"овой", "ова"});
        rules.add(new String[] {"евой", "ева"});
        rules.add(new String[] {"иной", "ина"});
        rules.add(new String[] {"ским", "ский"});
        rules.add(new String[] {"цким", "цкий"});
        rules.add(new String[] {"ым", ""});
        rules.add(new String[] {"им", ""});
        rules.add(new String[] {"аем", "ай"});
        rules.add(new String[] {"ем", feminine ? "ем" : ""});
        rules.add(new String[] {"ом", ""});
        rules.add(new String[] {"ой", "а"});
        rules.add(new String[] {"ей", "я"});
      }
      case "R", "V" -> {
        rules.add(new String[] {"овой", "ова"});
        rules.add(new String[] {"евой", "ева"});
        rules.add(new String[] {"ского", "ский"});
        rules.add(new String[] {"ого", "ий"});
        rules.add(new String[] {"ая", "ай"});
        rules.add(new String[] {"уя", "уй"});
        rules.add(new String[] {"ея", "ей"});
        rules.add(new String[] {"а", feminine ? "а" : ""});
        rules.add(new String[] {"ы", "а"});
        rules.add(new String[] {"я", "ь"});
        if (grammaticalCase.equals("V")) {
          rules.add(new String[] {"у", "а"});
          rules.add(new String[] {"ю", "я"});
        }
      }
      case "D" -> {
        rules.add(new String[] {"овой", "ова"});
        rules.add(new String[] {"евой", "ева"});
        rules.add(new String[] {"скому", "ский"});
        rules.add(new String[] {"ому", "ий"});
        rules.add(new String[] {"аю", "ай"});
        rules.add(new String[] {"у", ""});
        rules.add(new String[] {"ю", "ь"});
        rules.add(new String[] {"е", feminine ? "а" : "е"});
      }
      case "P" -> {
        rules.add(new String[] {"овой", "ова"});
        rules.add(new String[] {"ском", "ский"});
        rules.add(new String[] {"ае", "ай"});
        rules.add(new String[] {"е", ""});
      }
      default -> {
        return form;
      }
    }
    for (String[] rule : rules) {
      String stem = form.substring(0, Math.max(0, form.length() - rule[0].length()));
      if (form.endsWith(rule[0])
          && stem.length() >= 2
          && (rule[0].length() > 1 || endsInConsonant(stem) || !rule[1].isEmpty())) {
        return stem + rule[1];
      }
    }
    return form;
  }

  private static boolean endsInConsonant(String stem) {
    char last = stem.charAt(stem.length() - 1);
    return "аеёиоуыэюяйь".indexOf(last) < 0;
  }

  private static String capitalise(String word) {
    StringBuilder out = new StringBuilder(word.length());
    boolean start = true;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == '-';
    }
    return out.toString();
  }
}
