package org.attache.pipeline.analysis;

import static java.util.Objects.requireNonNull;

import org.attache.model.Span;

/**
 * A place in the text that refers to an actor: a name, a title with a name, a description ("the
 * Secretary-General") or a state or organisation.
 *
 * @param span the characters of the whole phrase
 * @param sentence index of the sentence it stands in
 * @param firstToken first token of the phrase
 * @param lastToken last token of the phrase, inclusive
 * @param actor id of the actor it refers to
 * @param qualifier true where it only qualifies a post ("Ambassador of <b>Brunei</b>"), and so does
 *     not stand for a side of its own
 * @param rule the construction that made the link
 */
public record Reference(
    Span span,
    int sentence,
    int firstToken,
    int lastToken,
    String actor,
    boolean qualifier,
    String rule) {
  public Reference {
    requireNonNull(span, "span is null");
    requireNonNull(actor, "actor is null");
    requireNonNull(rule, "rule is null");
  }
}
