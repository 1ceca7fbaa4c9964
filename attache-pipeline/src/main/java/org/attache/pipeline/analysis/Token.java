package org.attache.pipeline.analysis;

import static java.util.Objects.requireNonNull;

import org.attache.model.Span;

/**
 * One token of an annotated text.
 *
 * @param index position in the whole text's token list
 * @param text the token as written
 * @param span its characters in the text
 * @param pos Penn Treebank part-of-speech tag
 * @param lemma the lemma, lower case for common words
 * @param ner the named-entity class (PERSON, LOCATION, ORGANIZATION, MISC, DATE, ...) or "O"
 */
public record Token(int index, String text, Span span, String pos, String lemma, String ner) {
  public Token {
    requireNonNull(text, "text is null");
    requireNonNull(span, "span is null");
    requireNonNull(pos, "pos is null");
    requireNonNull(lemma, "lemma is null");
    requireNonNull(ner, "ner is null");
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }

  public boolean isPerson() {
    return ner.equals("PERSON");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }
}
