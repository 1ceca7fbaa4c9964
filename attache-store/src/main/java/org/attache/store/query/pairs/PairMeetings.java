package org.attache.store.query.pairs;

import java.util.List;
import org.attache.store.query.events.EventDetail;
import org.attache.store.query.events.MeetingsInYear;

/** The meetings of a pair: how many, how many undated, the count per year and the latest. */
public record PairMeetings(
    int total, long undated, List<MeetingsInYear> byYear, List<EventDetail> latest) {
  public PairMeetings {
    byYear = List.copyOf(byYear);
    latest = List.copyOf(latest);
  }
}
