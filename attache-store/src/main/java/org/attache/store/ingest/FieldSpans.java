package org.attache.store.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.attache.model.Span;
import org.attache.pipeline.time.DateFinder;
import org.attache.pipeline.time.TemporalMention;

/**
 * Which of an event's evidence sentences each of its fields was read from.
 *
 * <p>A record gives an event the spans of all the sentences it was read from, not the sentence of
 * each field. A field whose value the text writes out is read from the sentences that write it: a
 * date, or the first or last date of a period, from the sentences in which the extractor's own
 * {@link DateFinder} finds that date (resolved against the publication date as the extractor
 * resolves it); a place, title, clause, occasion or capacity from the sentences that hold its text
 * (case and spacing aside). Every other field (the instrument, the stance, codes, areas), and a
 * field that no sentence writes out (a date taken from the publication), keeps all the evidence.
 * Linear in the length of the evidence.
 */
final class FieldSpans {
  private static final Set<String> DATES = Set.of("date", "period.from", "period.to");
  private static final Set<String> WRITTEN =
      Set.of("place.name", "place.city", "title", "text", "occasion", "capacity");

  private final String text;
  private final Optional<LocalDate> published;
  private final DateFinder dates = new DateFinder();

  /**
   * @param text the text the extractor read, into which spans point
   * @param published the document's publication date, against which the extractor resolved dates
   */
  FieldSpans(String text, Optional<LocalDate> published) {
    this.text = text;
    this.published = published.filter(d -> d.getYear() >= 1100 && d.getYear() <= 2900);
  }

  /** The spans a field's value was read from: some of the evidence, or all of it. */
  List<Span> of(List<Span> evidence, String field, String value) {
    if (!DATES.contains(field) && !WRITTEN.contains(field)) {
      return evidence;
    }
    List<Span> saying = new ArrayList<>();
    for (Span sentence : evidence) {
      if (sentence.end() > text.length()) {
        continue;
      }
      String said = text.substring(sentence.start(), sentence.end());
      boolean says = DATES.contains(field) ? saysDate(said, value) : saysText(said, value);
      if (says) {
        saying.add(sentence);
      }
    }
    return saying.isEmpty() ? evidence : saying;
  }

  private boolean saysDate(String sentence, String value) {
    for (TemporalMention mention : dates.find(sentence, published)) {
      if (mention.value().equals(value) || mention.to().filter(value::equals).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static boolean saysText(String sentence, String value) {
    String folded = fold(value);
    return !folded.isEmpty() && fold(sentence).contains(folded);
  }

  private static String fold(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
