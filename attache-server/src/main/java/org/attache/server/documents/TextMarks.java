package org.attache.server.documents;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.attache.store.query.documents.DocumentField;
import org.attache.store.query.documents.Span;

/**
 * A document's text cut at every boundary of its fields' spans: each piece knows where it is and
 * which kind of mention covers it, so that people, organisations, places and dates are highlighted
 * and a selected field can light up its evidence.
 */
final class TextMarks {
  /** Spans up to this long are highlighted as they are; longer ones are sentences. */
  private static final int SHORT = 60;

  private TextMarks() {}

  static List<Segment> segments(String text, List<DocumentField> fields) {
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    List<int[]> marks = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    for (DocumentField f : fields) {
      for (Span span : f.evidence()) {
        int start = Math.max(0, Math.min(text.length(), span.start()));
        int end = Math.max(start, Math.min(text.length(), span.end()));
        cuts.add(start);
        cuts.add(end);
        if (f.highlight().isPresent() && end - start <= SHORT) {
          marks.add(new int[] {start, end});
          kinds.add(f.highlight().get());
        }
      }
    }
    for (DocumentField f : fields) {
      Optional<String> kind = nameKind(f);
      if (kind.isEmpty() || f.value().isEmpty() || f.value().get().length() < 2) {
        continue;
      }
      String value = f.value().get();
      for (String name : kind.get().equals("date") ? dates(value) : List.of(value)) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
          int end = at + name.length();
          if (wordEdge(text, at - 1) && wordEdge(text, end)) {
            cuts.add(at);
            cuts.add(end);
            marks.add(new int[] {at, end});
            kinds.add(kind.get());
          }
        }
      }
    }
    List<Segment> segments = new ArrayList<>();
    Integer from = cuts.first();
    for (Integer to : cuts.tailSet(from, false)) {
      String kind = null;
      int shortest = Integer.MAX_VALUE;
      for (int i = 0; i < marks.size(); i++) {
        int[] m = marks.get(i);
        if (m[0] <= from && to <= m[1] && m[1] - m[0] < shortest) {
          shortest = m[1] - m[0];
          kind = kinds.get(i);
        }
      }
      segments.add(new Segment(from, to, Optional.ofNullable(kind), text.substring(from, to)));
      from = to;
    }
    return segments;
  }

  /**
   * Names and codes of people and organisations, place names and dates are highlighted wherever the
   * text says them.
   */
  private static Optional<String> nameKind(DocumentField field) {
    String subject = field.subjectKind();
    String name = field.field();
    if (name.equals("place.city") || name.equals("place.name")) {
      return Optional.of("place");
    }
    if (field.highlight().equals(Optional.of("date"))) {
      return Optional.of("date");
    }
    if (subject.equals("person") && name.equals("name")) {
      return Optional.of("person");
    }
    if (subject.equals("organisation") && (name.equals("name") || name.equals("code"))) {
      return Optional.of("organisation");
    }
    return Optional.empty();
  }

  /** How an ISO date may be written in English: 10 May 2023, May 10, 2023, May 2023. */
  private static List<String> dates(String iso) {
    try {
      if (iso.length() == 10) {
        LocalDate date = LocalDate.parse(iso);
        return List.of(
            date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)),
            date.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)));
      }
      if (iso.length() == 7) {
        return List.of(
            YearMonth.parse(iso).format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH)));
      }
    } catch (DateTimeParseException e) {
      return List.of();
    }
    return List.of();
  }

  private static boolean wordEdge(String text, int index) {
    return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
  }
}
