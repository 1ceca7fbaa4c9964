package org.attache.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.model.DocumentRecord;
import org.attache.model.Meeting;
import org.attache.model.MeetingFormat;
import org.attache.pipeline.testing.ExtractorTesting;
import org.junit.jupiter.api.Test;

/**
 * The constructions the extractor reads, each on a short text written for the test (the people are
 * invented; the states, organisations and posts are real).
 */
class ConstructionsTest {
  @Test
  void titleOfStateBeforeTheName() {
    DocumentRecord record =
        ExtractorTesting.extract(
            null,
            "On 4 March 2024, Minister of Foreign Affairs of Uzbekistan Akmal Rustamov met with"
                + " Minister of Foreign Affairs of Mongolia Sarnai Ganbold in Tashkent.",
            "2024-03-05");

    assertThat(ExtractorTesting.people(record))
        .containsExactlyInAnyOrder(
            "Akmal Rustamov | Minister of Foreign Affairs | UZB | -",
            "Sarnai Ganbold | Minister of Foreign Affairs | MNG | -");
    Meeting meeting = record.events(Meeting.class).get(0);
    assertThat(meeting.date()).contains("2024-03-04");
    assertThat(meeting.place().flatMap(p -> p.city())).contains("Tashkent");
    assertThat(ExtractorTesting.participants(record, meeting))
        .containsExactly("Akmal Rustamov (host)", "Sarnai Ganbold (guest)");
  }

  @Test
  void aSignOffLineOfCityAndDatePlacesTheMeetingWhereSomeoneIsAtHome() {
    String body =
        "The Minister of Foreign Affairs of Kazakhstan Daulet Serikov met yesterday with the"
            + " Ambassador of Japan Kenji Morita. They discussed trade.\n\n";
    Meeting signedOff =
        ExtractorTesting.extract(null, body + "Almaty, 17 June 2024", "2024-06-17")
            .events(Meeting.class)
            .get(0);
    assertThat(signedOff.place().flatMap(p -> p.city())).contains("Almaty");
    assertThat(signedOff.place().flatMap(p -> p.country())).contains("KAZ");
    Meeting sentence =
        ExtractorTesting.extract(
                null,
                body
                    + "The talks lasted two hours. A dinner followed.\n\nAlmaty, where the talks"
                    + " began, hosts the forum in 2025.",
                "2024-06-17")
            .events(Meeting.class)
            .get(0);
    assertThat(sentence.place().flatMap(p -> p.city())).isEmpty();
  }

  @Test
  void namesThenTitlesDistributedOverTheirStates() {
    DocumentRecord record =
        ExtractorTesting.extract(
            null,
            "The Secretary-General of the SCO received Ali Karimi and Rustam Sadykov, Ambassadors"
                + " of Iran and Kyrgyzstan to the People's Republic of China.",
            "2024-03-05");

    assertThat(ExtractorTesting.people(record))
        .contains("Ali Karimi | Ambassador | IRN | CHN", "Rustam Sadykov | Ambassador | KGZ | CHN");
  }

  @Test
  void demonymAndCounterpart() {
    DocumentRecord record =
        ExtractorTesting.extract(
            null,
            "Russian Foreign Minister Pavel Orlov and his Austrian counterpart Anna Berger held"
                + " talks in Vienna on Monday.",
            "2024-03-06");

    assertThat(ExtractorTesting.people(record))
        .containsExactlyInAnyOrder(
            "Pavel Orlov | Minister of Foreign Affairs | RUS | -",
            "Anna Berger | Minister of Foreign Affairs | AUT | -");
    Meeting meeting = record.events(Meeting.class).get(0);
    assertThat(meeting.date()).contains("2024-03-04");
    assertThat(ExtractorTesting.participants(record, meeting))
        .containsExactly("Pavel Orlov (guest)", "Anna Berger (host)");
  }

  @Test
  void descriptionResolvesToThePersonHoldingThePost() {
    DocumentRecord record =
        ExtractorTesting.extract(
            "UK PM receives NATO Secretary General",
            "Prime Minister Helen Carter received NATO Secretary General Lars Holm in London."
                + " The Secretary General thanked the Prime Minister for the United Kingdom's"
                + " contribution.",
            "2024-05-14");

    assertThat(ExtractorTesting.people(record))
        .containsExactlyInAnyOrder(
            "Helen Carter | Prime Minister | GBR | -", "Lars Holm | Secretary-General | NATO | -");
    List<Meeting> meetings = record.events(Meeting.class);
    assertThat(meetings).hasSize(1);
    assertThat(ExtractorTesting.participants(record, meetings.get(0)))
        .containsExactly("Helen Carter (host)", "Lars Holm (guest)");
  }

  @Test
  void passiveReceptionMakesTheAgentTheHost() {
    DocumentRecord record =
        ExtractorTesting.extract(
            null,
            "Ambassador of Japan to Kazakhstan Kenji Sato was received by President of Kazakhstan"
                + " Nurlan Abenov on 2 April 2024.",
            "2024-04-03");

    Meeting meeting = record.events(Meeting.class).get(0);
    assertThat(ExtractorTesting.participants(record, meeting))
        .containsExactly("Kenji Sato (guest)", "Nurlan Abenov (host)");
    assertThat(ExtractorTesting.people(record)).contains("Kenji Sato | Ambassador | JPN | KAZ");
  }

  @Test
  void telephoneConversationIsAPhoneMeeting() {
    DocumentRecord record =
        ExtractorTesting.extract(
            null,
            "Yesterday, President of Egypt Omar Farouk held a telephone conversation with King of"
                + " Jordan Faisal Hamdan.",
            "2024-06-11");

    Meeting meeting = record.events(Meeting.class).get(0);
    assertThat(meeting.format()).contains(MeetingFormat.PHONE);
    assertThat(meeting.date()).contains("2024-06-10");
  }

  @Test
  void aMeetingOnlyPlannedIsNotReported() {
    DocumentRecord record =
        ExtractorTesting.extract(
            null,
            "President of Finland Mikko Lahti will meet with Prime Minister of Estonia Kadri Tamm"
                + " next week. The upcoming visit of the Estonian Prime Minister to Helsinki is"
                + " expected to focus on energy.",
            "2024-06-11");

    assertThat(record.events(Meeting.class)).isEmpty();
  }

  @Test
  void aTextWithNoDiplomacyReportsNothing() {
    DocumentRecord record =
        ExtractorTesting.extract(
            "Local team wins the cup",
            "The coach met the players on Monday and said the team had played its best season."
                + " Fans celebrated in the city centre until late.",
            "2024-06-11");

    assertThat(record.events()).isEmpty();
    assertThat(record.document().diplomatic()).isFalse();
  }
}
