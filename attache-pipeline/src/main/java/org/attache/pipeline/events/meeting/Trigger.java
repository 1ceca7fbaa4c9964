package org.attache.pipeline.events.meeting;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.attache.model.MeetingFormat;

/**
 * A word sequence that reports a meeting, from {@code meeting-triggers.tsv}.
 *
 * @param lemmas the lemmas to match, in order
 * @param pattern how the sides relate
 * @param format the format the words imply, if any
 * @param cameo the CAMEO code of the event
 */
record Trigger(List<String> lemmas, Pattern pattern, Optional<MeetingFormat> format, String cameo) {
  /** How the sides of a meeting relate to each other. */
  enum Pattern {
    /** The sides meet as equals. */
    MEET,
    /** The subject hosts the object. */
    RECEIVE,
    /** The object (an agent) hosts the subject: "was received by". */
    RECEIVED_BY,
    /** The subject visits the object. */
    VISIT,
    /** The subjects take part together in the meeting the object names. */
    PARTICIPATE
  }

  Trigger {
    lemmas = List.copyOf(lemmas);
    requireNonNull(pattern, "pattern is null");
    format = format == null ? Optional.empty() : format;
    requireNonNull(cameo, "cameo is null");
  }

  String rule() {
    return "meeting.trigger:" + String.join(" ", lemmas);
  }
}
