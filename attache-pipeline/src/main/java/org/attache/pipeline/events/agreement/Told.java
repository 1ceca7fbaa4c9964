package org.attache.pipeline.events.agreement;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.attache.model.Agreement;
import org.attache.model.Area;

/**
 * One mention of instruments in a text, before mentions of the same instruments are joined.
 *
 * @param agreement what the mention says of the instrument
 * @param count how many instruments it tells of ("four memoranda": 4)
 * @param subjects the areas of each instrument, in the order the text lists them
 * @param refersBack a plural with the definite article and no number ("the MoUs"), which tells more
 *     of instruments counted before it
 */
record Told(Agreement agreement, int count, List<Set<Area>> subjects, boolean refersBack) {
  Told {
    requireNonNull(agreement, "agreement is null");
    if (count < 1) {
      throw new IllegalArgumentException("count below 1: " + count);
    }
    subjects =
        subjects.stream()
            .map(
                s ->
                    Collections.unmodifiableSet(
                        s.isEmpty() ? EnumSet.noneOf(Area.class) : EnumSet.copyOf(s)))
            .toList();
  }
}
