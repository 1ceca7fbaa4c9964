package org.attache.knowledge;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.attache.model.Area;

/**
 * One wording of the area lexicon.
 *
 * @param phrase the wording as the data file gives it ("illegal drug trafficking")
 * @param areas the areas it names, in the order of the vocabulary; empty for cues and hiding
 *     phrases, never empty for the others
 * @param use how it counts
 */
public record AreaPhrase(String phrase, Set<Area> areas, AreaUse use) {
  public AreaPhrase {
    Checks.text(phrase, "phrase");
    requireNonNull(areas, "areas is null");
    requireNonNull(use, "use is null");
    areas = areas.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(areas));
    if (use.namesAreas() && areas.isEmpty()) {
      throw new IllegalArgumentException(
          "a " + use.code() + " phrase must name areas: '" + phrase + "'");
    }
    if (!use.namesAreas() && !areas.isEmpty()) {
      throw new IllegalArgumentException(
          "a " + use.code() + " phrase names no areas: '" + phrase + "' " + areas);
    }
  }
}
