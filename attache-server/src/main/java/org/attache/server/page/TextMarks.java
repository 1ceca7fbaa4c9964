package org.attache.server.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A document's text cut at every boundary of its fields' spans: each piece is an element that knows
 * where it is ({@code data-s}, {@code data-e}) and which kind of mention covers it, so that people,
 * organisations, places and dates are highlighted and a selected field can light up its evidence.
 * The text itself is escaped.
 */
final class TextMarks {
  private TextMarks() {}

  static String render(String text, List<Map<String, Object>> fields) {
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    List<int[]> marks = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    for (Map<String, Object> f : fields) {
      if (f.get("span_start") == null) {
        continue;
      }
      int start = Math.max(0, Math.min(text.length(), ((Number) f.get("span_start")).intValue()));
      int end = Math.max(start, Math.min(text.length(), ((Number) f.get("span_end")).intValue()));
      cuts.add(start);
      cuts.add(end);
      Object kind = f.get("highlight");
      if (kind != null) {
        marks.add(new int[] {start, end});
        kinds.add(kind.toString());
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
}
