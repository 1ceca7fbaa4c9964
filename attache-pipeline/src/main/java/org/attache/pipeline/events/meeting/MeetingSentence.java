package org.attache.pipeline.events.meeting;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.attache.model.Span;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.Mention;
import org.attache.pipeline.analysis.MentionKind;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.analysis.Token;

/**
 * One sentence as the meeting constructions read it: its tokens, the actors it refers to and the
 * names it holds, with the document around it.
 *
 * @param analysis the document's analysis
 * @param sentence the sentence
 * @param references the resolved references inside the sentence, in order
 * @param mentions the mentions inside the sentence, in order
 * @param title whether the sentence is (part of) the document's title
 * @param told the date the document is told from ({@link StoryDate}), against which its relative
 *     dates are resolved
 */
record MeetingSentence(
    Analysis analysis,
    Sentence sentence,
    List<Reference> references,
    List<Mention> mentions,
    boolean title,
    Optional<LocalDate> told) {
  MeetingSentence {
    requireNonNull(analysis, "analysis is null");
    requireNonNull(told, "told is null");
    requireNonNull(sentence, "sentence is null");
    references = List.copyOf(references);
    mentions = List.copyOf(mentions);
  }

  /** The sentence of a document told from its publication date, if it has one. */
  static MeetingSentence of(Analysis analysis, Sentence sentence) {
    return of(analysis, sentence, analysis.document().published());
  }

  /** The sentence of a document told from the given date. */
  static MeetingSentence of(Analysis analysis, Sentence sentence, Optional<LocalDate> told) {
    int titleEnd = analysis.document().title().map(String::length).orElse(0);
    return new MeetingSentence(
        analysis,
        sentence,
        analysis.actorTable().referencesIn(sentence.index()),
        analysis.mentionList().in(sentence),
        sentence.span().start() < titleEnd,
        told);
  }

  /** Another sentence of the same document, told from the same date. */
  MeetingSentence other(Sentence other) {
    return of(analysis, other, told);
  }

  ActorTable actors() {
    return analysis.actorTable();
  }

  /** The date relative dates are resolved against: the date the document is told from. */
  Optional<LocalDate> published() {
    return told;
  }

  String text() {
    return sentence.text(analysis.text());
  }

  int first() {
    return sentence.firstToken();
  }

  /** The index of the sentence's last token. */
  int last() {
    return sentence.firstToken() + sentence.tokens().size() - 1;
  }

  boolean contains(int index) {
    return index >= first() && index <= last();
  }

  /** The index of the first token that starts at or after the character offset. */
  int firstTokenAfter(int offset) {
    for (Token token : sentence.tokens()) {
      if (token.start() >= offset) {
        return token.index();
      }
    }
    return last() + 1;
  }

  Token token(int index) {
    return sentence.token(index);
  }

  /** The token's text in lower case, or "" outside the sentence. */
  String word(int index) {
    return contains(index) ? sentence.token(index).text().toLowerCase(Locale.ROOT) : "";
  }

  /** The token's lemma in lower case, or "" outside the sentence. */
  String lemma(int index) {
    return contains(index) ? Triggers.lemma(sentence.token(index)) : "";
  }

  /** The token's part of speech, or "" outside the sentence. */
  String pos(int index) {
    return contains(index) ? sentence.token(index).pos() : "";
  }

  /**
   * Whether the token at {@code noun} is a noun with one of {@code words} at most {@code reach}
   * tokens before it, and between them only tokens whose part of speech {@code modifier} accepts:
   * "our two rounds of talks", "his recent official visit".
   */
  boolean nounMarkedBy(int noun, Set<String> words, int reach, Predicate<String> modifier) {
    if (!pos(noun).startsWith("NN")) {
      return false;
    }
    for (int i = noun - 1; i >= noun - reach; i--) {
      if (words.contains(word(i))) {
        return true;
      }
      if (!modifier.test(pos(i))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Where the dateline of the sentence ends ("TEHRAN, Oct. 09 (MNA) –"): the first dash or closing
   * parenthesis after a city that opens the sentence; the sentence's start if it has none.
   */
  int datelineEnd() {
    boolean opensWithCity =
        !mentions.isEmpty()
            && mentions.get(0).kind() == MentionKind.CITY
            && mentions.get(0).firstToken() == sentence.firstToken();
    if (!opensWithCity) {
      return sentence.span().start();
    }
    int limit = Math.min(sentence.tokens().size(), 12);
    for (int i = 0; i < limit; i++) {
      String word = sentence.tokens().get(i).text();
      if (word.equals("–") || word.equals("—") || word.equals("-") || word.equals("--")) {
        return sentence.tokens().get(i).end();
      }
    }
    return sentence.span().start();
  }

  /** ", who ... ," and ", which ... ,": the clauses that say something else about a side. */
  List<Span> relativeClauses() {
    List<Span> clauses = new ArrayList<>();
    List<Token> tokens = sentence.tokens();
    for (int i = 1; i < tokens.size(); i++) {
      String word = tokens.get(i).text().toLowerCase(Locale.ROOT);
      if (!tokens.get(i - 1).text().equals(",")
          || !(word.equals("who") || word.equals("which") || word.equals("where"))) {
        continue;
      }
      clauses.add(new Span(tokens.get(i).start(), tokens.get(clauseEnd(i)).end()));
    }
    return clauses;
  }

  /**
   * "since he took office in April 2016": a clause opened by "since" dates something else. It runs
   * to the next comma or the end of the sentence.
   */
  List<Span> sinceClauses() {
    List<Span> clauses = new ArrayList<>();
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      boolean since = tokens.get(i).text().equalsIgnoreCase("since");
      boolean clause =
          tokens.get(i + 1).pos().startsWith("PRP")
              || tokens.get(i + 1).isProperNoun()
              || tokens.get(i + 1).pos().equals("DT");
      if (since && clause) {
        clauses.add(new Span(tokens.get(i).start(), tokens.get(clauseEnd(i + 1)).end()));
      }
    }
    return clauses;
  }

  /** The position (in the sentence's token list) of the next comma from i on, else the last. */
  private int clauseEnd(int from) {
    List<Token> tokens = sentence.tokens();
    for (int j = from; j < tokens.size(); j++) {
      if (tokens.get(j).text().equals(",")) {
        return j;
      }
    }
    return tokens.size() - 1;
  }
}
