package org.attache.store.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.model.ActorKind;
import org.attache.model.RecordCodec;

/**
 * Writes people, organisations (states included, as in the W3C ORG vocabulary) and memberships as
 * one Popolo JSON document, with the field names of the Popolo specification (popoloproject.com:
 * Person {@code id}, {@code name}; Organization {@code id}, {@code name}, {@code classification},
 * {@code identifiers} of {@code scheme} and {@code identifier}; Membership {@code id}, {@code
 * person_id}, {@code organization_id}, {@code role}, {@code label}, {@code start_date}, {@code
 * end_date}).
 *
 * <p>The store knows when documents report a post, not when it began or ended: a membership's
 * {@code start_date} and {@code end_date} are the first and last publication dates of the documents
 * reporting it, so the post was held at least from the one to the other. An envoy's accreditation
 * is in the {@code label} ("Ambassador of Japan to Kazakhstan").
 */
final class PopoloExport {
  private PopoloExport() {}

  /** A Popolo Person. */
  record Person(String id, String name) {}

  /** A Popolo Identifier. */
  record Identifier(String scheme, String identifier) {}

  /** A Popolo Organization. */
  record Organization(
      String id, String name, String classification, List<Identifier> identifiers) {}

  /** A Popolo Membership. */
  record Membership(
      String id,
      String personId,
      Optional<String> organizationId,
      String role,
      String label,
      Optional<String> startDate,
      Optional<String> endDate) {}

  /** The document. */
  record Popolo(
      List<Person> persons, List<Organization> organizations, List<Membership> memberships) {}

  /** Writes the document and returns the number of people in it. */
  static long write(Selection selection, Writer out) throws IOException {
    List<Person> persons = new ArrayList<>();
    List<Organization> organizations = new ArrayList<>();
    for (StoredActor actor : selection.actors().values()) {
      if (actor.kind() == ActorKind.PERSON) {
        persons.add(new Person(actor.id(), actor.name()));
      } else {
        organizations.add(
            new Organization(
                actor.id(),
                actor.name(),
                actor.kind() == ActorKind.STATE ? "state" : "organisation",
                actor.code().stream().map(c -> identifier(actor, c)).toList()));
      }
    }
    List<Membership> memberships = new ArrayList<>();
    for (StoredMembership m : selection.memberships()) {
      if (selection.actor(m.person()).isEmpty()) {
        continue;
      }
      Optional<String> organisation = m.organisation().filter(o -> selection.actor(o).isPresent());
      String label =
          m.post()
              + organisation.flatMap(selection::actor).map(o -> " of " + o.name()).orElse("")
              + m.accreditedTo().flatMap(selection::actor).map(o -> " to " + o.name()).orElse("");
      memberships.add(
          new Membership(
              m.id(),
              m.person(),
              organisation,
              m.post(),
              label,
              m.firstReported(),
              m.lastReported()));
    }
    RecordCodec.mapper()
        .writerWithDefaultPrettyPrinter()
        .writeValue(new NonClosing(out), new Popolo(persons, organizations, memberships));
    out.write('\n');
    return persons.size();
  }

  private static Identifier identifier(StoredActor actor, String code) {
    return new Identifier(actor.kind() == ActorKind.STATE ? "ISO 3166-1 alpha-3" : "acronym", code);
  }

  /** Keeps Jackson from closing the caller's writer. */
  private static final class NonClosing extends java.io.FilterWriter {
    NonClosing(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
