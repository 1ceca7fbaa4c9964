package org.attache.pipeline.events.parties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.attache.model.Agreement;
import org.attache.model.Event;
import org.attache.model.Instrument;
import org.attache.model.Meeting;
import org.attache.model.Participant;
import org.attache.model.Role;
import org.attache.model.Span;
import org.junit.jupiter.api.Test;

/** Which meeting a sentence tells of, and who took part in one, answered from an index. */
class MeetingsToldTest {
  private static Meeting meeting(String id, List<Span> evidence, String... actors) {
    return new Meeting(
        id,
        Optional.empty(),
        Optional.empty(),
        java.util.Arrays.stream(actors).map(a -> new Participant(a, Role.PARTICIPANT)).toList(),
        Optional.empty(),
        Optional.empty(),
        evidence,
        0.6,
        new TreeMap<>());
  }

  private static final Meeting AT_50 = meeting("at-50", List.of(new Span(50, 60)), "a1", "a2");
  private static final Meeting AT_10 = meeting("at-10", List.of(new Span(10, 20)), "a3", "a4");
  private static final Meeting AT_30 = meeting("at-30", List.of(new Span(30, 40)), "a5", "a6");
  private static final Meeting UNSEEN = meeting("unseen", List.of(), "a7", "a8");
  private static final Agreement AGREEMENT =
      new Agreement(
          "agreement",
          Instrument.TREATY,
          Optional.empty(),
          List.of("a9"),
          Optional.empty(),
          Optional.empty(),
          List.of(),
          Optional.empty(),
          Optional.empty(),
          List.of(new Span(0, 5)),
          0.6,
          new TreeMap<>());

  /** Meetings out of the order of their evidence, as merged reports can leave them. */
  private static final MeetingsTold TOLD =
      new MeetingsTold(List.<Event>of(AT_50, AGREEMENT, AT_10, UNSEEN, AT_30));

  @Test
  void givesTheLastMeetingInTheOrderOfTheEventsThatStartsBeforeTheOffset() {
    assertThat(TOLD.lastStartingBefore(10, false)).isEmpty();
    assertThat(TOLD.lastStartingBefore(10, true)).contains(AT_10);
    assertThat(TOLD.lastStartingBefore(31, false)).contains(AT_30);
    assertThat(TOLD.lastStartingBefore(50, false)).contains(AT_30);
    assertThat(TOLD.lastStartingBefore(51, false)).contains(AT_30);
    assertThat(TOLD.lastStartingBefore(20, false)).contains(AT_10);
  }

  @Test
  void givesTheFirstMeetingWithEvidence() {
    assertThat(TOLD.first()).contains(AT_50);
    assertThat(new MeetingsTold(List.of(AGREEMENT)).first()).isEmpty();
  }

  @Test
  void knowsWhoTookPartInAnyMeeting() {
    assertThat(List.of("a1", "a4", "a7", "a9", "a10"))
        .filteredOn(TOLD::takesPart)
        .containsExactly("a1", "a4", "a7");
  }
}
