package org.attache.pipeline.events.parties;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.analysis.Token;

/**
 * One sentence as the event rules read it: its tokens, by their whole-text index, and the resolved
 * references to actors that stand in it.
 */
public final class SentenceView {
  private final String text;
  private final Sentence sentence;
  private final List<Reference> references;

  public SentenceView(String text, Sentence sentence, ActorTable actors) {
    this.text = requireNonNull(text, "text is null");
    this.sentence = requireNonNull(sentence, "sentence is null");
    this.references = actors.referencesIn(sentence.index());
  }

  /** Every sentence of the analysis, in order, as the event rules read it. */
  public static List<SentenceView> all(Analysis analysis) {
    ActorTable actors = analysis.actorTable();
    List<SentenceView> views = new ArrayList<>();
    for (Sentence sentence : analysis.annotatedText().sentences()) {
      views.add(new SentenceView(analysis.text(), sentence, actors));
    }
    return views;
  }

  public Sentence sentence() {
    return sentence;
  }

  public int index() {
    return sentence.index();
  }

  /** Whole-text index of the first token. */
  public int first() {
    return sentence.firstToken();
  }

  /** Whole-text index of the last token; less than {@link #first()} for an empty sentence. */
  public int last() {
    return sentence.firstToken() + sentence.tokens().size() - 1;
  }

  public boolean inside(int token) {
    return token >= first() && token <= last();
  }

  public Token token(int index) {
    return sentence.token(index);
  }

  /** The token in lower case, or "" outside the sentence. */
  public String lower(int index) {
    return inside(index) ? sentence.token(index).text().toLowerCase(Locale.ROOT) : "";
  }

  /** The token's part-of-speech tag, or "" outside the sentence. */
  public String pos(int index) {
    return inside(index) ? sentence.token(index).pos() : "";
  }

  /** The sentence's text. */
  public String text() {
    return sentence.text(text);
  }

  /** The text from the first to the last token, inclusive, as written. */
  public String text(int fromToken, int toToken) {
    if (toToken < fromToken) {
      return "";
    }
    return text.substring(token(fromToken).start(), token(toToken).end());
  }

  /** The references of this sentence, in order. */
  public List<Reference> references() {
    return references;
  }

  /** The references of the sentence that stand for a side (not mere qualifiers of a post). */
  public List<Reference> sides() {
    return sidesBetween(first(), last());
  }

  /** The references that stand for a side (not mere qualifiers of a post) inside the tokens. */
  public List<Reference> sidesBetween(int fromToken, int toToken) {
    List<Reference> found = new ArrayList<>();
    for (Reference reference : references) {
      if (!reference.qualifier()
          && reference.firstToken() >= fromToken
          && reference.lastToken() <= toToken) {
        found.add(reference);
      }
    }
    return found;
  }

  /** Every reference, qualifiers included, inside the tokens. */
  public List<Reference> referencesBetween(int fromToken, int toToken) {
    List<Reference> found = new ArrayList<>();
    for (Reference reference : references) {
      if (reference.firstToken() >= fromToken && reference.lastToken() <= toToken) {
        found.add(reference);
      }
    }
    return found;
  }

  /** The widest reference standing for a side that ends at the token. */
  public Optional<Reference> sideEndingAt(int token) {
    Reference best = null;
    for (Reference reference : references) {
      if (!reference.qualifier()
          && reference.lastToken() == token
          && (best == null || reference.firstToken() < best.firstToken())) {
        best = reference;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The reference standing for a side that covers the token, the widest first. */
  public Optional<Reference> sideAt(int token) {
    Reference best = null;
    for (Reference reference : references) {
      if (!reference.qualifier()
          && reference.firstToken() <= token
          && token <= reference.lastToken()
          && (best == null || reference.span().length() > best.span().length())) {
        best = reference;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether some reference, qualifier or not, covers the token. */
  public boolean inReference(int token) {
    for (Reference reference : references) {
      if (reference.firstToken() <= token && token <= reference.lastToken()) {
        return true;
      }
    }
    return false;
  }

  /** The first token that ends after the whole-text character offset, or -1 if none. */
  public int tokenAt(int offset) {
    for (Token token : sentence.tokens()) {
      if (token.end() > offset) {
        return token.index();
      }
    }
    return -1;
  }
}
