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
  void agreementsMatchByInstrumentPartiesAndYear() {
    Set<String> parties = Set.of("party|organisation:1", "party|organisation:2");
    Incoming mou =
        new Incoming("agreement", parties, Map.of("instrument", "memorandum_of_understanding"));
    Candidate signed2005 =
        new Candidate(
            4,
            Set.of("party|organisation:1", "party|organisation:2", "party|organisation:3"),
            Map.of("instrument", Set.of("memorandum_of_understanding"), "date", Set.of("2005")),
            false);
    assertThat(EventMatcher.match(mou, List.of(signed2005))).contains(4L);
    Incoming treaty = new Incoming("agreement", parties, Map.of("instrument", "treaty"));
    assertThat(EventMatcher.match(treaty, List.of(signed2005))).isEmpty();
    Incoming mou2010 =
        new Incoming(
            "agreement",
            parties,
            Map.of("instrument", "memorandum_of_understanding", "date", "2010-05-01"));
    assertThat(EventMatcher.match(mou2010, List.of(signed2005))).isEmpty();
  }

  @Test
  void statementsMergeOnlyWithinTheirDocument() {
    Set<String> speaker = Set.of("speaker|person:1");
    Incoming said = new Incoming("statement", speaker, Map.of("stance", "support"));
    Candidate elsewhere = new Candidate(2, speaker, Map.of("stance", Set.of("support")), false);
    Candidate own = new Candidate(3, speaker, Map.of("stance", Set.of("support")), true);
    Candidate ownOtherStance = new Candidate(4, speaker, Map.of("stance", Set.of("praise")), true);
    assertThat(EventMatcher.match(said, List.of(elsewhere, ownOtherStance))).isEmpty();
    assertThat(EventMatcher.match(said, List.of(elsewhere, own))).isEqualTo(Optional.of(3L));
  }
}
