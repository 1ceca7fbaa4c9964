package org.attache.server.page;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * A document's text cut at every boundary of its fields' spans: each piece is an element that knows
 * where it is ({@code data-s}, {@code data-e}) and which kind of mention covers it, so that people,
 * organisations, places and dates are highlighted and a selected field can light up its evidence.
 * The text itself is escaped.
 */
final class TextMarks {
  /** Spans up to this long are highlighted as they are; longer ones are sentences. */
  private static final int SHORT = 60;

  private TextMarks() {}

  static String render(String text, List<Map<String, Object>> fields) {
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    List<int[]> marks = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    for (Map<String, Object> f : fields) {
      for (int[] span : spans(f)) {
        int start = Math.max(0, Math.min(text.length(), span[0]));
        int end = Math.max(start, Math.min(text.length(), span[1]));
        cuts.add(start);
        cuts.add(end);
        Object kind = f.get("highlight");
        if (kind != null && end - start <= SHORT) {
          marks.add(new int[] {start, end});
          kinds.add(kind.toString());
        }
      }
    }
    for (Map<String, Object> f : fields) {
      Object value = f.get("value");
      String kind = nameKind(f);
      if (kind == null || value == null || value.toString().length() < 2) {
        continue;
      }
      for (String name :
          kind.equals("date") ? dates(value.toString()) : List.of(value.toString())) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
          int end = at + name.length();
          if (wordEdge(text, at - 1) && wordEdge(text, end)) {
            cuts.add(at);
            cuts.add(end);
            marks.add(new int[] {at, end});
            kinds.add(kind);
          }
        }
      }
    }
    StringBuilder html = new StringBuilder(text.length() * 2);
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
      html.append("<span class=\"seg")
          .append(kind == null ? "" : " hl-" + kind)
          .append("\" data-s=\"")
          .append(from)
          .append("\" data-e=\"")
          .append(to)
          .append("\">")
          .append(Html.text(text.substring(from, to)))
          .append("</span>");
      from = to;
    }
    return html.toString();
  }

  /**
   * Every span a field was read from: its {@code spans} ({@code start}, {@code end}), or failing
   * them its main span ({@code span_start}, {@code span_end}), or none.
   */
  static List<int[]> spans(Map<String, Object> field) {
    List<int[]> result = new ArrayList<>();
    if (field.get("spans") instanceof List<?> spans) {
      for (Object span : spans) {
        if (span instanceof Map<?, ?> s
            && s.get("start") instanceof Number start
            && s.get("end") instanceof Number end) {
          result.add(new int[] {start.intValue(), end.intValue()});
        }
      }
    }
    if (result.isEmpty()
        && field.get("span_start") instanceof Number start
        && field.get("span_end") instanceof Number end) {
      result.add(new int[] {start.intValue(), end.intValue()});
    }
    return result;
  }

  /**
   * Names and codes of people and organisations, place names and dates are highlighted wherever the
   * text says them.
   */
  private static String nameKind(Map<String, Object> field) {
    Object subject = field.get("subject_kind");
    Object name = field.get("field");
    if ("place.city".equals(name) || "place.name".equals(name)) {
      return "place";
    }
    if ("date".equals(field.get("highlight"))) {
      return "date";
    }
    if ("person".equals(subject) && "name".equals(name)) {
      return "person";
    }
    if ("organisation".equals(subject) && ("name".equals(name) || "code".equals(name))) {
      return "organisation";
    }
    return null;
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
