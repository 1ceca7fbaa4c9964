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
import org.attache.pipeline.actors.OrganisationOfficials;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Mention;
import org.attache.pipeline.analysis.MentionKind;
import org.attache.pipeline.analysis.Mentions;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.events.parties.SentenceView;

/**
 * An organisation's official told only by the post ("The Secretary-General thanked the President",
 * "the Chairperson requested support"): the one person the document names with that post, else the
 * one it names as the head of the organisation ("UN chief Guterres ... The Secretary-General
 * said"), or else the organisation itself, the international organisation the document names most
 * (a readout of the United Nations names no one but "the Secretary-General").
 */
final class UnnamedOfficials {
  /** The post title of an organisation's head told as its "chief" or "head". */
  private static final String HEAD = "Head";

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
      if (holders.isEmpty()) {
        holders.addAll(heads(organisation));
        if (holders.size() == 1) {
          return Optional.of(holders.get(0));
        }
        return organisation;
      }
      return holders.size() == 1 ? Optional.of(holders.get(0)) : Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * The head the document names of the organisation that a bare post title stands for ("UN chief
   * Guterres ... The Secretary-General said"), where the reference is such a title and the document
   * names one head.
   */
  Optional<String> headFor(Reference reference) {
    if (!reference.rule().equals(OrganisationOfficials.RULE)) {
      return Optional.empty();
    }
    List<String> heads = heads(Optional.of(reference.actor()));
    return heads.size() == 1 ? Optional.of(heads.get(0)) : Optional.empty();
  }

  /**
   * The people the document names as the head of the organisation it names most ("UN chief
   * Guterres"): the post title of a bare "the Secretary-General" is theirs though worded otherwise.
   */
  private List<String> heads(Optional<String> organisation) {
    List<String> heads = new ArrayList<>();
    for (Actor actor : actors.actors()) {
      for (Post post : actor.posts()) {
        if (post.title().equals(HEAD)
            && post.of().isPresent()
            && post.of().equals(organisation)
            && !heads.contains(actor.id())) {
          heads.add(actor.id());
        }
      }
    }
    return heads;
  }
}
