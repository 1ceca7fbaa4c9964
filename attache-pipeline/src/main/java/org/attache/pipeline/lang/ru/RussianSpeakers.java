package org.attache.pipeline.lang.ru;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.attache.model.Actor;
import org.attache.model.Meeting;
import org.attache.model.Participant;
import org.attache.model.Post;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.analysis.Sentence;

/**
 * Speakers a Russian sentence names without naming them: a pronoun ("Он отметил", "Она
 * подчеркнула": the person named last before it whose gender is the verb's), the sides of the
 * meeting told ("Стороны подтвердили", and a plural verb with no subject opening the sentence:
 * "Констатировали совпадение позиций"), one side by its adjective ("Кыргызская сторона
 * подчеркнула": the participant who serves that state, else the state), and the speaker an
 * attribution after the words names ("..., сообщил пресс-секретарь ОДКБ Иван Петров", "«...», —
 * отметил пресс-секретарь").
 */
final class RussianSpeakers {
  /** How many words before the verb its subject may start. */
  private static final int SUBJECT = 3;

  /** How many words after the verb of a trailing attribution its speaker may start. */
  private static final int TRAILING = 6;

  private static final java.util.Set<String> ATTRIBUTING = java.util.Set.of(",", "-", "—", "–");

  private RussianSpeakers() {}

  /**
   * The speakers the subject before the verb at {@code verb} stands for, when it is a pronoun or a
   * side; empty when it is neither (the caller then looks for a name).
   */
  static Optional<List<String>> of(
      ActorTable table,
      Sentence sentence,
      List<RussianWord> words,
      int verb,
      Optional<Meeting> meeting) {
    for (int i = verb - 1; i >= 0 && i >= verb - SUBJECT; i--) {
      RussianWord word = words.get(i);
      if (word.lower().equals("он") || word.lower().equals("она")) {
        boolean female = word.lower().equals("она");
        return Optional.of(lastPerson(table, sentence.firstToken() + i, female));
      }
      if (word.is("сторона") && meeting.isPresent()) {
        Optional<String> state = adjective(table, sentence, i - 1);
        if (state.isPresent()) {
          return Optional.of(serving(table, meeting.get(), state.get()));
        }
        if (word.has("PL")) {
          return Optional.of(actors(meeting.get()));
        }
      } else if (word.is("сторона") && i >= 1) {
        Optional<String> state = adjective(table, sentence, i - 1);
        if (state.isPresent()) {
          return Optional.of(List.of(state.get()));
        }
      }
    }
    // "Констатировали совпадение позиций": a plural verb with no subject, after a meeting.
    boolean opens = verb == 0 || verb == 1 && words.get(0).is("также");
    if (opens && words.get(verb).has("PL") && meeting.isPresent()) {
      return Optional.of(actors(meeting.get()));
    }
    return Optional.empty();
  }

  /**
   * The person named within a few words after a verb of speech that follows a comma or a dash: the
   * one who tells what comes before.
   */
  static Optional<List<String>> trailing(
      ActorTable table, Sentence sentence, List<RussianWord> words, int verb) {
    if (verb < 1 || !ATTRIBUTING.contains(words.get(verb - 1).text())) {
      return Optional.empty();
    }
    for (Reference reference : table.referencesIn(sentence.index())) {
      int at = reference.firstToken() - sentence.firstToken();
      if (at > verb && at <= verb + TRAILING && table.isPerson(reference.actor())) {
        return Optional.of(List.of(reference.actor()));
      }
    }
    return Optional.empty();
  }

  private static List<String> actors(Meeting meeting) {
    List<String> actors = new ArrayList<>();
    for (Participant participant : meeting.participants()) {
      actors.add(participant.actor());
    }
    return actors;
  }

  /** The state or organisation whose adjective stands at {@code at}, as an actor id. */
  private static Optional<String> adjective(ActorTable table, Sentence sentence, int at) {
    for (Reference reference : table.referencesIn(sentence.index())) {
      if (reference.lastToken() - sentence.firstToken() == at
          && !table.isPerson(reference.actor())) {
        return Optional.of(reference.actor());
      }
    }
    return Optional.empty();
  }

  /** The participants who serve {@code state}, else the state itself. */
  private static List<String> serving(ActorTable table, Meeting meeting, String state) {
    List<String> serving = new ArrayList<>();
    for (Participant participant : meeting.participants()) {
      boolean serves =
          table.actor(participant.actor()).stream()
              .flatMap(a -> a.posts().stream())
              .map(Post::of)
              .anyMatch(of -> of.equals(Optional.of(state)));
      if (serves || participant.actor().equals(state)) {
        serving.add(participant.actor());
      }
    }
    return serving.isEmpty() ? List.of(state) : serving;
  }

  /** The person named last before token {@code before} whose gender is the pronoun's. */
  private static List<String> lastPerson(ActorTable table, int before, boolean female) {
    String found = null;
    for (Reference reference : table.references()) {
      if (reference.firstToken() >= before) {
        break;
      }
      Optional<Actor> actor = table.actor(reference.actor());
      if (table.isPerson(reference.actor()) && actor.map(a -> female(a.name())).get() == female) {
        found = reference.actor();
      }
    }
    return found == null ? List.of() : List.of(found);
  }

  /**
   * Whether a Russian name in the nominative is a woman's: her surname ends as a woman's does
   * ("Захарова", "Петровская"), or, where it tells nothing ("Матвиенко"), her first name is one the
   * dictionary knows as a woman's.
   */
  static boolean female(String name) {
    String[] parts = name.split("[ .]+");
    String surname = parts[parts.length - 1].toLowerCase(Locale.ROOT);
    if (surname.endsWith("ова")
        || surname.endsWith("ева")
        || surname.endsWith("ёва")
        || surname.endsWith("ина")
        || surname.endsWith("ская")
        || surname.endsWith("цкая")) {
      return true;
    }
    if (parts.length < 2) {
      return false;
    }
    for (Morphology.Reading reading : Morphology.readings(parts[0])) {
      if (reading.has("Name") && reading.has("Nom")) {
        return reading.has("Fem");
      }
    }
    return false;
  }
}
