package org.attache.store.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventMatcherTest {
  private static final Set<String> WANG_AND_LAVROV =
      Set.of("participant|person:1", "participant|person:2");

  private static Incoming meeting(Set<String> actors, String date) {
    return new Incoming("meeting", actors, Map.of("date", date));
  }

  private static Candidate stored(long id, Set<String> actors, String... dates) {
    return new Candidate(id, actors, Map.of("date", Set.of(dates)), false);
  }

  @Test
  void planTitlesAgreeWhenOneSaysNoMoreThanTheOtherYearsAside() {
    assertThat(
            EventMatcher.titlesAgree("plan of joint events", "Plan of joint events for 2023-2024"))
        .isTrue();
    assertThat(EventMatcher.titlesAgree("work plan 2021-2022", "work plan")).isTrue();
    assertThat(EventMatcher.titlesAgree("work plan", "programme of cooperation")).isFalse();
    assertThat(EventMatcher.titlesAgree("plan of joint events", "plan of consultations")).isFalse();
  }

  @Test
  void sameParticipantsAFewDaysApartAreOneMeeting() {
    assertThat(
            EventMatcher.match(
                meeting(WANG_AND_LAVROV, "2021-02-10"),
                List.of(stored(7, WANG_AND_LAVROV, "2021-02-08"))))
        .contains(7L);
  }

  @Test
  void aMonthMatchesADayWithinIt() {
    assertThat(
            EventMatcher.match(
                meeting(WANG_AND_LAVROV, "2021-02"),
                List.of(stored(7, WANG_AND_LAVROV, "2021-02-08"))))
        .contains(7L);
  }

  @Test
  void meetingsAWeekApartAreTwo() {
    assertThat(
            EventMatcher.match(
                meeting(WANG_AND_LAVROV, "2021-02-15"),
                List.of(stored(7, WANG_AND_LAVROV, "2021-02-08"))))
        .isEmpty();
  }

  @Test
  void oneSharedParticipantOfTwoIsNotEnough() {
    assertThat(
            EventMatcher.match(
                meeting(Set.of("participant|person:1", "participant|person:3"), "2021-02-08"),
                List.of(stored(7, WANG_AND_LAVROV, "2021-02-08"))))
        .isEmpty();
  }

  @Test
  void anExtraParticipantStillMatches() {
    Set<String> three =
        Set.of("participant|person:1", "participant|person:2", "participant|organisation:5");
    assertThat(
            EventMatcher.match(
                meeting(three, "2021-02-08"), List.of(stored(7, WANG_AND_LAVROV, "2021-02-08"))))
        .contains(7L);
  }

  @Test
  void theBestFittingCandidateWins() {
    Set<String> three =
        Set.of("participant|person:1", "participant|person:2", "participant|organisation:5");
    assertThat(
            EventMatcher.match(
                meeting(WANG_AND_LAVROV, "2021-02-08"),
                List.of(stored(3, three, "2021-02-08"), stored(9, WANG_AND_LAVROV, "2021-02-09"))))
        .contains(9L);
  }

  @Test
  void anUndatedMeetingMergesOnlyWithItsOwnDocument() {
    Incoming undated = new Incoming("meeting", WANG_AND_LAVROV, Map.of());
    assertThat(EventMatcher.match(undated, List.of(stored(7, WANG_AND_LAVROV, "2021-02-08"))))
        .isEmpty();
    Candidate own = new Candidate(8, WANG_AND_LAVROV, Map.of(), true);
    assertThat(EventMatcher.match(undated, List.of(own))).contains(8L);
  }

  @Test
  void anUndatedMeetingIsDatedByThePublicationOfItsReport() {
    Incoming undated =
        new Incoming("meeting", WANG_AND_LAVROV, Map.of(), Optional.of("2021-02-10"));
    assertThat(EventMatcher.match(undated, List.of(stored(7, WANG_AND_LAVROV, "2021-02-08"))))
        .contains(7L);
    Candidate reportedUndated =
        new Candidate(8, WANG_AND_LAVROV, Map.of(), false, Set.of("2021-02-12"));
    assertThat(EventMatcher.match(undated, List.of(reportedUndated))).contains(8L);
    Candidate reportedLater =
        new Candidate(9, WANG_AND_LAVROV, Map.of(), false, Set.of("2021-03-01"));
    assertThat(EventMatcher.match(undated, List.of(reportedLater))).isEmpty();
  }

  @Test
  void aDatedMeetingIsNotMatchedByPublicationWhenTheDatesDisagree() {
    Candidate dated =
        new Candidate(
            7, WANG_AND_LAVROV, Map.of("date", Set.of("2021-01-20")), false, Set.of("2021-02-09"));
    assertThat(EventMatcher.match(meeting(WANG_AND_LAVROV, "2021-02-08"), List.of(dated)))
        .isEmpty();
  }

  @Test
  void anUndatedMeetingMergesWithTheSameMeetingOfANearCopy() {
    Incoming undated = new Incoming("meeting", WANG_AND_LAVROV, Map.of());
    Candidate copied =
        new Candidate(
            7, WANG_AND_LAVROV, Map.of("date", Set.of("2021-02-08")), false, Set.of(), true);
    assertThat(EventMatcher.match(undated, List.of(copied))).contains(7L);
    Candidate copiedUndated = new Candidate(8, WANG_AND_LAVROV, Map.of(), false, Set.of(), true);
    assertThat(EventMatcher.match(undated, List.of(copiedUndated))).contains(8L);
  }

  @Test
  void meetingsOfANearCopyOnOtherDatesAreOtherMeetings() {
    Candidate copied =
        new Candidate(
            7, WANG_AND_LAVROV, Map.of("date", Set.of("2021-01-20")), false, Set.of(), true);
    assertThat(EventMatcher.match(meeting(WANG_AND_LAVROV, "2021-02-08"), List.of(copied)))
        .isEmpty();
  }

  @Test
  void theSameDateWinsOverANearOne() {
    Candidate near =
        new Candidate(
            3, WANG_AND_LAVROV, Map.of("date", Set.of("2021-02-06")), false, Set.of(), true);
    Candidate same =
        new Candidate(
            9, WANG_AND_LAVROV, Map.of("date", Set.of("2021-02-08")), false, Set.of(), true);
    assertThat(EventMatcher.match(meeting(WANG_AND_LAVROV, "2021-02-08"), List.of(near, same)))
        .contains(9L);
  }

  @Test
  void meetingsInOtherCitiesAreOtherMeetings() {
    Incoming inBeijing =
        new Incoming(
            "meeting",
            WANG_AND_LAVROV,
            Map.of("date", "2021-02-08", "place.city", "Beijing", "place.country", "CHN"));
    Candidate inMoscow =
        new Candidate(
            7,
            WANG_AND_LAVROV,
            Map.of("date", Set.of("2021-02-08"), "place.city", Set.of("Moscow")),
            false);
    Candidate inBeijingToo =
        new Candidate(
            8,
            WANG_AND_LAVROV,
            Map.of("date", Set.of("2021-02-08"), "place.city", Set.of("BEIJING")),
            false);
    Candidate inRussia =
        new Candidate(
            9,
            WANG_AND_LAVROV,
            Map.of("date", Set.of("2021-02-08"), "place.country", Set.of("RUS")),
            false);
    assertThat(EventMatcher.match(inBeijing, List.of(inMoscow))).isEmpty();
    assertThat(EventMatcher.match(inBeijing, List.of(inRussia))).isEmpty();
    assertThat(EventMatcher.match(inBeijing, List.of(inMoscow, inBeijingToo))).contains(8L);
  }

  private static final Set<String> SCO_AND_ASEAN =
      Set.of("party|organisation:1", "party|organisation:2");

  private static Incoming agreement(Set<String> parties, String instrument, String... date) {
    Map<String, String> fields =
        date.length == 0
            ? Map.of("instrument", instrument)
            : Map.of("instrument", instrument, "date", date[0]);
    return new Incoming("agreement", parties, fields, Optional.of("2021-02-08"));
  }

  private static Candidate agreement(long id, Set<String> parties, String... dates) {
    Map<String, Set<String>> fields =
        dates.length == 0
            ? Map.of("instrument", Set.of("memorandum_of_understanding"))
            : Map.of("instrument", Set.of("memorandum_of_understanding"), "date", Set.of(dates));
    return new Candidate(id, parties, fields, false, Set.of("2021-02-08"));
  }

  @Test
  void anAgreementIsOneInstrumentWithTheSamePartiesAndYear() {
    Candidate signed2005 = agreement(4, SCO_AND_ASEAN, "2005");
    assertThat(
            EventMatcher.match(
                agreement(SCO_AND_ASEAN, "memorandum_of_understanding", "2005-04-21"),
                List.of(signed2005)))
        .contains(4L);
    assertThat(EventMatcher.match(agreement(SCO_AND_ASEAN, "treaty", "2005"), List.of(signed2005)))
        .isEmpty();
    assertThat(
            EventMatcher.match(
                agreement(SCO_AND_ASEAN, "memorandum_of_understanding", "2010-05-01"),
                List.of(signed2005)))
        .isEmpty();
  }

  @Test
  void aPartyOnOneSideOnlyMakesAnotherInstrument() {
    Set<String> scoAndMongolia = Set.of("party|organisation:1", "party|organisation:3");
    Set<String> withMongolia =
        Set.of("party|organisation:1", "party|organisation:2", "party|organisation:3");
    Candidate signed2005 = agreement(4, SCO_AND_ASEAN, "2005");
    assertThat(
            EventMatcher.match(
                agreement(scoAndMongolia, "memorandum_of_understanding", "2005"),
                List.of(signed2005)))
        .isEmpty();
    assertThat(
            EventMatcher.match(
                agreement(withMongolia, "memorandum_of_understanding"), List.of(signed2005)))
        .isEmpty();
    assertThat(
            EventMatcher.match(
                agreement(Set.of("party|organisation:1"), "memorandum_of_understanding"),
                List.of(signed2005)))
        .isEmpty();
  }

  @Test
  void anUndatedReportOfAnInstrumentWithTheSamePartiesIsThatInstrument() {
    assertThat(
            EventMatcher.match(
                agreement(SCO_AND_ASEAN, "memorandum_of_understanding"),
                List.of(agreement(4, SCO_AND_ASEAN, "2005"))))
        .contains(4L);
    assertThat(
            EventMatcher.match(
                agreement(SCO_AND_ASEAN, "memorandum_of_understanding", "2005"),
                List.of(agreement(4, SCO_AND_ASEAN))))
        .contains(4L);
  }

  @Test
  void twoUndatedInstrumentsAreOneOnlyWhenReportedTogether() {
    Incoming undated = agreement(SCO_AND_ASEAN, "memorandum_of_understanding");
    Map<String, Set<String>> mou = Map.of("instrument", Set.of("memorandum_of_understanding"));
    Candidate reportedTheNextDay =
        new Candidate(4, SCO_AND_ASEAN, mou, false, Set.of("2021-02-09"));
    Candidate reportedYearsBefore =
        new Candidate(5, SCO_AND_ASEAN, mou, false, Set.of("2016-03-01"));
    Candidate unpublished = new Candidate(6, SCO_AND_ASEAN, mou, false);
    Candidate copied = new Candidate(7, SCO_AND_ASEAN, mou, false, Set.of(), true);
    assertThat(EventMatcher.match(undated, List.of(reportedTheNextDay))).contains(4L);
    assertThat(EventMatcher.match(undated, List.of(reportedYearsBefore, unpublished))).isEmpty();
    assertThat(EventMatcher.match(undated, List.of(reportedYearsBefore, copied))).contains(7L);
  }

  private static final Set<String> SPEAKER = Set.of("speaker|person:1");

  private static Incoming said(String date, String stance, String text) {
    Map<String, String> fields =
        date == null
            ? Map.of("stance", stance, "text", text)
            : Map.of("date", date, "stance", stance, "text", text);
    return new Incoming("statement", SPEAKER, fields);
  }

  private static Candidate statement(
      long id, Set<String> speaker, String date, String stance, String text, boolean copy) {
    Map<String, Set<String>> fields =
        date == null
            ? Map.of("stance", Set.of(stance), "text", Set.of(text))
            : Map.of("date", Set.of(date), "stance", Set.of(stance), "text", Set.of(text));
    return new Candidate(id, speaker, fields, false, Set.of(), copy);
  }

  @Test
  void oneClauseOfOneSpeakerReportedTwiceIsOneStatement() {
    Incoming said = said("2021-02-08", "support", "supported the   Initiative, firmly");
    assertThat(
            EventMatcher.match(
                said,
                List.of(
                    statement(
                        2,
                        SPEAKER,
                        "2021-02-09",
                        "support",
                        "supported the initiative firmly",
                        false))))
        .contains(2L);
  }

  @Test
  void aNearlySameClauseIsTheSameStatement() {
    Incoming said =
        said(
            "2021-02-08",
            "comment",
            "noted the importance of the cooperation between the two countries");
    Candidate near =
        statement(
            2,
            SPEAKER,
            "2021-02-08",
            "comment",
            "noted the importance of cooperation between the two countries",
            false);
    Candidate other =
        statement(3, SPEAKER, "2021-02-08", "comment", "noted the progress of the talks", false);
    assertThat(EventMatcher.match(said, List.of(other, near))).contains(2L);
    assertThat(EventMatcher.match(said, List.of(other))).isEmpty();
  }

  @Test
  void anotherSpeakerStanceOrOccasionIsAnotherStatement() {
    Incoming said = said("2021-02-08", "support", "supported the initiative");
    Set<String> otherSpeaker = Set.of("speaker|person:2");
    assertThat(
            EventMatcher.match(
                said,
                List.of(
                    statement(
                        2,
                        otherSpeaker,
                        "2021-02-08",
                        "support",
                        "supported the initiative",
                        false),
                    statement(
                        3, SPEAKER, "2021-02-08", "praise", "supported the initiative", false),
                    statement(
                        4, SPEAKER, "2021-06-01", "support", "supported the initiative", true))))
        .isEmpty();
  }

  @Test
  void anUndatedStatementIsOneOnlyWithTheSameStatementOfANearCopy() {
    Incoming said = said(null, "support", "supported the initiative");
    Candidate elsewhere =
        statement(2, SPEAKER, "2021-02-08", "support", "supported the initiative", false);
    Candidate copied = statement(3, SPEAKER, null, "support", "supported the initiative", true);
    assertThat(EventMatcher.match(said, List.of(elsewhere))).isEmpty();
    assertThat(EventMatcher.match(said, List.of(elsewhere, copied))).contains(3L);
  }

  @Test
  void aStatementReExtractedFromItsDocumentIsTheOneStoredBefore() {
    Incoming said = new Incoming("statement", SPEAKER, Map.of("stance", "support"));
    Candidate own = new Candidate(3, SPEAKER, Map.of("stance", Set.of("support")), true);
    Candidate ownOtherStance = new Candidate(4, SPEAKER, Map.of("stance", Set.of("praise")), true);
    assertThat(EventMatcher.match(said, List.of(ownOtherStance))).isEmpty();
    assertThat(EventMatcher.match(said, List.of(ownOtherStance, own))).contains(3L);
  }

  @Test
  void clausesAreComparedByTheirFoldedWords() {
    assertThat(EventMatcher.textSimilarity("Noted  the\nprogress.", "noted the progress"))
        .isEqualTo(1.0);
    assertThat(EventMatcher.textSimilarity("noted the progress", "noted the talks")).isEqualTo(0.5);
    assertThat(EventMatcher.textSimilarity("", "noted")).isEqualTo(0.0);
  }
}
