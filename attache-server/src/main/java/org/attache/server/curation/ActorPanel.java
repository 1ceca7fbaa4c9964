package org.attache.server.curation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.attache.store.curation.Act;
import org.attache.store.curation.Curation;
import org.attache.store.curation.NamingDocument;
import org.attache.store.query.actors.ActorDetail;
import org.attache.store.query.actors.Post;

/**
 * What the actor page offers an editor: its posts to change, another actor to merge it into, the
 * documents whose mentions a split takes, and the history of the acts that concern it.
 */
public record ActorPanel(
    String actor,
    String back,
    List<Post> posts,
    List<NamingDocument> documents,
    List<Act> history) {
  public ActorPanel {
    requireNonNull(actor, "actor is null");
    requireNonNull(back, "back is null");
    posts = List.copyOf(posts);
    documents = List.copyOf(documents);
    history = List.copyOf(history);
  }

  /**
   * The panel of an actor's page. The documents naming the actor, which only an editor's panel
   * lists, are read for an editor alone: for a busy actor they are thousands of mentions to read.
   */
  public static ActorPanel of(ActorDetail actor, Curation curation, boolean editor) {
    return new ActorPanel(
        actor.actor(),
        "/actors/" + actor.actor().replace(':', '/'),
        actor.posts().orElse(List.of()),
        editor ? curation.documentsNaming(actor.actor()) : List.of(),
        curation.ofActor(actor.actor()));
  }
}
