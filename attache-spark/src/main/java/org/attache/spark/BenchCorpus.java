package org.attache.spark;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A corpus for {@link SparkBench}, made from communiqué templates written by the team: meetings,
 * visits, telephone talks, a joint statement and news that is not diplomatic, filled in with real
 * states and capitals and invented officials. The same count gives the same corpus.
 */
final class BenchCorpus {
  /** A state, its capital and two invented officials: a foreign minister and an ambassador. */
  private record State(String name, String capital, String minister, String ambassador) {}

  private static final List<State> STATES =
      List.of(
          new State("Mongolia", "Ulaanbaatar", "Batbold Gantulga", "Oyun Erdene"),
          new State("Kazakhstan", "Astana", "Yerlan Abenov", "Aidar Temirbekov"),
          new State("Viet Nam", "Hanoi", "Nguyen Van Thanh", "Tran Thi Lan"),
          new State("Malaysia", "Kuala Lumpur", "Hakim Rahman", "Aisyah Karim"),
          new State("Indonesia", "Jakarta", "Budi Santoso", "Dewi Lestari"),
          new State("Uzbekistan", "Tashkent", "Sardor Aliyev", "Dilnoza Karimova"),
          new State("Thailand", "Bangkok", "Somchai Wongsa", "Malee Chaiyaporn"),
          new State("Kyrgyzstan", "Bishkek", "Nurlan Osmonov", "Aigul Sadykova"),
          new State("Cambodia", "Phnom Penh", "Sokha Chan", "Dara Pich"),
          new State("Pakistan", "Islamabad", "Imran Qureshi", "Sana Malik"));

  private static final List<String> AREAS =
      List.of(
          "trade and investment",
          "energy and transport",
          "education and culture",
          "the fight against terrorism and drug trafficking",
          "agriculture and water",
          "tourism and the digital economy",
          "health and science");

  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private BenchCorpus() {}

  /** Writes {@code count} documents as a JSON Lines corpus with ids {@code bench-1}, ... */
  static Path write(Path file, int count) {
    try (BufferedWriter out = Files.newBufferedWriter(file, UTF_8)) {
      for (int i = 0; i < count; i++) {
        out.write(line(i));
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the corpus '" + file + "'", e);
    }
    return file;
  }

  private static String line(int i) {
    State host = STATES.get(i % STATES.size());
    State guest = STATES.get((i * 3 + 1) % STATES.size());
    if (guest.equals(host)) {
      guest = STATES.get((i + 1) % STATES.size());
    }
    String area = AREAS.get(i % AREAS.size());
    String other = AREAS.get((i + 3) % AREAS.size());
    LocalDate date = LocalDate.of(2025, 1, 1).plusDays(i % 300);
    String day = DAY_MONTH_YEAR.format(date);
    String[] document =
        switch (i % 5) {
          case 0 -> meeting(host, guest, area, other, day);
          case 1 -> telephone(host, guest, area, other, day);
          case 2 -> visit(host, guest, area, other, day);
          case 3 -> jointStatement(host, guest, area, other, day);
          default -> weather(host, day);
        };
    String text = i % 5 == 4 ? document[1] : document[1] + "\n\n" + background(host, guest, i);
    return "{\"id\":\"bench-"
        + (i + 1)
        + "\",\"title\":"
        + quoted(document[0])
        + ",\"text\":"
        + quoted(text)
        + ",\"published\":\""
        + date.plusDays(1)
        + "\"}";
  }

  private static String[] meeting(State host, State guest, String area, String other, String day) {
    return new String[] {
      "Minister of Foreign Affairs of "
          + host.name()
          + " receives the Ambassador of "
          + guest.name(),
      "On "
          + day
          + ", Minister of Foreign Affairs of "
          + host.name()
          + " "
          + host.minister()
          + " received Ambassador Extraordinary and Plenipotentiary of "
          + guest.name()
          + " to "
          + host.name()
          + " "
          + guest.ambassador()
          + " at the Ministry in "
          + host.capital()
          + ".\n\nThe sides reviewed the state of relations between the two countries and"
          + " discussed cooperation in "
          + area
          + ". The Minister noted the steady growth of contacts at all levels and the importance"
          + " of the intergovernmental commission, which will meet in "
          + guest.capital()
          + " later this year.\n\nAmbassador "
          + guest.ambassador()
          + " conveyed the greetings of the leadership of "
          + guest.name()
          + " and expressed readiness to deepen cooperation in "
          + other
          + ". The Minister thanked the Ambassador for the constructive dialogue and wished"
          + " him success in his mission."
    };
  }

  private static String[] telephone(
      State host, State guest, String area, String other, String day) {
    return new String[] {
      "Ministers of Foreign Affairs of " + host.name() + " and " + guest.name() + " speak by phone",
      "Minister of Foreign Affairs of "
          + host.name()
          + " "
          + host.minister()
          + " held a telephone conversation with Minister of Foreign Affairs of "
          + guest.name()
          + " "
          + guest.minister()
          + " on "
          + day
          + ".\n\nThe ministers discussed the preparations for the forthcoming visit of the"
          + " President of "
          + guest.name()
          + " to "
          + host.capital()
          + " and agreed to step up cooperation in "
          + area
          + ". They also exchanged views on regional issues and on coordination within"
          + " international organisations, including the United Nations.\n\n"
          + host.minister()
          + " stressed that "
          + host.name()
          + " attaches great importance to its relations with "
          + guest.name()
          + " and called for new joint projects in "
          + other
          + "."
    };
  }

  private static String[] visit(State host, State guest, String area, String other, String day) {
    return new String[] {
      "Minister of Foreign Affairs of " + guest.name() + " visits " + host.name(),
      "Minister of Foreign Affairs of "
          + guest.name()
          + " "
          + guest.minister()
          + " paid an official visit to "
          + host.name()
          + " on "
          + day
          + " at the invitation of Minister of Foreign Affairs of "
          + host.name()
          + " "
          + host.minister()
          + ".\n\nDuring the talks in "
          + host.capital()
          + ", the ministers discussed the implementation of the agreements reached at the"
          + " highest level and cooperation in "
          + area
          + ". The sides signed a memorandum of understanding on consultations between the two"
          + " foreign ministries for 2025-2027.\n\nThe guest also met the Speaker of the"
          + " Parliament of "
          + host.name()
          + " and visited a technology park, where he was briefed on projects in "
          + other
          + "."
    };
  }

  private static String[] jointStatement(
      State host, State guest, String area, String other, String day) {
    return new String[] {
      "Joint statement of " + host.name() + " and " + guest.name() + " on strategic partnership",
      "On "
          + day
          + " in "
          + host.capital()
          + ", "
          + host.name()
          + " and "
          + guest.name()
          + " adopted a joint statement on comprehensive strategic partnership.\n\nThe sides"
          + " reaffirmed their commitment to the principles of the Charter of the United"
          + " Nations and agreed to expand cooperation in "
          + area
          + " and in "
          + other
          + ". They welcomed the regular political dialogue between the foreign ministries"
          + " and supported each other's candidacies in international organisations.\n\n"
          + "Minister of Foreign Affairs of "
          + host.name()
          + " "
          + host.minister()
          + " said the statement opens a new stage in relations between the two countries."
    };
  }

  private static String background(State host, State guest, int i) {
    return "Diplomatic relations between "
        + host.name()
        + " and "
        + guest.name()
        + " were established in "
        + (1990 + i % 12)
        + ". Over the past years the two countries have held regular political consultations"
        + " between their foreign ministries, and trade between them has grown steadily. The"
        + " side of "
        + host.name()
        + " proposed to hold the next round of consultations in "
        + host.capital()
        + " and to prepare a new programme of cooperation for the coming years. The sides also"
        + " agreed to support each other within the United Nations and other international"
        + " organisations, and to encourage direct contacts between universities, businesses"
        + " and the regions of the two countries.";
  }

  private static String[] weather(State state, String day) {
    return new String[] {
      "Heavy rain expected in the north of " + state.name(),
      "The weather service of "
          + state.name()
          + " expects heavy rain across the north of the country from "
          + day
          + ". Rivers may rise quickly in the mountain valleys, and drivers are advised to take"
          + " care on mountain roads.\n\nThe ferry to the islands will not run for two days,"
          + " and schools near the rivers may close. Residents of "
          + state.capital()
          + " should expect strong winds in the evening, with temperatures falling to ten"
          + " degrees overnight.\n\nThe service said that the rain should ease by the end of the"
          + " week, when warmer air will reach the south. Farmers are advised to delay the"
          + " harvest in the lowlands, and the national park will keep its northern trails closed"
          + " until the rivers fall. Updates will be published every three hours on the website"
          + " of the service and on the radio."
    };
  }

  private static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
