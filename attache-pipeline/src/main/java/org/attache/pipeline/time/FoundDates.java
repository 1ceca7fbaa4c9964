package org.attache.pipeline.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The dates and periods found in a text, resolved against the anchor where they need one. */
final class FoundDates {
  private final Tokens tokens;
  private final Optional<Anchor> anchor;
  private final List<TemporalMention> found = new ArrayList<>();

  FoundDates(Tokens tokens, Optional<Anchor> anchor) {
    this.tokens = tokens;
    this.anchor = anchor;
  }

  List<TemporalMention> all() {
    return List.copyOf(found);
  }

  void emitDate(int first, int end, int year, int month, int day) {
    if (year > 0) {
      emit(first, end, Optional.of(new PartialDate(year, month, day)));
    } else if (day > 0) {
      emit(first, end, anchor.map(a -> a.dayOfMonth(month, day)));
    } else {
      emit(first, end, anchor.map(a -> a.month(month)));
    }
  }

  void emit(int first, int end, Optional<PartialDate> date) {
    date.ifPresent(
        d -> found.add(TemporalMention.date(tokens.start(first), tokens.end(end - 1), d.iso())));
  }

  void emitPeriod(int first, int end, PartialDate from, PartialDate to) {
    found.add(
        TemporalMention.period(tokens.start(first), tokens.end(end - 1), from.iso(), to.iso()));
  }
}
