package org.attache.pipeline.events.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.attache.model.DocumentRecord;
import org.attache.model.Meeting;
import org.attache.model.Participant;
import org.attache.pipeline.testing.ExtractorTesting;
import org.junit.jupiter.api.Test;

/**
 * The constructions of meetings, each on a short text written for the test (the people are
 * invented; the states, organisations and posts are real). A meeting reads as its date, its place
 * and its participants (names of people, codes of states and organisations).
 */
class MeetingConstructionsTest {
  static List<String> meetings(String body) {
    return meetings(null, body, "2024-03-07");
  }

  static List<String> meetings(String title, String body, String published) {
    DocumentRecord record = ExtractorTesting.extract(title, body, published);
    List<String> read = new ArrayList<>();
    for (Meeting meeting : record.events(Meeting.class)) {
      List<String> sides = new ArrayList<>();
      for (Participant participant : meeting.participants()) {
        var actor = record.actor(participant.actor()).orElseThrow();
        sides.add(actor.code().orElse(actor.name()));
      }
      String place =
          meeting.place().flatMap(p -> p.city()).orElse("?")
              + ", "
              + meeting.place().flatMap(p -> p.country()).orElse("?");
      read.add(meeting.date().orElse("?") + " | " + place + " | " + String.join(", ", sides));
    }
    return read;
  }

  @Test
  void theSourceOfTheReportIsNoSide() {
    assertThat(
            meetings(
                "Minister of Foreign Affairs of Kyrgyzstan Aibek Osmonov received Ambassador of"
                    + " China Li Wenhao on Tuesday, citing Kabar."))
        .containsExactly("2024-03-05 | ?, KGZ | Aibek Osmonov, Li Wenhao");
  }

  @Test
  void aStateNamedAsThePlaceIsNoSide() {
    assertThat(
            meetings(
                "The Minister of Foreign Affairs of Brazil Paulo Ribeiro met the Minister of"
                    + " Foreign Affairs of India Arjun Mehta in Moscow, Russia, on 5 March 2024."))
        .containsExactly("2024-03-05 | Moscow, RUS | Paulo Ribeiro, Arjun Mehta");
  }

  @Test
  void anOwnerIsNoSideButTheOwnerOfAVisitIs() {
    assertThat(
            meetings(
                "President of Kazakhstan Nurlan Abenov met President Omar Farouk's envoy, Prime"
                    + " Minister of Egypt Karim Adel, on 5 March 2024."))
        // the envoy came to the president: the meeting is in the president's state
        .containsExactly("2024-03-05 | ?, KAZ | Nurlan Abenov, Karim Adel");
    assertThat(meetings("Prime Minister of Japan Kenji Sato's two-day visit to India began today."))
        .containsExactly("2024-03-07 | ?, IND | Kenji Sato, IND");
  }

  @Test
  void theSideAfterTheWordEndsAtTheNextVerb() {
    assertThat(
            meetings(
                "Prime Minister of Italy Marco Conti met President of France Luc Moreau on 5 March"
                    + " 2024 and discussed the release of Ivan Petrov."))
        .containsExactly("2024-03-05 | ?, ? | Marco Conti, Luc Moreau");
  }

  @Test
  void meetingsToComeAreNoMeetings() {
    assertThat(
            meetings(
                "Minister of Foreign Affairs of Russia Oleg Ivanov will hold talks with Minister"
                    + " of Foreign Affairs of Mongolia Bat Erdene, meet with President of Mongolia"
                    + " Tumur Baatar and visit the parliament."))
        .isEmpty();
    assertThat(
            meetings(
                "A meeting between Minister of Foreign Affairs of Russia Oleg Ivanov and Secretary"
                    + " of State of the United States Paul Grant would take place in July."))
        .isEmpty();
    assertThat(
            meetings(
                "The two governments plan to sign the deal when Prime Minister of Japan Kenji Sato"
                    + " visits India for talks with Prime Minister of India Ravi Kumar."))
        .isEmpty();
  }

  @Test
  void theAimOfAJourneyToldInThePastWasCarriedOut() {
    assertThat(
            meetings(
                "Special Envoy of the United Kingdom Tom Hale travelled to Bolivia on 4 March 2024"
                    + " to meet President of Bolivia Juan Quispe."))
        .containsExactly("2024-03-04 | ?, BOL | Tom Hale, Juan Quispe");
  }

  @Test
  void aMeetingToldInARelativeClauseAboutAPerson() {
    assertThat(
            meetings(
                "The Days of Culture will be held in 2025, said Minister of Culture of Kazakhstan"
                    + " Aliya Nurova, who met with Ambassador of Azerbaijan Rashad Aliyev."))
        .containsExactly("2024-03 | ?, KAZ | Aliya Nurova, Rashad Aliyev");
  }

  @Test
  void hostingWhatIsNoGuestIsNoMeeting() {
    assertThat(
            meetings(
                "President of Egypt Omar Farouk praised Jordan for hosting millions of refugees"
                    + " from Syria and Iraq."))
        .isEmpty();
  }

  @Test
  void aSentenceThatRefersBackAddsToTheMeetingItRefersTo() {
    assertThat(
            meetings(
                "Minister of Foreign Affairs of Turkmenistan Batyr Orazov held a meeting with"
                    + " Deputy Assistant Secretary of State Mark Dale on 5 March 2024. During the"
                    + " talks, the Turkmen side thanked the United States for the participation of"
                    + " the American delegation in the UN conference."))
        .containsExactly("2024-03-05 | ?, ? | Batyr Orazov, Mark Dale");
  }

  @Test
  void theFrameOpeningASentenceNamesNoSideOfItsMeeting() {
    assertThat(
            meetings(
                "During a visit to Chile, the President of Peru Rosa Vargas met Minister of"
                    + " Foreign Affairs of Chile Pablo Soto on 5 March 2024."))
        .containsExactly("2024-03-05 | ?, CHL | Rosa Vargas, Pablo Soto");
  }

  @Test
  void aMeetingThisMorningIsOnThePublicationDay() {
    assertThat(
            meetings(
                "Minister of Foreign Affairs of China Wei Ming held talks with Secretary of State of"
                    + " the United States Paul Grant this morning."))
        .containsExactly("2024-03-07 | ?, ? | Wei Ming, Paul Grant");
  }

  @Test
  void moreShapesOfDatelines() {
    assertThat(
            meetings(
                "Test",
                "Ulaanbaatar /MONTSAME/. On March 16, Minister of Foreign Affairs of Mongolia"
                    + " Batbold Tserendorj received Ambassador of Japan to Mongolia Kenji Sato.",
                "2024-03-18"))
        .containsExactly("2024-03-16 | Ulaanbaatar, MNG | Batbold Tserendorj, Kenji Sato");
    assertThat(
            meetings(
                "Test",
                "(Trend) BAKU, Azerbaijan, March 5. Minister of Foreign Affairs of Azerbaijan Elvin"
                    + " Aliyev received Ambassador of Italy to Azerbaijan Marco Rossi.",
                "2024-03-05"))
        .containsExactly("2024-03 | Baku, AZE | Elvin Aliyev, Marco Rossi");
  }

  @Test
  void aCityIsNamedAsTheTextNamesItWhereItIsAnotherName() {
    assertThat(
            meetings(
                "Test",
                "NUR-SULTAN. KAZINFORM – Minister of Foreign Affairs of Kazakhstan Arman Dzhaksy"
                    + " received Ambassador of Italy to Kazakhstan Marco Rossi.",
                "2021-04-08"))
        .containsExactly("2021-04 | Nur-Sultan, KAZ | Arman Dzhaksy, Marco Rossi");
  }

  @Test
  void theMeetingsOfAVisitTakeItsDestination() {
    assertThat(
            meetings(
                "Minister of Foreign Affairs of Turkmenistan Batyr Orazov, who is on a visit to"
                    + " Ankara, held a meeting with President of Turkey Kemal Aydin."))
        .containsExactly("2024-03 | Ankara, TUR | Batyr Orazov, Kemal Aydin");
    assertThat(
            meetings(
                "Minister of Foreign Affairs of Russia Oleg Ivanov arrived in the Mongolian"
                    + " capital, Ulaanbaatar, on Tuesday. Oleg Ivanov held talks with Minister of"
                    + " Foreign Affairs of Mongolia Bat Erdene."))
        .containsExactly("2024-03 | Ulaanbaatar, MNG | Oleg Ivanov, Bat Erdene");
  }

  @Test
  void aStatesOfficeStandsInItsCapital() {
    assertThat(
            meetings(
                "Secretary-General of the SCO Ivan Petrov met with Deputy Minister of Foreign"
                    + " Affairs of China Li Ming at the Ministry of Foreign Affairs of China on 5"
                    + " March 2024."))
        .containsExactly("2024-03-05 | Beijing, CHN | Ivan Petrov, Li Ming");
    assertThat(
            meetings(
                "Prime Minister of Ethiopia Abebe Kebede received President of Comoros Said Ali at"
                    + " the Office of the Prime Minister."))
        .containsExactly("2024-03 | Addis Ababa, ETH | Abebe Kebede, Said Ali");
  }

  @Test
  void ofSeveralPlacesTheOneAfterTheMeetingWord() {
    assertThat(
            meetings(
                "On the sidelines of the campaign at the United Nations Headquarters, Minister of"
                    + " Foreign Affairs of Indonesia Dewi Lestari held a meeting with Secretary of"
                    + " State of the United States Paul Grant at the State Department, Washington"
                    + " DC."))
        .containsExactly("2024-03 | Washington, USA | Dewi Lestari, Paul Grant");
  }

  @Test
  void anEnvoyMeetsWhereAccreditedAndAHostAtHome() {
    assertThat(
            meetings(
                "Minister of Foreign Affairs of Kazakhstan Arman Dzhaksy met with Ambassador of"
                    + " Russia to Kazakhstan Pavel Orlov on 5 March 2024."))
        .containsExactly("2024-03-05 | ?, KAZ | Arman Dzhaksy, Pavel Orlov");
    assertThat(
            meetings(
                "Minister of Foreign Affairs of Kyrgyzstan Aibek Osmonov met with the Ambassador"
                    + " of Turkey Mehmet Kaya."))
        .containsExactly("2024-03 | ?, KGZ | Aibek Osmonov, Mehmet Kaya");
  }

  @Test
  void aSentenceWithOneSideGivesItsPlaceToThatSidesMeeting() {
    assertThat(
            meetings(
                "Ambassadors of four states presented their credentials to President of India Ravi"
                    + " Kumar at Rashtrapati Bhavan. Ambassador of France Jean Martin presented"
                    + " his credentials to President Ravi Kumar."))
        .containsExactly("2024-03 | New Delhi, IND | Jean Martin, Ravi Kumar");
  }

  @Test
  void theOwnerOfAVisitAndTheStateItsWordsName() {
    assertThat(
            meetings(
                "President of China Wei Ming recalled the outcomes reached during President Paul"
                    + " Grant's China visit last September."))
        .containsExactly("2023-09 | ?, CHN | Paul Grant, CHN");
  }

  @Test
  void aCollectiveSubjectStandsForTheStatesOfTheSentenceBefore() {
    assertThat(
            meetings(
                "Japan and India agreed on Saturday to hold a joint exercise. In inaugural"
                    + " \"two-plus-two\" security talks, the nations' foreign and defense ministers"
                    + " also welcomed progress on a supply pact."))
        .containsExactly("2024-03 | ?, ? | JPN, IND");
  }

  @Test
  void aWelcomeOfAGuestIsAMeetingAndAWelcomeOfAThingIsNot() {
    assertThat(
            meetings(
                "Secretary General of NATO Lars Holm welcomed Secretary of Defense of the United"
                    + " States Paul Grant to NATO Headquarters on 5 March 2024. Lars Holm also"
                    + " welcomed Norway's decision and the Danish proposal."))
        .containsExactly("2024-03-05 | Brussels, BEL | Lars Holm, Paul Grant");
  }
}
