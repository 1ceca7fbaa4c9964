package org.attache.pipeline.lang.ru;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attache.knowledge.KnowledgeBase;
import org.attache.model.ActorKind;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.analysis.Sentence;

/**
 * The participants of a session of a body, told in Russian: "Заседание Совета глав государств ШОС
 * началось в ...", "под председательством Киргизии прошло заседание Совета министров ... ОДКБ",
 * "совещание глав МИД стран БРИКС". The session's noun is followed by an organisation; it takes
 * part, with the state that chairs it ("под председательством Киргизии"), the member states the
 * text names where the session is one of the organisation's countries ("стран БРИКС"), and the
 * people named as taking part in the sentence and in those right after it that tell who opened it
 * or took part ("Его открыл ...", "С российской стороны в нем принимают участие ...").
 */
final class RussianSessions {
  static final Set<String> NOUNS = Set.of("заседание", "совещание", "саммит", "сессия");

  /** The words that tell who took part in, opened or chaired a session. */
  private static final Set<String> TAKING_PART =
      Set.of("участие", "участвовать", "открыть", "председательствовать", "возглавить");

  private static final Set<String> COMING = Set.of("предстоящий", "будущий", "следующий");

  /** How many words after the session's noun its organisation may stand. */
  private static final int REACH = 16;

  /** The bodies of an organisation: a session of its council is the organisation's. */
  private static final Set<String> COUNCILS = Set.of("совет", "комитет", "комиссия");

  private RussianSessions() {}

  /** The index of the session's noun in the sentence, or -1. */
  static int noun(List<RussianWord> words) {
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).isAny(NOUNS)) {
        // "на заседании ...": a session named as where something else happened; "предстоящих
        // заседаний": one to come.
        for (int before = Math.max(0, i - 2); before < i; before++) {
          if (words.get(before).is("на") || words.get(before).isAny(COMING)) {
            return -1;
          }
        }
        return i;
      }
    }
    return -1;
  }

  /**
   * The participants of the session told in sentence {@code s} (its noun at {@code noun}), as actor
   * ids: empty when no organisation follows the noun.
   */
  static List<String> participants(
      KnowledgeBase knowledge,
      ActorTable table,
      List<Sentence> sentences,
      List<List<RussianWord>> words,
      int s,
      int noun) {
    Sentence sentence = sentences.get(s);
    List<RussianWord> own = words.get(s);
    Optional<Reference> body = Optional.empty();
    for (Reference reference : table.referencesIn(sentence.index())) {
      int at = reference.firstToken() - sentence.firstToken();
      boolean organisation =
          table.actor(reference.actor()).map(a -> a.kind() == ActorKind.ORGANISATION).orElse(false);
      if (at > noun && at <= noun + REACH && finiteVerbBetween(own, noun, at)) {
        break;
      }
      if (organisation && at > noun && at <= noun + REACH) {
        body = Optional.of(reference);
        break;
      }
    }
    if (body.isEmpty()) {
      return List.of();
    }
    Set<String> participants = new LinkedHashSet<>();
    chair(table, sentence, own).ifPresent(participants::add);
    participants.add(body.get().actor());
    int bodyAt = body.get().firstToken() - sentence.firstToken();
    boolean ofCountries =
        bodyAt >= 1 && (own.get(bodyAt - 1).is("страна") || own.get(bodyAt - 1).is("государство"));
    boolean council = own.subList(noun, bodyAt).stream().anyMatch(w -> w.isAny(COUNCILS));
    if (ofCountries && !council) {
      participants.addAll(members(knowledge, table, body.get().actor()));
    }
    for (int next = s; next < sentences.size(); next++) {
      boolean told = next == s || words.get(next).stream().anyMatch(w -> w.isAny(TAKING_PART));
      if (!told) {
        break;
      }
      for (Reference reference : table.referencesIn(sentences.get(next).index())) {
        if (table.isPerson(reference.actor())) {
          participants.add(reference.actor());
        }
      }
    }
    return List.copyOf(participants);
  }

  private static boolean finiteVerbBetween(List<RussianWord> words, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      RussianWord word = words.get(i);
      boolean tensed = word.has("Past") || word.has("Pres") || word.has("Fut");
      if (word.has("VB") && !word.has("INF") && !word.has("NN") && tensed) {
        return true;
      }
    }
    return false;
  }

  /** The state named right after "под председательством", if any. */
  private static Optional<String> chair(
      ActorTable table, Sentence sentence, List<RussianWord> words) {
    for (Reference reference : table.referencesIn(sentence.index())) {
      int at = reference.firstToken() - sentence.firstToken();
      if (at >= 1
          && words.get(at - 1).is("председательство")
          && !table.isPerson(reference.actor())) {
        return Optional.of(reference.actor());
      }
    }
    return Optional.empty();
  }

  /** The states the document names that the knowledge base counts as members of the body. */
  private static List<String> members(KnowledgeBase knowledge, ActorTable table, String body) {
    List<String> members =
        table.code(body).flatMap(knowledge::organisation).map(o -> o.members()).orElse(List.of());
    List<String> named = new ArrayList<>();
    for (String code : members) {
      table.byCode(code).filter(a -> a.kind() == ActorKind.STATE).ifPresent(a -> named.add(a.id()));
    }
    return named;
  }
}
