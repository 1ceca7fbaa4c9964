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
  private static List<String> meetings(String body) {
    return meetings(null, body, "2024-03-07");
  }

  private static List<String> meetings(String title, String body, String published) {
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
        .containsExactly("2024-03-05 | ?, ? | Aibek Osmonov, Li Wenhao");
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
        .containsExactly("2024-03-05 | ?, ? | Nurlan Abenov, Karim Adel");
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
        .containsExactly("2024-03 | ?, ? | Aliya Nurova, Rashad Aliyev");
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
}
