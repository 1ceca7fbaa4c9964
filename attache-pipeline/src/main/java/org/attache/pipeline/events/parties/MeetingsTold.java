package org.attache.pipeline.events.parties;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attache.model.Event;
import org.attache.model.Meeting;
import org.attache.model.Participant;
import org.attache.pipeline.analysis.Sorted;

/**
 * The meetings among a document's events, indexed once for the rules that ask, sentence by
 * sentence, which meeting the text is telling of and who took part in one: each question is then
 * answered by a binary search or a look-up rather than by going through every event.
 */
public final class MeetingsTold {
  /** The meetings with evidence, in the order of the events. */
  private final List<Meeting> told = new ArrayList<>();

  /** The starts of their first evidence, ascending. */
  private final int[] starts;

  /**
   * For the first k meetings by start ({@code k - 1} the index here), the latest of them in the
   * order of the events.
   */
  private final int[] latestAmongFirst;

  private final Set<String> participants = new HashSet<>();

  public MeetingsTold(List<Event> events) {
    for (Event event : events) {
      if (event instanceof Meeting meeting) {
        meeting.participants().stream().map(Participant::actor).forEach(participants::add);
        if (!meeting.evidence().isEmpty()) {
          told.add(meeting);
        }
      }
    }
    Integer[] byStart = new Integer[told.size()];
    for (int i = 0; i < byStart.length; i++) {
      byStart[i] = i;
    }
    Arrays.sort(byStart, Comparator.comparingInt(i -> told.get(i).evidence().get(0).start()));
    starts = new int[byStart.length];
    latestAmongFirst = new int[byStart.length];
    int latest = -1;
    for (int k = 0; k < byStart.length; k++) {
      starts[k] = told.get(byStart[k]).evidence().get(0).start();
      latest = Math.max(latest, byStart[k]);
      latestAmongFirst[k] = latest;
    }
  }

  /** The first meeting with evidence, in the order of the events. */
  public Optional<Meeting> first() {
    return told.isEmpty() ? Optional.empty() : Optional.of(told.get(0));
  }

  /**
   * The last meeting, in the order of the events, whose evidence starts before the offset (or at
   * it, where {@code inclusive}).
   */
  public Optional<Meeting> lastStartingBefore(int offset, boolean inclusive) {
    int low =
        Sorted.partitionPoint(
            starts.length, i -> starts[i] < offset || (inclusive && starts[i] == offset));
    return low == 0 ? Optional.empty() : Optional.of(told.get(latestAmongFirst[low - 1]));
  }

  /** Whether the actor takes part in some meeting. */
  public boolean takesPart(String actor) {
    return participants.contains(actor);
  }
}
