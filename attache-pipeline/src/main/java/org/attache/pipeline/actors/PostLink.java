package org.attache.pipeline.actors;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.attache.model.Span;
import org.attache.pipeline.analysis.Mention;

/**
 * A post phrase read as the post of one named person, or, without a name, as a description ("the
 * Secretary-General") to be resolved against the people of the document.
 *
 * @param phrase the post phrase
 * @param name the person's name mention, if the phrase names one
 * @param of the code of the party served, if written
 * @param to the code of the party an envoy is accredited to, if written
 * @param span the whole phrase with its name
 * @param rule the construction that read it
 */
record PostLink(
    PostPhrase phrase,
    Optional<Mention> name,
    Optional<String> of,
    Optional<String> to,
    Span span,
    String rule) {
  PostLink {
    requireNonNull(phrase, "phrase is null");
    name = name == null ? Optional.empty() : name;
    of = of == null ? Optional.empty() : of;
    to = to == null ? Optional.empty() : to;
    requireNonNull(span, "span is null");
    requireNonNull(rule, "rule is null");
  }

  /** This description read as the post of a named person (the name it was resolved to). */
  PostLink withName(Mention person, String resolvedBy) {
    return new PostLink(phrase, Optional.of(person), of, to, span, resolvedBy);
  }

  /** This link as read by another rule. */
  PostLink withRule(String readBy) {
    return new PostLink(phrase, name, of, to, span, readBy);
  }

  /** This post serving the given party, read by another construction. */
  PostLink withOf(String party, String readBy) {
    return new PostLink(phrase, name, Optional.of(party), to, span, readBy);
  }

  String title() {
    return phrase.title().value();
  }

  boolean isDescription() {
    return name.isEmpty();
  }
}
