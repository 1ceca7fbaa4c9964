package org.attache.bench.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.attache.pipeline.read.SourceDocument;

/**
 * Generates diplomatic communiqués: a reception of an ambassador, talks during a visit, a telephone
 * call, a meeting at an organisation's secretariat (with agreements, plans, statements and
 * priorities in them) and a meeting of two organisations' secretaries-general. They are filled in
 * with real states and invented officials, drawn from lists large enough that a few hundred
 * communiqués name hundreds of different people. The same seed and calls give the same documents.
 */
public final class Communiques {
  /** A state: its name, demonym and capital as the knowledge base writes them. */
  private record State(String name, String demonym, String capital) {}

  private static final List<State> STATES =
      List.of(
          new State("Kazakhstan", "Kazakh", "Astana"),
          new State("Mongolia", "Mongolian", "Ulaanbaatar"),
          new State("Uzbekistan", "Uzbek", "Tashkent"),
          new State("Kyrgyzstan", "Kyrgyz", "Bishkek"),
          new State("Tajikistan", "Tajik", "Dushanbe"),
          new State("Azerbaijan", "Azerbaijani", "Baku"),
          new State("Malaysia", "Malaysian", "Kuala Lumpur"),
          new State("Indonesia", "Indonesian", "Jakarta"),
          new State("Thailand", "Thai", "Bangkok"),
          new State("Cambodia", "Cambodian", "Phnom Penh"),
          new State("Laos", "Lao", "Vientiane"),
          new State("Viet Nam", "Vietnamese", "Hanoi"),
          new State("Pakistan", "Pakistani", "Islamabad"),
          new State("India", "Indian", "New Delhi"),
          new State("Qatar", "Qatari", "Doha"),
          new State("Egypt", "Egyptian", "Cairo"),
          new State("Brazil", "Brazilian", "Brasilia"),
          new State("Japan", "Japanese", "Tokyo"),
          new State("Singapore", "Singaporean", "Singapore"),
          new State("Brunei", "Bruneian", "Bandar Seri Begawan"));

  /** Organisations with a secretariat, by the acronym the knowledge base knows. */
  private static final List<String> ORGANISATIONS = List.of("SCO", "ASEAN", "CIS", "CICA", "OIC");

  private static final List<String> GIVEN =
      List.of(
          "Aibek", "Batbold", "Dilnoza", "Erlan", "Farrukh", "Gulnara", "Hakim", "Indra", "Jasur",
          "Kamila", "Lestari", "Malika", "Nurlan", "Oyun", "Pich", "Rustam", "Sanjar", "Timur",
          "Umida", "Vusal", "Wongsa", "Yerlan", "Zarina", "Arman", "Bolat", "Chinara", "Daniyar",
          "Elmira", "Gaukhar", "Ilham");

  private static final List<String> FAMILY =
      List.of(
          "Abenov",
          "Baatar",
          "Chaiyaporn",
          "Dauletov",
          "Ergashev",
          "Fazilov",
          "Gantulga",
          "Hasanov",
          "Ibragimov",
          "Jumabekov",
          "Karimova",
          "Lestiani",
          "Mamadov",
          "Nazarov",
          "Osmonov",
          "Purnomo",
          "Qodirov",
          "Rahmanov",
          "Sadykova",
          "Temirbekov",
          "Usmanov",
          "Valiyev",
          "Wibowo",
          "Yusupov",
          "Zhakupov",
          "Akhmetov",
          "Bekmurzaev",
          "Darkhanov",
          "Erdenebat",
          "Sukhbaatar");

  private static final List<String> AREAS =
      List.of(
          "trade and investment",
          "energy and transport",
          "education and culture",
          "the fight against terrorism and drug trafficking",
          "agriculture and water",
          "tourism and the digital economy",
          "health and science",
          "transport and logistics");

  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private final Random random;
  private final LocalDate first;
  private final int days;

  /** Communiqués dated in the first 180 days of 2025. */
  public Communiques(long seed) {
    this(seed, LocalDate.of(2025, 1, 1), 180);
  }

  /** Communiqués dated in the {@code days} days from {@code first}. */
  public Communiques(long seed, LocalDate first, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1: " + days);
    }
    this.random = new Random(seed);
    this.first = first;
    this.days = days;
  }

  /**
   * The next communiqué, of one of the first four kinds (a reception, a visit, a telephone call or
   * a meeting at a secretariat), published the day after the events it reports.
   */
  public SourceDocument next(String source) {
    State host = pick(random, STATES);
    State guest = pick(random, STATES);
    while (guest.equals(host)) {
      guest = pick(random, STATES);
    }
    LocalDate date = first.plusDays(random.nextInt(days));
    String day = DAY_MONTH_YEAR.format(date);
    String area = pick(random, AREAS);
    String other = pick(random, AREAS);
    String text =
        switch (random.nextInt(4)) {
          case 0 -> reception(random, host, guest, day, area, other);
          case 1 -> visit(random, host, guest, day, area, other);
          case 2 -> telephone(random, host, guest, day, area, other);
          default -> organisation(random, host, day, area, other);
        };
    return document(source, date, text);
  }

  /** The next meeting of the secretaries-general of two organisations, in a state's capital. */
  public SourceDocument meetingOfOrganisations(String source) {
    State host = pick(random, STATES);
    String organisation = pick(random, ORGANISATIONS);
    String partner = pick(random, ORGANISATIONS);
    while (partner.equals(organisation)) {
      partner = pick(random, ORGANISATIONS);
    }
    LocalDate date = first.plusDays(random.nextInt(days));
    String text =
        organisation
            + " Secretary-General meets "
            + partner
            + " Secretary-General in "
            + host.capital()
            + "\n\nOn "
            + DAY_MONTH_YEAR.format(date)
            + ", "
            + organisation
            + " Secretary-General "
            + person(random)
            + " held talks with "
            + partner
            + " Secretary-General "
            + person(random)
            + " in "
            + host.capital()
            + ".\n\nThe parties discussed cooperation in "
            + pick(random, AREAS)
            + " and in "
            + pick(random, AREAS)
            + ".";
    return document(source, date, text);
  }

  /** A title, a blank line and the body, as a document published the day after {@code date}. */
  private static SourceDocument document(String source, LocalDate date, String text) {
    int blank = text.indexOf("\n\n");
    return new SourceDocument(
        source,
        Optional.of(text.substring(0, blank)),
        Optional.of(date.plusDays(1)),
        text.substring(blank + 2));
  }

  private static String reception(
      Random random, State host, State guest, String day, String area, String other) {
    String minister = person(random);
    String ambassador = person(random);
    return "Minister of Foreign Affairs of "
        + host.name()
        + " receives the Ambassador of "
        + guest.name()
        + "\n\nOn "
        + day
        + ", Minister of Foreign Affairs of "
        + host.name()
        + " "
        + minister
        + " received Ambassador Extraordinary and Plenipotentiary of "
        + guest.name()
        + " to "
        + host.name()
        + " "
        + ambassador
        + " at the Ministry in "
        + host.capital()
        + ". The sides reviewed the state of relations between the two countries and discussed"
        + " cooperation in "
        + area
        + ". The Minister noted the steady growth of contacts at all levels and stressed the"
        + " importance of the intergovernmental commission, which will meet in "
        + guest.capital()
        + " later this year.\n\nAmbassador "
        + last(ambassador)
        + " conveyed the greetings of the leadership of "
        + guest.name()
        + " and expressed readiness to deepen cooperation in "
        + other
        + ". The two sides welcomed the memorandum of understanding signed in "
        + host.capital()
        + " in "
        + (2015 + random.nextInt(10))
        + " and agreed to draft a plan of consultations between the foreign ministries for "
        + "2025-2026.";
  }

  private static String visit(
      Random random, State host, State guest, String day, String area, String other) {
    String premier = person(random);
    String president = person(random);
    return "Prime Minister of "
        + guest.name()
        + " visits "
        + host.name()
        + "\n\nPrime Minister of "
        + guest.name()
        + " "
        + premier
        + " paid an official visit to "
        + host.name()
        + " on "
        + day
        + ". In "
        + host.capital()
        + ", "
        + premier
        + " held talks with President "
        + president
        + ". The leaders discussed the implementation of the agreements reached at the highest"
        + " level and cooperation in "
        + area
        + ". The sides signed an agreement on "
        + other
        + " and a joint statement on comprehensive strategic partnership.\n\nThe President said"
        + " that "
        + host.name()
        + " attaches great importance to its relations with "
        + guest.name()
        + " and welcomed the new road map of cooperation, which is being implemented by the"
        + " ministries of the two countries. The Prime Minister thanked the "
        + host.demonym()
        + " side for its hospitality.";
  }

  private static String telephone(
      Random random, State host, State guest, String day, String area, String other) {
    String minister = person(random);
    String counterpart = person(random);
    return host.demonym()
        + " and "
        + guest.demonym()
        + " foreign ministers speak by phone\n\n"
        + host.name()
        + "'s Foreign Minister "
        + minister
        + " held a telephone conversation with his "
        + guest.demonym()
        + " counterpart "
        + counterpart
        + " on "
        + day
        + ". The ministers exchanged views on regional issues and on coordination within"
        + " international organisations, including the United Nations, and agreed to step up"
        + " cooperation in "
        + area
        + ".\n\n"
        + last(minister)
        + " called for new joint projects in "
        + other
        + " and invited "
        + last(counterpart)
        + " to visit "
        + host.capital()
        + " at a convenient time. Both countries reaffirmed their support for the treaty on"
        + " good-neighbourliness signed in "
        + (2000 + random.nextInt(20))
        + ".";
  }

  private static String organisation(
      Random random, State host, String day, String area, String other) {
    String organisation = pick(random, ORGANISATIONS);
    String secretary = person(random);
    String minister = person(random);
    int year = 2025 + random.nextInt(3);
    return "Secretary-General of the "
        + organisation
        + " meets the Foreign Minister of "
        + host.name()
        + "\n\nOn "
        + day
        + ", Secretary-General of the "
        + organisation
        + " "
        + secretary
        + " met with Minister of Foreign Affairs of "
        + host.name()
        + " "
        + minister
        + " at the "
        + organisation
        + " Secretariat. The Secretary-General congratulated the Minister on the start of "
        + host.name()
        + "'s chairmanship of the "
        + organisation
        + " and expressed confidence in its success.\n\nThe Minister presented the priorities of"
        + " the presidency of "
        + host.name()
        + " in the "
        + organisation
        + " in "
        + year
        + ", which include "
        + area
        + " and "
        + other
        + ". The sides noted that the list of joint events for "
        + year
        + " was approved by the member states.";
  }

  private static String person(Random random) {
    return pick(random, GIVEN) + " " + pick(random, FAMILY);
  }

  private static String last(String name) {
    return name.substring(name.lastIndexOf(' ') + 1);
  }

  private static <T> T pick(Random random, List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
