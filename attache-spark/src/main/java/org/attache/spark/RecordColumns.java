package org.attache.spark;

import java.util.Collection;
import java.util.TreeSet;
import org.attache.model.Actor;
import org.attache.model.ActorKind;
import org.attache.model.DocumentRecord;
import org.attache.model.Event;

/**
 * The flat columns of a record that analysts filter on without parsing its JSON. Each is a sorted
 * set, so the same record gives the same values.
 */
final class RecordColumns {
  private RecordColumns() {}

  /** The types of the record's events, as RECORDS.md names them: meeting, statement, ... */
  static String[] eventTypes(DocumentRecord record) {
    TreeSet<String> types = new TreeSet<>();
    for (Event event : record.events()) {
      types.add(event.type());
    }
    return array(types);
  }

  /** The ISO 3166-1 alpha-3 codes of the states the record names. */
  static String[] stateCodes(DocumentRecord record) {
    return codes(record, ActorKind.STATE);
  }

  /** The acronyms of the organisations the record names, where they have one. */
  static String[] organisationCodes(DocumentRecord record) {
    return codes(record, ActorKind.ORGANISATION);
  }

  /** The names of the people the record keeps. */
  static String[] people(DocumentRecord record) {
    TreeSet<String> names = new TreeSet<>();
    for (Actor actor : record.actors()) {
      if (actor.kind() == ActorKind.PERSON) {
        names.add(actor.name());
      }
    }
    return array(names);
  }

  private static String[] codes(DocumentRecord record, ActorKind kind) {
    TreeSet<String> codes = new TreeSet<>();
    for (Actor actor : record.actors()) {
      if (actor.kind() == kind) {
        actor.code().ifPresent(codes::add);
      }
    }
    return array(codes);
  }

  private static String[] array(Collection<String> values) {
    return values.toArray(new String[0]);
  }
}
