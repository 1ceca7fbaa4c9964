package org.attache.store.review;

import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.attache.model.AgreementStatus;
import org.attache.model.Area;
import org.attache.model.Instrument;
import org.attache.model.PlanStatus;
import org.attache.model.Stance;
import org.attache.model.Vocabulary;
import org.attache.model.error.AttacheException;
import org.attache.store.merge.IsoDates;

/** Which values a correction may give a field. */
public final class FieldValues {
  private static final Set<String> DATES =
      Set.of("date", "period.from", "period.to", "planned", "actual", "in_force_from", "expires");
  private static final Set<String> ROLES =
      Set.of("host", "guest", "participant", "party", "speaker", "about", "actor", "founder");
  private static final Set<String> FORMATS = Set.of("in_person", "video", "phone");

  /** The longest value a field may be given, in characters. */
  public static final int MAX_LENGTH = 2_000;

  private FieldValues() {}

  /**
   * Checks that a value may be given to a field.
   *
   * @throws AttacheException a bad input naming the field and value when the value does not fit
   */
  public static void check(String field, String value) {
    if (value.length() > MAX_LENGTH) {
      throw AttacheException.badInput(
          String.format(
              Locale.ROOT,
              "A value of '%s' is at most %,d characters; this one has %,d",
              field,
              MAX_LENGTH,
              value.length()));
    }
    if (value.isBlank()) {
      throw AttacheException.badInput("A correction of '" + field + "' cannot be blank");
    }
    if (field.equals("exists")) {
      throw AttacheException.badInput(
          "Whether an event was reported cannot be corrected, only confirmed or rejected");
    }
    boolean valid =
        switch (field) {
          case "role" -> ROLES.contains(value);
          case "format" -> FORMATS.contains(value);
          case "stance" -> canonical(v -> Vocabulary.parse(Stance.class, v).code(), value);
          case "instrument" -> canonical(v -> Vocabulary.parse(Instrument.class, v).code(), value);
          case "area" -> canonical(v -> Vocabulary.parse(Area.class, v).code(), value);
          case "status" ->
              canonical(v -> Vocabulary.parse(AgreementStatus.class, v).code(), value)
                  || canonical(v -> Vocabulary.parse(PlanStatus.class, v).code(), value);
          case "on_behalf_of", "framework" -> value.chars().allMatch(Character::isDigit);
          default -> !DATES.contains(field) || IsoDates.isValid(value);
        };
    if (!valid) {
      throw AttacheException.badInput("Not a valid value of '" + field + "': '" + value + "'");
    }
  }

  /** Whether the value is in a vocabulary, written as records write it. */
  private static boolean canonical(Function<String, String> code, String value) {
    try {
      return code.apply(value).equals(value);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
