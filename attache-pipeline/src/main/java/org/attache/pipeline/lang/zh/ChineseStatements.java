package org.attache.pipeline.lang.zh;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.attache.model.Meeting;
import org.attache.model.Span;
import org.attache.model.Stance;
import org.attache.model.Statement;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.analysis.Sentence;

/**
 * Statements told in Chinese. A clause whose subject is a person (a name, a title of one person, 他
 * or 她 for the last speaker) followed by a verb of saying or a cue of stance ("王毅表示", "秘书长高度评价")
 * makes that person the speaker; a collective subject ({@link ChineseCollectives}) the sides it
 * stands for; a clause without a subject ({@link ChineseContinuations}) the last speaker. Each
 * clause of the sentence that holds a cue is a statement of the speaker, and a sentence that holds
 * none, one comment. The speaker speaks on to the end of the paragraph: the sentences after
 * "王毅表示,..." are his too, until another speaker comes.
 */
final class ChineseStatements {
  private static final String CLAUSE_ENDS = "，,；;：:";

  private ChineseStatements() {}

  static List<Statement> find(
      Reading reading, ActorTable actors, List<Meeting> meetings, Optional<LocalDate> published) {
    List<Statement> statements = new ArrayList<>();
    List<String> speakers = List.of();
    List<String> previous = List.of();
    String text = reading.simplified();
    int paragraphEnd = -1;
    for (Sentence sentence : reading.sentences()) {
      if (sentence.span().start() > paragraphEnd) {
        speakers = List.of();
        int newline = text.indexOf('\n', sentence.span().start());
        paragraphEnd = newline < 0 ? text.length() : newline;
      }
      boolean said = false;
      int start = sentence.span().start();
      List<Span> clauses = clauses(text, sentence.span());
      for (Span clause : clauses) {
        String piece = text.substring(clause.start(), clause.end());
        List<String> subject = subject(reading, actors, meetings, clause, piece);
        if (subject.isEmpty() && !previous.isEmpty() && ChineseContinuations.continues(piece)) {
          subject = speakers.isEmpty() ? previous : speakers;
        }
        if (!subject.isEmpty()) {
          speakers = subject;
          previous = subject;
        }
        if (speakers.isEmpty()) {
          continue;
        }
        Optional<Stance> stance = ChineseStances.of(piece);
        boolean opening = !subject.isEmpty();
        if (stance.isPresent() || opening && clause.end() - clause.start() > 6) {
          for (String speaker : speakers) {
            statements.add(
                statement(
                    reading, speaker, stance.orElse(Stance.COMMENT), clause, sentence, published));
          }
          said = true;
        }
      }
      if (!said && !speakers.isEmpty() && sentence.span().end() - start > 8) {
        for (String speaker : speakers) {
          statements.add(
              statement(reading, speaker, Stance.COMMENT, sentence.span(), sentence, published));
        }
      }
    }
    return statements;
  }

  /** The people a clause opens with as its subject before a verb of saying, or none. */
  private static List<String> subject(
      Reading reading, ActorTable actors, List<Meeting> meetings, Span clause, String piece) {
    Optional<List<String>> collective =
        ChineseCollectives.speakers(reading, actors, meetings, clause.start(), piece);
    if (collective.isPresent()) {
      return collective.get();
    }
    for (Reference reference : actors.referencesIn(reading.sentenceAt(clause.start()))) {
      if (reference.span().start() < clause.start()
          || reference.span().end() > clause.end()
          || !actors.isPerson(reference.actor())) {
        continue;
      }
      int offset = reference.span().end() - clause.start();
      String rest = piece.substring(Math.min(piece.length(), offset));
      if (reference.span().start() - clause.start() <= 14 && ChineseStances.opens(rest, 5)) {
        return List.of(reference.actor());
      }
    }
    return List.of();
  }

  private static List<Span> clauses(String text, Span sentence) {
    List<Span> clauses = new ArrayList<>();
    int start = sentence.start();
    for (int i = sentence.start(); i < sentence.end(); i++) {
      if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
        if (i > start) {
          clauses.add(new Span(start, i));
        }
        start = i + 1;
      }
    }
    int end = sentence.end();
    while (end > start && "。！？!?”\"".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end > start) {
      clauses.add(new Span(start, end));
    }
    return clauses;
  }

  private static Statement statement(
      Reading reading,
      String speaker,
      Stance stance,
      Span clause,
      Sentence sentence,
      Optional<LocalDate> published) {
    TreeMap<String, String> provenance = new TreeMap<>();
    provenance.put("stance", "zh-stance");
    return new Statement(
        "zh-statement-" + sentence.index() + "-" + clause.start() + "-" + speaker,
        published.map(LocalDate::toString),
        speaker,
        stance,
        reading.text().substring(clause.start(), clause.end()),
        List.of(),
        List.of(),
        Optional.empty(),
        List.of(sentence.span()),
        0.6,
        provenance);
  }
}
