package org.attache.store.curation;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.util.Optional;
import org.attache.model.error.AttacheException;
import org.attache.store.query.Sql;

/**
 * A person or organisation as an act names it.
 *
 * @param table person or organisation: where it is stored
 * @param id its id there
 * @param kind person, state or organisation
 * @param key what merging matches it on
 * @param name its display name
 */
record StoredActor(String table, long id, String kind, String key, String name) {
  StoredActor {
    requireNonNull(table, "table is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(key, "key is null");
    requireNonNull(name, "name is null");
  }

  /** The actor as the API names it: {@code person:12}. */
  String ref() {
    return table + ":" + id;
  }

  /**
   * The actor of an API name.
   *
   * @throws AttacheException a bad input when the name is not {@code person:ID} or {@code
   *     organisation:ID}; not found when there is no such actor
   */
  static StoredActor of(Sql.Statements sql, String ref) throws SQLException {
    requireNonNull(ref, "ref is null");
    String[] parts = ref.split(":", 2);
    if (parts.length != 2
        || !(parts[0].equals("person") || parts[0].equals("organisation"))
        || !parts[1].matches("[0-9]{1,18}")) {
      throw AttacheException.badInput(
          "An actor is 'person:ID' or 'organisation:ID', not '" + ref + "'");
    }
    long id = Long.parseLong(parts[1]);
    String kind = parts[0].equals("person") ? "'person'" : "kind";
    Optional<StoredActor> found =
        sql.one(
            "SELECT "
                + kind
                + " AS kind, key, coalesce(actor_name(?), ?) AS name FROM "
                + parts[0]
                + " WHERE id = ?",
            r -> new StoredActor(parts[0], id, r.text("kind"), r.text("key"), r.text("name")),
            ref,
            ref,
            id);
    return found.orElseThrow(() -> AttacheException.notFound("No actor " + ref));
  }
}
