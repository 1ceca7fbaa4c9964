package org.attache.pipeline.lang.ru;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.attache.model.Stance;
import org.attache.model.Statement;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.DeclaredStage;
import org.attache.pipeline.analysis.Layer;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.analysis.WordLists;

/**
 * Statements told in Russian: a verb of speech ("отметил", "подчеркнул", "заявил", "призвал",
 * "поблагодарил", "поздравил", "выразил готовность", ...) and its speaker, the person (else the
 * state or organisation) named nearest before the verb in its sentence, or right after it when the
 * sentence puts the verb first ("Об этом заявил генеральный секретарь ..."); a pronoun or a side as
 * the subject names its speakers as {@link RussianSpeakers} says. The stance is the verb's;
 * "выразил готовность" and "заинтересованность" tell intent to cooperate, "высоко оценил" praise,
 * "выразил благодарность" thanks, "выразил соболезнования" condolence.
 */
public final class RussianStatements extends DeclaredStage {
  private static final Map<String, Stance> VERBS =
      WordLists.named("ru-statement-verbs.tsv", Stance.class);

  /** What "выразил ..." expresses, by the noun after it. */
  private static final Map<String, Stance> EXPRESSED =
      WordLists.named("ru-expressed.tsv", Stance.class);

  public RussianStatements() {
    super(
        "ru.statements",
        Set.of(Layer.SENTENCES, Layer.ACTORS, Layer.MEETINGS),
        Set.of(Layer.STATEMENTS));
  }

  @Override
  public Analysis apply(Analysis analysis) {
    ActorTable table = analysis.actorTable();
    List<org.attache.model.Meeting> meetings =
        analysis.events().stream()
            .filter(org.attache.model.Meeting.class::isInstance)
            .map(org.attache.model.Meeting.class::cast)
            .toList();
    List<Statement> statements = new ArrayList<>();
    for (Sentence sentence : analysis.annotatedText().sentences()) {
      List<RussianWord> words = RussianWord.of(sentence);
      for (int i = 0; i < words.size(); i++) {
        RussianWord word = words.get(i);
        if (!word.has("VB") || word.has("INF")) {
          continue;
        }
        Optional<Stance> stance = stance(words, i);
        if (stance.isEmpty()) {
          continue;
        }
        List<String> speakers = speakers(table, sentence, words, i, meetings);
        for (String speaker : speakers) {
          statements.add(
              new Statement(
                  "ru-s" + (statements.size() + 1),
                  analysis.document().published().map(Object::toString),
                  speaker,
                  stance.get(),
                  sentence.text(analysis.text()),
                  List.of(),
                  List.of(),
                  Optional.empty(),
                  List.of(sentence.span()),
                  0.6,
                  new TreeMap<>()));
        }
        if (!speakers.isEmpty()) {
          break;
        }
      }
    }
    return analysis.withEvents(Layer.STATEMENTS, statements);
  }

  private static Optional<Stance> stance(List<RussianWord> words, int at) {
    for (Map.Entry<String, Stance> verb : VERBS.entrySet()) {
      if (!words.get(at).keys().contains(verb.getKey())) {
        continue;
      }
      // What is expressed, confirmed or stressed tells the stance: "подчеркнул готовность".
      if (verb.getValue() == Stance.COMMENT
          || verb.getKey().equals("подтвердить")
          || verb.getKey().equals("пообещать")
          || verb.getKey().equals("оценить")) {
        for (int i = at + 1; i < Math.min(words.size(), at + 4); i++) {
          for (Map.Entry<String, Stance> noun : EXPRESSED.entrySet()) {
            if (words.get(i).keys().contains(noun.getKey())) {
              return Optional.of(noun.getValue());
            }
          }
        }
        return verb.getKey().equals("подтвердить")
            ? Optional.empty()
            : Optional.of(verb.getValue());
      }
      return Optional.of(verb.getValue());
    }
    return Optional.empty();
  }

  private static List<String> speakers(
      ActorTable table,
      Sentence sentence,
      List<RussianWord> words,
      int verb,
      List<org.attache.model.Meeting> meetings) {
    Reference nearest = null;
    for (Reference reference : table.referencesIn(sentence.index())) {
      int at = reference.firstToken() - sentence.firstToken();
      if (at < verb && (nearest == null || better(table, reference, nearest))) {
        nearest = reference;
      }
    }
    Optional<org.attache.model.Meeting> meeting =
        meetings.isEmpty() ? Optional.empty() : Optional.of(meetings.get(meetings.size() - 1));
    Optional<List<String>> unnamed =
        RussianSpeakers.trailing(table, sentence, words, verb)
            .or(() -> RussianSpeakers.of(table, sentence, words, verb, meeting));
    if (unnamed.isPresent()) {
      return unnamed.get();
    }
    if (nearest != null && table.isPerson(nearest.actor())) {
      return List.of(nearest.actor());
    }
    for (Reference reference : table.referencesIn(sentence.index())) {
      int at = reference.firstToken() - sentence.firstToken();
      if (at > verb && at <= verb + 6 && table.isPerson(reference.actor())) {
        return List.of(reference.actor());
      }
    }
    return nearest == null ? List.of() : List.of(nearest.actor());
  }

  /** A person before a state or organisation; the later of two of a kind. */
  private static boolean better(ActorTable table, Reference candidate, Reference known) {
    boolean person = table.isPerson(candidate.actor());
    boolean knownPerson = table.isPerson(known.actor());
    if (person != knownPerson) {
      return person;
    }
    return candidate.firstToken() > known.firstToken();
  }
}
