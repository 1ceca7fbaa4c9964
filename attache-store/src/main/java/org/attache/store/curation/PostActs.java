package org.attache.store.curation;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.attache.model.Span;
import org.attache.model.error.AttacheException;
import org.attache.store.merge.Keys;
import org.attache.store.query.Sql;

/**
 * Changes a post: where the title or the organisation changes, the documents' assertions of the old
 * post are rejected (so that a re-extraction, which finds the old post again, adds nothing) and
 * reviewed ones of the new post are added, with the period; the parts the person took in the
 * documents' events on behalf of the old organisation are then on behalf of the new one.
 */
final class PostActs {
  private record Given(long id, String documentId, Optional<Span> span) {}

  private PostActs() {}

  static Draft change(
      Sql.Statements sql,
      Effects effects,
      long membershipId,
      Optional<String> documentId,
      PostChange change)
      throws SQLException {
    long[] row =
        sql.one(
                "SELECT person_id, coalesce(organisation_id, 0) AS of,"
                    + " coalesce(accredited_to_id, 0) AS to FROM membership WHERE id = ?",
                r -> new long[] {r.number("person_id"), r.number("of"), r.number("to")},
                membershipId)
            .orElseThrow(() -> AttacheException.notFound("No post " + membershipId));
    long person = row[0];
    Long oldOrganisation = row[1] == 0 ? null : row[1];
    Long accreditedTo = row[2] == 0 ? null : row[2];
    List<Given> given = given(sql, membershipId, documentId);
    if (given.isEmpty()) {
      throw AttacheException.badInput(
          documentId.isPresent()
              ? "“"
                  + Subjects.document(sql, documentId.get())
                  + "” does not give post "
                  + membershipId
              : "No document gives post " + membershipId);
    }
    Long organisation =
        change.organisation().isPresent()
            ? organisation(sql, change.organisation().get())
            : oldOrganisation;
    String before = words(sql, membershipId);
    long target =
        Moves.membership(sql, person, Keys.label(change.title()), organisation, accreditedTo);
    for (Given g : given) {
      List<Span> at = g.span().stream().toList();
      if (target != membershipId) {
        effects.reject(g.id());
      }
      effects.set(g.documentId(), "membership", target, "post", change.title(), at);
      if (change.from().isPresent()) {
        effects.set(g.documentId(), "membership", target, "period.from", change.from().get(), at);
      }
      if (change.to().isPresent()) {
        effects.set(g.documentId(), "membership", target, "period.to", change.to().get(), at);
      }
      if (organisation != null && !Objects.equals(organisation, oldOrganisation)) {
        onBehalfOf(sql, effects, g.documentId(), person, oldOrganisation, organisation);
      }
    }
    ObjectNode act =
        JsonNodeFactory.instance
            .objectNode()
            .put("membership", membershipId)
            .put("person", "person:" + person)
            .put("title", change.title())
            .put("post", target);
    documentId.ifPresent(d -> act.put("document", d));
    if (organisation != null) {
      act.put("organisation", "organisation:" + organisation);
    }
    change.from().ifPresent(d -> act.put("from", d));
    change.to().ifPresent(d -> act.put("to", d));
    Set<String> actors = new LinkedHashSet<>();
    actors.add("person:" + person);
    if (oldOrganisation != null) {
      actors.add("organisation:" + oldOrganisation);
    }
    if (organisation != null) {
      actors.add("organisation:" + organisation);
    }
    String after = words(sql, target).replace(before.substring(0, before.indexOf(':') + 1), "");
    String period =
        change.from().isPresent() || change.to().isPresent()
            ? ", " + change.from().orElse("?") + " to " + change.to().orElse("?")
            : "";
    return new Draft(
        act,
        before + " → " + after.strip() + period,
        documentId.map(Set::of).orElse(Set.of()),
        actors);
  }

  /** The post in words: "Post of Vladimir Norov: Head of Uzbekistan". */
  private static String words(Sql.Statements sql, long membershipId) throws SQLException {
    return sql.one(
            "SELECT 'Post of ' || coalesce(actor_name('person:' || m.person_id), '?') || ': '"
                + " || coalesce(current_value('membership', m.id, 'post'), m.post_key)"
                + " || coalesce(' of ' || actor_name('organisation:' || m.organisation_id), '')"
                + " AS words FROM membership m WHERE m.id = ?",
            r -> r.text("words"),
            membershipId)
        .orElseThrow();
  }

  private static List<Given> given(
      Sql.Statements sql, long membershipId, Optional<String> documentId) throws SQLException {
    List<Given> given = new ArrayList<>();
    sql.forEach(
        "SELECT id, document_id, span_start, span_end FROM assertion"
            + " WHERE subject_kind = 'membership' AND subject_id = ? AND field = 'post'"
            + " AND state <> 'rejected' AND (?::text IS NULL OR document_id = ?) ORDER BY id",
        r -> {
          Optional<Integer> start = r.optionalInteger("span_start");
          Optional<Span> span =
              start.isEmpty()
                  ? Optional.empty()
                  : Optional.of(new Span(start.get(), r.integer("span_end")));
          given.add(new Given(r.number("id"), r.text("document_id"), span));
        },
        membershipId,
        documentId.orElse(null),
        documentId.orElse(null));
    return given;
  }

  /**
   * The organisation or state of a name, code or {@code organisation:ID} among those stored.
   *
   * @throws AttacheException a bad input when none has it
   */
  static long organisation(Sql.Statements sql, String name) throws SQLException {
    return sql.firstId(
            "SELECT id FROM organisation_view WHERE lower(name) = lower(?)"
                + " OR upper(code) = upper(?) OR 'organisation:' || id = ?"
                + " ORDER BY (lower(name) = lower(?)) DESC, id LIMIT 1",
            name,
            name,
            name,
            name)
        .orElseThrow(
            () ->
                AttacheException.badInput(
                    "No organisation or state is named '" + name + "' in the store"));
  }

  /** The parts the person took in the document's events for the old organisation: for the new. */
  private static void onBehalfOf(
      Sql.Statements sql,
      Effects effects,
      String documentId,
      long person,
      Long oldOrganisation,
      long organisation)
      throws SQLException {
    for (long part :
        sql.ids(
            "SELECT DISTINCT ea.id FROM event_actor ea JOIN assertion a"
                + " ON a.subject_kind = 'event_actor' AND a.subject_id = ea.id"
                + " AND a.document_id = ? AND a.state <> 'rejected'"
                + " WHERE ea.person_id = ? AND NOT EXISTS (SELECT 1 FROM assertion b"
                + " WHERE b.subject_kind = 'event_actor' AND b.subject_id = ea.id"
                + " AND b.document_id = ? AND b.field = 'on_behalf_of'"
                + " AND b.value IS DISTINCT FROM ?) ORDER BY ea.id",
            documentId,
            person,
            documentId,
            oldOrganisation == null ? null : Long.toString(oldOrganisation))) {
      effects.set(
          documentId, "event_actor", part, "on_behalf_of", Long.toString(organisation), List.of());
    }
  }
}
