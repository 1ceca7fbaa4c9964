package org.attache.server.timeline;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attache.server.page.Links;
import org.attache.server.records.Words;
import org.attache.store.query.events.EventsInPeriod;

/**
 * A timeline of events drawn as SVG on the server: a row for each type of event, years along the
 * axis, and for each month that saw events of a type a circle whose area grows with their number,
 * linked to the events page of that month. Events dated by their year alone sit in its middle.
 *
 * @param width the width of the drawing, in its own units
 * @param height its height
 * @param rows the types of event, each with where its row lies
 * @param ticks the years along the axis
 * @param marks a circle for each type and month
 */
public record TimelineView(
    int width, int height, List<Row> rows, List<Tick> ticks, List<Mark> marks) {
  static final int WIDTH = 900;
  private static final int LEFT = 110;
  private static final int RIGHT = 16;
  private static final int TOP = 14;
  private static final int ROW = 34;
  private static final int AXIS = 26;
  private static final List<String> TYPES =
      List.of("meeting", "statement", "agreement", "plan", "priorities", "establishment");

  public TimelineView {
    rows = List.copyOf(rows);
    ticks = List.copyOf(ticks);
    marks = List.copyOf(marks);
  }

  /** A row of the timeline: a type of event in words and the height of its middle. */
  public record Row(String label, String type, int y) {
    public Row {
      requireNonNull(label, "label is null");
      requireNonNull(type, "type is null");
    }
  }

  /** The start of a year on the axis. */
  public record Tick(String year, String x) {
    public Tick {
      requireNonNull(year, "year is null");
      requireNonNull(x, "x is null");
    }
  }

  /** The events of a type in a month: where the circle is, how large, what it says, its link. */
  public record Mark(String x, int y, String r, String type, String title, String href) {
    public Mark {
      requireNonNull(x, "x is null");
      requireNonNull(r, "r is null");
      requireNonNull(type, "type is null");
      requireNonNull(title, "title is null");
      requireNonNull(href, "href is null");
    }
  }

  /**
   * The timeline of events counted by month.
   *
   * @param filters what the events page adds to a type and a month to show the same events: {@code
   *     &actor=A}, or {@code &actor=A&with=B}, encoded
   */
  public static TimelineView of(List<EventsInPeriod> periods, String filters) {
    if (periods.isEmpty()) {
      return new TimelineView(WIDTH, 0, List.of(), List.of(), List.of());
    }
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    long most = 1;
    Map<String, Integer> rowOf = new LinkedHashMap<>();
    for (String type : TYPES) {
      if (periods.stream().anyMatch(p -> p.type().equals(type))) {
        rowOf.put(type, rowOf.size());
      }
    }
    for (EventsInPeriod p : periods) {
      int year = Integer.parseInt(p.period().substring(0, 4));
      first = Math.min(first, year);
      last = Math.max(last, year);
      most = Math.max(most, p.events());
      rowOf.putIfAbsent(p.type(), rowOf.size());
    }
    int months = (last - first + 1) * 12;
    double plot = WIDTH - LEFT - RIGHT;
    List<Row> rows = new ArrayList<>();
    rowOf.forEach((type, i) -> rows.add(new Row(plural(type), type, TOP + ROW * i + ROW / 2)));
    int axis = TOP + ROW * rowOf.size();
    List<Tick> ticks = new ArrayList<>();
    for (int year = first; year <= last; year++) {
      ticks.add(
          new Tick(Integer.toString(year), number(LEFT + plot * (year - first) * 12 / months)));
    }
    List<Mark> marks = new ArrayList<>();
    for (EventsInPeriod p : periods) {
      String period = p.period();
      int year = Integer.parseInt(period.substring(0, 4));
      double month = period.length() == 7 ? Integer.parseInt(period.substring(5)) - 0.5 : 6;
      marks.add(
          new Mark(
              number(LEFT + plot * ((year - first) * 12 + month) / months),
              TOP + ROW * rowOf.get(p.type()) + ROW / 2,
              number(2.5 + 9.5 * Math.sqrt((double) p.events() / most)),
              p.type(),
              Words.date(period) + ": " + count(p.events(), p.type()),
              "/events?type="
                  + Links.url(p.type())
                  + filters
                  + "&from="
                  + period
                  + "&to="
                  + period));
    }
    return new TimelineView(WIDTH, axis + AXIS, rows, ticks, marks);
  }

  /** Where the axis runs. */
  public int axis() {
    return height - AXIS;
  }

  /** Where the plot starts, after the labels of the rows. */
  public int left() {
    return LEFT;
  }

  private static String plural(String type) {
    return type.equals("priorities") ? "priorities" : Words.of(type) + "s";
  }

  private static String count(long n, String type) {
    return type.equals("priorities")
        ? Words.count(n, "statement of priorities", "statements of priorities")
        : Words.count(n, Words.of(type));
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
