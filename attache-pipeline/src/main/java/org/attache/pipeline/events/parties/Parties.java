package org.attache.pipeline.events.parties;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.attache.model.Actor;
import org.attache.model.ActorKind;
import org.attache.model.Post;
import org.attache.pipeline.analysis.ActorTable;

/**
 * The parties actors stand for: a state or organisation stands for itself, a person for the state
 * or organisation they serve (their first post's {@code of}); a person serving no one named stands
 * for no party.
 */
public final class Parties {
  private Parties() {}

  /** The parties of the actors, in order, each once. */
  public static List<String> of(ActorTable actors, List<String> ids) {
    Set<String> parties = new LinkedHashSet<>();
    for (String id : ids) {
      Actor actor = actors.actor(id).orElse(null);
      if (actor == null) {
        continue;
      }
      if (actor.kind() != ActorKind.PERSON) {
        parties.add(id);
      } else {
        for (Post post : actor.posts()) {
          if (post.of().isPresent()) {
            parties.add(post.of().get());
            break;
          }
        }
      }
    }
    return new ArrayList<>(parties);
  }

  /**
   * Whether the actor may speak or act for a side: a state, an organisation or an office holder.
   */
  public static boolean official(ActorTable actors, String id) {
    return actors
        .actor(id)
        .map(a -> a.kind() != ActorKind.PERSON || !a.posts().isEmpty())
        .orElse(false);
  }
}
