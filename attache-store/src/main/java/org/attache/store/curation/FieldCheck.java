package org.attache.store.curation;

import org.attache.model.error.AttacheException;
import org.attache.store.review.FieldValues;

/**
 * Which values an editor may give a field: what review allows (its type, a bounded length), and
 * codes of the vocabularies the store does not hold.
 */
final class FieldCheck {
  private FieldCheck() {}

  /**
   * Checks a value for a field of a subject.
   *
   * @param subjectKind the table of the subject: event, person, organisation, ...
   * @param organisationKind for an organisation, state or organisation
   * @throws AttacheException a bad input naming the field, the value and the reason
   */
  static void check(
      Vocabulary vocabulary,
      String subjectKind,
      String organisationKind,
      String field,
      String value) {
    FieldValues.check(field, value);
    boolean stateCode =
        field.equals("place.country") || (field.equals("code") && "state".equals(organisationKind));
    if (stateCode && !vocabulary.states().contains(value)) {
      throw AttacheException.badInput(
          "Not a state code of the knowledge base: '"
              + value
              + "' ('"
              + field
              + "' takes an ISO 3166-1 alpha-3 code such as 'CHN')");
    }
    if (field.equals("cameo") && !vocabulary.cameo().contains(value)) {
      throw AttacheException.badInput(
          "Not a CAMEO code of the project's event code list: '" + value + "'");
    }
    if (field.equals("plover") && !vocabulary.plover().contains(value)) {
      throw AttacheException.badInput(
          "Not a PLOVER event type of the project's event code list: '" + value + "'");
    }
    if (field.equals("role") && !subjectKind.equals("event_actor")) {
      throw AttacheException.badInput("Only a part in an event has a 'role'");
    }
  }
}
