package org.attache.store.curation;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.attache.model.error.AttacheException;
import org.attache.store.query.Sql;

/** Merges of two actors into one, and splits of one into two. */
final class ActorActs {
  /** The most documents one split takes. */
  static final int MAX_DOCUMENTS = 1_000;

  private ActorActs() {}

  static Draft merge(Sql.Statements sql, Effects effects, long actId, String from, String into)
      throws SQLException {
    StoredActor source = StoredActor.of(sql, from);
    StoredActor target = StoredActor.of(sql, into);
    if (source.ref().equals(target.ref())) {
      throw AttacheException.badInput("An actor cannot be merged with itself: " + from);
    }
    if (!source.kind().equals(target.kind())) {
      throw AttacheException.badInput(
          "Cannot merge "
              + source.name()
              + " (a "
              + source.kind()
              + ") with "
              + target.name()
              + " (a "
              + target.kind()
              + "): only people with people, states with states and organisations with"
              + " organisations");
    }
    Optional<Long> name =
        sql.firstId(
            "SELECT assertion_id FROM current_field WHERE subject_kind = ? AND subject_id = ?"
                + " AND field = 'name' AND state = 'machine'",
            target.table(),
            target.id());
    new Moves(sql, effects, Optional.empty()).actor(source, target);
    // The actor merged into keeps its name, which the longer spelling would otherwise displace.
    if (name.isPresent()) {
      effects.confirm(name.get());
    }
    Redirects.add(sql, actId, source.table(), source.key(), Optional.empty(), target.id());
    ObjectNode act =
        JsonNodeFactory.instance
            .objectNode()
            .put("from", source.ref())
            .put("from_key", source.key())
            .put("into", target.ref());
    return new Draft(
        act,
        "Merged "
            + source.name()
            + " ("
            + source.ref()
            + ") into "
            + target.name()
            + " ("
            + target.ref()
            + ")",
        Set.of(),
        Set.of(source.ref(), target.ref()));
  }

  static Draft split(
      Sql.Statements sql, Effects effects, long actId, String actor, List<String> documents)
      throws SQLException {
    StoredActor source = StoredActor.of(sql, actor);
    Set<String> chosen = new TreeSet<>(documents);
    if (chosen.isEmpty()) {
      throw AttacheException.badInput("A split needs the documents whose mentions it takes");
    }
    if (chosen.size() > MAX_DOCUMENTS) {
      throw AttacheException.badInput(
          "A split takes at most " + MAX_DOCUMENTS + " documents, not " + chosen.size());
    }
    for (String document : chosen) {
      String heading = Subjects.document(sql, document);
      if (sql.count(
              "SELECT count(*) FROM assertion WHERE document_id = ? AND subject_kind = ?"
                  + " AND subject_id = ? AND state <> 'rejected'",
              document,
              source.table(),
              source.id())
          == 0) {
        throw AttacheException.badInput("“" + heading + "” does not name " + source.name());
      }
    }
    String key = source.key() + "#" + actId;
    long id =
        source.table().equals("person")
            ? sql.firstId("INSERT INTO person (key) VALUES (?) RETURNING id", key).orElseThrow()
            : sql.firstId(
                    "INSERT INTO organisation (kind, code, key) SELECT kind, code, ?"
                        + " FROM organisation WHERE id = ? RETURNING id",
                    key,
                    source.id())
                .orElseThrow();
    StoredActor target = new StoredActor(source.table(), id, source.kind(), key, source.name());
    new Moves(sql, effects, Optional.of(List.copyOf(chosen))).actor(source, target);
    for (String document : chosen) {
      Redirects.add(sql, actId, source.table(), source.key(), Optional.of(document), id);
    }
    ObjectNode act =
        JsonNodeFactory.instance
            .objectNode()
            .put("actor", source.ref())
            .put("key", source.key())
            .put("into", target.ref());
    chosen.forEach(act.putArray("documents")::add);
    return new Draft(
        act,
        "Split "
            + source.name()
            + " ("
            + source.ref()
            + ") as "
            + (chosen.size() == 1 ? "1 document names" : chosen.size() + " documents name")
            + " it off into "
            + target.ref(),
        chosen,
        Set.of(source.ref(), target.ref()));
  }
}
