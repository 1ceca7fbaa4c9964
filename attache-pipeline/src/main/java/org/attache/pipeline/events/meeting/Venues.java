package org.attache.pipeline.events.meeting;

import java.util.List;
import java.util.Optional;
import org.attache.knowledge.PhraseMatch;
import org.attache.knowledge.PhraseMatcher;
import org.attache.model.Place;
import org.attache.pipeline.analysis.WordLists;

/** Residences and buildings that fix where a meeting took place ({@code venues.tsv}). */
final class Venues {
  private final PhraseMatcher<Place> matcher;

  private Venues(PhraseMatcher<Place> matcher) {
    this.matcher = matcher;
  }

  static Venues load() {
    PhraseMatcher.Builder<Place> builder = PhraseMatcher.builder();
    for (List<String> row : WordLists.table("venues.tsv")) {
      if (row.size() < 3) {
        throw new IllegalStateException(
            "venues.tsv: expected 3 columns in " + String.join("\t", row));
      }
      builder.add(
          row.get(0),
          new Place(Optional.of(row.get(0)), Optional.of(row.get(1)), Optional.of(row.get(2))));
    }
    return new Venues(builder.build());
  }

  /** Every venue named in the text, in order. */
  List<PhraseMatch<Place>> findAll(CharSequence text) {
    return matcher.find(text);
  }
}
