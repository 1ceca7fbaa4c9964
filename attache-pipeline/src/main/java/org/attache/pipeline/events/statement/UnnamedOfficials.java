package org.attache.pipeline.events.statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.knowledge.KnowledgeBase;
import org.attache.model.Actor;
import org.attache.model.ActorKind;
import org.attache.model.Post;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Mention;
import org.attache.pipeline.analysis.MentionKind;
import org.attache.pipeline.analysis.Mentions;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.events.parties.SentenceView;

/**
 * An organisation's official told only by the post ("The Secretary-General thanked the President",
 * "the Chairperson requested support"): the one person the document names with that post, or else
 * the organisation itself, the international organisation the document names most (a readout of the
 * United Nations names no one but "the Secretary-General").
 */
final class UnnamedOfficials {
  private final List<Mention> titles;
  private final ActorTable actors;
  private final Optional<String> organisation;

  private UnnamedOfficials(List<Mention> titles, ActorTable actors, Optional<String> organisation) {
    this.titles = titles;
    this.actors = actors;
    this.organisation = organisation;
  }

  /** The unnamed officials of one document. */
  static UnnamedOfficials of(Mentions mentions, ActorTable actors, KnowledgeBase knowledge) {
    List<Mention> titles = new ArrayList<>();
    for (Mention mention : mentions.all()) {
      if (mention.kind() == MentionKind.TITLE && !mention.national() && !mention.envoy()) {
        titles.add(mention);
      }
    }
    Map<String, Integer> counts = new HashMap<>();
    for (Reference reference : actors.references()) {
      Optional<Actor> actor = actors.actor(reference.actor());
      if (actor.isPresent()
          && actor.get().kind() == ActorKind.ORGANISATION
          && actor.get().code().flatMap(knowledge::organisation).isPresent()) {
        counts.merge(reference.actor(), 1, Integer::sum);
      }
    }
    Optional<String> most =
        counts.entrySet().stream()
            .max(Map.Entry.<String, Integer>comparingByValue())
            .map(Map.Entry::getKey);
    return new UnnamedOfficials(titles, actors, most);
  }

  /**
   * The speaker a bare post title ending at the token stands for ("the Secretary-General"), if it
   * is one.
   */
  Optional<String> endingAt(SentenceView view, int token) {
    if (view.inReference(token)) {
      return Optional.empty();
    }
    for (Mention title : titles) {
      if (title.lastToken() != token || !view.lower(title.firstToken() - 1).equals("the")) {
        continue;
      }
      List<String> holders = new ArrayList<>();
      for (Actor actor : actors.actors()) {
        for (Post post : actor.posts()) {
          if (post.title().equals(title.value()) && !holders.contains(actor.id())) {
            holders.add(actor.id());
          }
        }
      }
      if (holders.size() == 1) {
        return Optional.of(holders.get(0));
      }
      return holders.isEmpty() ? organisation : Optional.empty();
    }
    return Optional.empty();
  }
}
