package org.attache.pipeline.lang.ru;

import java.util.ArrayList;
import java.util.List;
import org.attache.model.Area;

/**
 * Areas of cooperation as Russian names them, read from an instrument's title ("меморандум о
 * сотрудничестве в области образования", "соглашение в сфере туризма", "по вопросам обеспечения
 * биологической безопасности"). Each phrase is written as the lemmas of its words, so that every
 * inflection is found; the areas are those of RECORDS.md, read as the knowledge base's English
 * {@code areas.tsv} reads them (biological safety is health, youth policy youth). Written for
 * Attaché from the area vocabulary; no third-party list copied.
 */
final class RussianAreas {
  private record Phrase(List<String> lemmas, Area area) {}

  private static final List<Phrase> PHRASES = new ArrayList<>();

  static {
    add(Area.TERRORISM, "терроризм", "террористический", "антитеррористический");
    add(Area.EXTREMISM, "экстремизм", "экстремистский", "сепаратизм");
    add(Area.DRUG_TRAFFICKING, "наркотик", "наркотрафик", "антинаркотический");
    add(Area.ARMS_TRAFFICKING, "оборот оружие");
    add(Area.MONEY_LAUNDERING, "отмывание");
    add(Area.TRANSNATIONAL_CRIME, "преступность", "правоохранительный");
    add(Area.CYBERSECURITY, "информационный безопасность", "кибербезопасность");
    add(Area.BORDER_SECURITY, "пограничный");
    add(Area.DEFENCE, "оборона", "военный", "военно-технический");
    add(Area.TRADE, "торговля", "торговый", "товарооборот");
    add(Area.INVESTMENT, "инвестиция", "инвестиционный");
    add(Area.FINANCE, "финансовый", "финансы", "банковский");
    add(Area.DIGITAL_ECONOMY, "цифровой", "цифровизация");
    add(Area.COMMUNICATIONS, "телекоммуникация", "телекоммуникационный");
    add(Area.TRANSPORT, "транспорт", "транспортный", "логистика", "логистический");
    add(Area.TOURISM, "туризм", "туристический");
    add(Area.ENERGY, "энергетика", "энергетический");
    add(Area.AGRICULTURE, "сельский хозяйство", "сельскохозяйственный", "аграрный");
    add(Area.INDUSTRY, "промышленность", "промышленный");
    add(Area.CUSTOMS, "таможенный", "таможня");
    add(Area.ENVIRONMENT, "экология", "экологический", "окружающий среда");
    add(Area.CLIMATE_CHANGE, "климат", "климатический");
    add(Area.NATURAL_RESOURCES, "природный ресурс");
    add(Area.DISASTER_MANAGEMENT, "чрезвычайный ситуация", "стихийный бедствие");
    add(Area.WATER, "водный");
    add(
        Area.HEALTH,
        "здравоохранение",
        "биологический безопасность",
        "биобезопасность",
        "медицина",
        "медицинский",
        "эпидемия");
    add(Area.EDUCATION, "образование", "образовательный");
    add(Area.CULTURE, "культура", "культурный");
    add(Area.SCIENCE_TECHNOLOGY, "наука", "научный", "научно-технический", "технология");
    add(Area.MEDIA_INFORMATION, "сми", "средство массовый информация");
    add(Area.YOUTH, "молодежь", "молодежный", "молодёжь", "молодёжный");
    add(Area.SPORT, "спорт", "спортивный");
    add(Area.HUMANITARIAN, "гуманитарный");
  }

  private RussianAreas() {}

  private static void add(Area area, String... phrases) {
    for (String phrase : phrases) {
      PHRASES.add(new Phrase(List.of(phrase.split(" ")), area));
    }
  }

  /** The areas the words {@code from..to} (exclusive) name, in order, each once. */
  static List<Area> of(List<RussianWord> words, int from, int to) {
    List<Area> areas = new ArrayList<>();
    for (int i = Math.max(0, from); i < Math.min(to, words.size()); i++) {
      for (Phrase phrase : PHRASES) {
        if (at(words, i, phrase.lemmas()) && !areas.contains(phrase.area())) {
          areas.add(phrase.area());
        }
      }
    }
    return areas;
  }

  private static boolean at(List<RussianWord> words, int at, List<String> lemmas) {
    if (at + lemmas.size() > words.size()) {
      return false;
    }
    for (int i = 0; i < lemmas.size(); i++) {
      if (!words.get(at + i).is(lemmas.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Where an instrument's title ends: the first comma or dash after {@code from}, or the end. */
  static int titleEnd(List<RussianWord> words, int from) {
    for (int i = from + 1; i < words.size(); i++) {
      String text = words.get(i).text();
      if (text.equals(",") || text.equals("—") || text.equals("–")) {
        return i;
      }
    }
    return words.size();
  }
}
