package org.attache.pipeline.events.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.Event;
import org.attache.model.Meeting;
import org.attache.model.Span;
import org.attache.pipeline.time.TemporalMention;

/**
 * When an instrument was signed, where the text gives it other than inside the instrument's phrase:
 * a date of the signing sentence, the nearest to the signing word ("signed on Tuesday", "signed
 * today", "signed in Moscow on 5 June", "signed in 2019"); a recalled signing ("the treaty signed
 * thirty years ago"); else the date of the meeting told of in the same sentence or the one before
 * ("signed during the talks"), as an instrument signed during a meeting takes the meeting's date.
 */
final class SigningDates {
  private static final Pattern AGO =
      Pattern.compile("\\b([a-z]+|[0-9]{1,3})[ -]years? ago\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern TENS =
      Pattern.compile("(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)");

  private SigningDates() {}

  /**
   * The signing date from the sentence's dates (offsets relative to the sentence), nearest to the
   * signing word at {@code cueStart}..{@code cueEnd} (sentence offsets).
   */
  static Optional<String> inSentence(
      List<TemporalMention> dates,
      int cueStart,
      int cueEnd,
      String sentence,
      Optional<LocalDate> published,
      SortedMap<String, String> provenance) {
    TemporalMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TemporalMention date : dates) {
      if (date.kind() != TemporalMention.Kind.DATE) {
        continue;
      }
      int distance =
          date.start() >= cueEnd ? date.start() - cueEnd : Math.max(0, cueStart - date.end());
      if (distance < bestDistance) {
        best = date;
        bestDistance = distance;
      }
    }
    if (best != null) {
      provenance.put("signed", "the date of the signing sentence nearest the signing word");
      return Optional.of(best.value());
    }
    Matcher ago = AGO.matcher(sentence);
    if (published.isPresent() && ago.find() && ago.start() >= cueStart) {
      OptionalInt years = years(ago.group(1).toLowerCase(Locale.ROOT));
      if (years.isPresent()) {
        provenance.put("signed", "'" + ago.group() + "' before the publication year");
        return Optional.of(String.valueOf(published.get().getYear() - years.getAsInt()));
      }
    }
    return Optional.empty();
  }

  /**
   * The dated meetings of a document, indexed once by the start of each of their evidence spans, so
   * that the meeting told in a sentence is found by a look-up.
   */
  static final class Meetings {
    /** For each start of an evidence span, the first meeting in the order of the events. */
    private final NavigableMap<Integer, Told> byStart = new TreeMap<>();

    private record Told(Span evidence, Meeting meeting) {}

    Meetings(List<Event> events) {
      for (Event event : events) {
        if (event instanceof Meeting meeting && meeting.date().isPresent()) {
          for (Span evidence : meeting.evidence()) {
            byStart.putIfAbsent(evidence.start(), new Told(evidence, meeting));
          }
        }
      }
    }

    /** The date of a meeting read from this sentence, else from the sentence before. */
    Optional<String> of(Span sentence, Optional<Span> before, SortedMap<String, String> prov) {
      for (Optional<Span> span : List.of(Optional.of(sentence), before)) {
        if (span.isEmpty()) {
          continue;
        }
        Optional<Meeting> meeting = in(span.get());
        if (meeting.isPresent()) {
          prov.put(
              "signed",
              span.get().equals(sentence)
                  ? "the date of the meeting told in the signing sentence"
                  : "the date of the meeting told in the sentence before");
          return meeting.get().date();
        }
      }
      return Optional.empty();
    }

    /** A meeting whose evidence overlaps the span: one that starts inside it, else before it. */
    private Optional<Meeting> in(Span span) {
      Map.Entry<Integer, Told> inside = byStart.ceilingEntry(span.start());
      if (inside != null && inside.getKey() < span.end()) {
        return Optional.of(inside.getValue().meeting());
      }
      Map.Entry<Integer, Told> earlier = byStart.lowerEntry(span.start());
      if (earlier != null && overlaps(earlier.getValue().evidence(), span)) {
        return Optional.of(earlier.getValue().meeting());
      }
      return Optional.empty();
    }
  }

  private static boolean overlaps(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  private static OptionalInt years(String words) {
    OptionalInt number = Counts.number(words);
    if (number.isPresent()) {
      return number;
    }
    Matcher tens = TENS.matcher(words);
    if (tens.matches()) {
      int index =
          List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
              .indexOf(tens.group(1));
      return OptionalInt.of(20 + 10 * index);
    }
    return words.matches("[0-9]{1,3}")
        ? OptionalInt.of(Integer.parseInt(words))
        : OptionalInt.empty();
  }
}
