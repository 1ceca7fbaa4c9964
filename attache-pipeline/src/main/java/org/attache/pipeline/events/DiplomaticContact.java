package org.attache.pipeline.events;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.attache.knowledge.KnowledgeBase;
import org.attache.model.Actor;
import org.attache.model.ActorKind;
import org.attache.model.Event;
import org.attache.model.Post;
import org.attache.model.Statement;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.DeclaredStage;
import org.attache.pipeline.analysis.Layer;
import org.attache.pipeline.analysis.WordLists;

/**
 * Decides whether the document is diplomatic at all, and keeps no event of one that is not: a text
 * reports diplomatic contact when it tells of a meeting, an agreement or a plan, or of a statement
 * of one side about another. An official's words about their own side only ("authorities said the
 * quake killed seven", "the ministry said the fire was contained") are domestic news, not a
 * statement between states or organisations.
 *
 * <p>A statement is between sides when its speaker speaks for an international organisation (one
 * the knowledge base holds, or an official of one) or holds a post of diplomacy (an envoy, a
 * minister of foreign affairs), when sides of two states or organisations make it together
 * ("Kazakhstan and Kyrgyzstan called for"), when it is about a state, organisation or office holder
 * of another side than the speaker's own (a speaker whose side is unknown has every named side as
 * another), or when its sentence uses the vocabulary of diplomacy ({@code diplomatic-words.txt}:
 * "ambassador", "bilateral", "foreign minister", "summit").
 */
public final class DiplomaticContact extends DeclaredStage {
  private final KnowledgeBase knowledge;
  private final Pattern diplomaticWords;

  public DiplomaticContact(KnowledgeBase knowledge) {
    super("diplomatic", Layer.everyEvent(Layer.ACTORS), EnumSet.of(Layer.DIPLOMATIC));
    this.knowledge = knowledge;
    List<String> words =
        WordLists.load("diplomatic-words.txt").stream().map(Pattern::quote).sorted().toList();
    this.diplomaticWords =
        Pattern.compile("\\b(?:" + String.join("|", words) + ")\\b", Pattern.CASE_INSENSITIVE);
  }

  @Override
  public Analysis apply(Analysis analysis) {
    if (analysis.events().isEmpty() || reportsContact(analysis)) {
      return analysis.withRevisedEvents(Layer.DIPLOMATIC, analysis.events());
    }
    return analysis.withRevisedEvents(Layer.DIPLOMATIC, List.of());
  }

  private boolean reportsContact(Analysis analysis) {
    ActorTable actors = analysis.actorTable();
    Map<String, Set<String>> sidesOfActs = new HashMap<>();
    for (Event event : analysis.events()) {
      if (event instanceof Statement statement) {
        if (betweenSides(statement, actors)
            || diplomaticWording(statement, analysis.text())
            || diplomaticPost(statement.speaker(), actors)) {
          return true;
        }
        Set<String> sides =
            sidesOfActs.computeIfAbsent(
                statement.evidence() + "|" + statement.text(), k -> new LinkedHashSet<>());
        sides.addAll(sides(statement.speaker(), actors));
        if (sides.size() > 1) {
          return true;
        }
      } else {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the speaker holds a post of diplomacy ("Minister of Foreign Affairs", "Ambassador").
   */
  private boolean diplomaticPost(String speaker, ActorTable actors) {
    return actors.actor(speaker).stream()
        .flatMap(a -> a.posts().stream())
        .anyMatch(p -> p.to().isPresent() || diplomaticWords.matcher(p.title()).find());
  }

  /** Whether a statement is one side's about another, or an international organisation's. */
  private boolean betweenSides(Statement statement, ActorTable actors) {
    Set<String> own = sides(statement.speaker(), actors);
    for (String side : own) {
      if (international(side, actors)) {
        return true;
      }
    }
    for (String about : statement.about()) {
      for (String side : sides(about, actors)) {
        if (!own.contains(side)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the sentence of the statement speaks the language of diplomacy. */
  private boolean diplomaticWording(Statement statement, String text) {
    if (statement.evidence().isEmpty()) {
      return false;
    }
    String sentence =
        text.substring(statement.evidence().get(0).start(), statement.evidence().get(0).end());
    return diplomaticWords.matcher(sentence).find();
  }

  /** The states and organisations an actor stands for: itself, or the posts' "of" and "to". */
  private static Set<String> sides(String id, ActorTable actors) {
    Set<String> sides = new LinkedHashSet<>();
    Actor actor = actors.actor(id).orElse(null);
    if (actor == null) {
      return sides;
    }
    if (actor.kind() != ActorKind.PERSON) {
      sides.add(id);
      return sides;
    }
    for (Post post : actor.posts()) {
      post.of().ifPresent(sides::add);
      post.to().ifPresent(sides::add);
    }
    return sides;
  }

  private boolean international(String id, ActorTable actors) {
    return actors
        .actor(id)
        .filter(a -> a.kind() == ActorKind.ORGANISATION)
        .flatMap(Actor::code)
        .flatMap(knowledge::organisation)
        .isPresent();
  }
}
