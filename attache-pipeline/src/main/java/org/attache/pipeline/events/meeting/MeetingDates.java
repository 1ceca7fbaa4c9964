package org.attache.pipeline.events.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.attache.model.Span;
import org.attache.pipeline.time.DateFinder;
import org.attache.pipeline.time.TemporalMention;

/** The date a sentence gives the meeting one of its words reports. */
final class MeetingDates {
  /** Words before a date that make it the date of something else ("since April 2016"). */
  private static final Set<String> NOT_EVENT_DATE = Set.of("since", "until", "till", "from");

  private final DateFinder dates = new DateFinder();

  /**
   * Of the point dates outside the dateline and outside relative clauses ("X, who arrived on
   * Sunday, met Y"), the one nearest the meeting word; for a meeting told in a relative clause ("A,
   * who met B on Monday, said ..."), the one in that clause.
   */
  Optional<TemporalMention> near(MeetingSentence s, int triggerToken, Optional<Span> clause) {
    int offset = s.sentence().span().start();
    int datelineEnd = s.datelineEnd();
    List<Span> relative = new ArrayList<>(s.relativeClauses());
    relative.addAll(s.sinceClauses());
    int trigger = s.token(triggerToken).start();
    String text = s.analysis().text();
    TemporalMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TemporalMention mention : dates.find(s.text(), s.published())) {
      int start = offset + mention.start();
      if (mention.kind() != TemporalMention.Kind.DATE || start < datelineEnd) {
        continue;
      }
      boolean inRelative = relative.stream().anyMatch(r -> r.start() <= start && start < r.end());
      boolean inClause = clause.map(c -> c.start() <= start && start < c.end()).orElse(false);
      if (clause.isPresent() ? !inClause : inRelative) {
        continue;
      }
      if (NOT_EVENT_DATE.contains(wordBefore(text, start))) {
        continue;
      }
      int distance = Math.abs(start - trigger);
      if (distance < bestDistance) {
        best = mention;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The word that ends just before the offset, in lower case. */
  private static String wordBefore(String text, int offset) {
    int end = offset;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return text.substring(start, end).toLowerCase(Locale.ROOT);
  }
}
