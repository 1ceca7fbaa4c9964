package org.attache.eval;

import org.attache.model.Require;

/**
 * Meeting figures.
 *
 * @param events paired meetings
 * @param participants participants matched over paired meetings; unpaired meetings count all their
 *     participants as predicted or gold
 * @param date right dates over pairs
 * @param place right places over the pairs whose gold gives a city or a country
 */
public record MeetingFigures(Score events, Score participants, Accuracy date, Accuracy place) {
  public MeetingFigures {
    Require.nonNull("events, participants, date, place", events, participants, date, place);
  }

  public MeetingFigures plus(MeetingFigures other) {
    return new MeetingFigures(
        events.plus(other.events),
        participants.plus(other.participants),
        date.plus(other.date),
        place.plus(other.place));
  }
}
