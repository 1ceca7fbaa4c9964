package org.attache.server.curation;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.attache.server.http.Params;
import org.attache.server.http.Refusal;
import org.attache.store.curation.Act;
import org.attache.store.curation.Curation;
import org.attache.store.curation.Curator;
import org.attache.store.curation.PostChange;

/**
 * An act as the API's JSON or a page's form asks for it: its kind and its fields by name, each read
 * and checked here (numbers, document ids, actors by key or name) before the store checks what they
 * mean.
 */
final class ActRequest {
  /** The fields of a request: a text field, and a field given any number of times. */
  interface Fields {
    Optional<String> text(String name);

    List<String> all(String name);
  }

  private final Fields fields;
  private final Function<String, String> actors;

  /**
   * @param actors the actor key of what an editor typed: a key, or a name
   */
  ActRequest(Fields fields, Function<String, String> actors) {
    this.fields = fields;
    this.actors = actors;
  }

  Act apply(Curation curation, Curator who) {
    String kind = required("kind");
    return switch (kind) {
      case "correct" ->
          curation.correct(
              document(), required("subject"), required("field"), required("value"), who);
      case "post" ->
          curation.changePost(
              number("post"),
              fields.text("document").map(Params::documentId),
              new PostChange(
                  required("title"),
                  fields.text("organisation"),
                  fields.text("from"),
                  fields.text("to")),
              who);
      case "merge" -> curation.merge(actor("from"), actor("into"), who);
      case "split" ->
          curation.split(
              actor("actor"),
              fields.all("documents").stream().map(Params::documentId).toList(),
              who);
      case "add_participant" ->
          curation.addParticipant(
              number("event"), document(), actor("actor"), required("role"), who);
      case "remove_participant" -> curation.removeParticipant(number("part"), who);
      case "change_role" -> curation.changeRole(number("part"), required("role"), who);
      case "reject_event" -> curation.rejectEvent(number("event"), who);
      case "not_diplomatic" -> curation.markNotDiplomatic(document(), who);
      default ->
          throw Refusal.BAD_REQUEST.because(
              "Not a kind of act (correct, post, merge, split, add_participant,"
                  + " remove_participant, change_role, reject_event, not_diplomatic): '"
                  + kind
                  + "'");
    };
  }

  private String required(String name) {
    return fields
        .text(name)
        .orElseThrow(() -> Refusal.BAD_REQUEST.because("The act needs '" + name + "'"));
  }

  private String document() {
    return Params.documentId(required("document"));
  }

  private String actor(String name) {
    return actors.apply(required(name));
  }

  private long number(String name) {
    String value = required(name);
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw Refusal.BAD_REQUEST.because("'" + name + "' is a number: '" + value + "'");
    }
  }
}
