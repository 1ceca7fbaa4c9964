package org.attache.eval;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/** The figures of a {@link Figures} as rows, in the order reports list them. */
final class FigureRows {
  private FigureRows() {}

  /** One figure of one section. */
  record Row(Section section, String figure, Measure measure) {
    Row {
      requireNonNull(section, "section is null");
      requireNonNull(figure, "figure is null");
      requireNonNull(measure, "measure is null");
    }
  }

  /** The rows of the sections that were scored. */
  static List<Row> of(Figures figures) {
    List<Row> rows = new ArrayList<>();
    figures
        .people()
        .ifPresent(
            f -> {
              rows.add(new Row(Section.PEOPLE, "correct", f.correct()));
              rows.add(new Row(Section.PEOPLE, "names", f.names()));
            });
    figures
        .meetings()
        .ifPresent(
            f -> {
              rows.add(new Row(Section.MEETINGS, "events", f.events()));
              rows.add(new Row(Section.MEETINGS, "participants", f.participants()));
              rows.add(new Row(Section.MEETINGS, "date", f.date()));
              rows.add(new Row(Section.MEETINGS, "place", f.place()));
            });
    figures.statements().ifPresent(f -> rows.add(new Row(Section.STATEMENTS, "pairs", f)));
    figures
        .agreements()
        .ifPresent(
            f -> {
              rows.add(new Row(Section.AGREEMENTS, "events", f.events()));
              rows.add(new Row(Section.AGREEMENTS, "areas", f.areas()));
            });
    figures
        .plans()
        .ifPresent(
            f -> {
              rows.add(new Row(Section.PLANS, "events", f.events()));
              rows.add(new Row(Section.PLANS, "status", f.status()));
              f.items().ifPresent(items -> rows.add(new Row(Section.PLANS, "items", items)));
            });
    figures.priorities().ifPresent(f -> rows.add(new Row(Section.PRIORITIES, "events", f)));
    figures.establishments().ifPresent(f -> rows.add(new Row(Section.ESTABLISHMENTS, "events", f)));
    return List.copyOf(rows);
  }
}
