package org.attache.pipeline.analysis;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.attache.model.Span;

/**
 * A phrase of the text that names something, aligned to tokens.
 *
 * @param kind what it names
 * @param span its characters in the text
 * @param firstToken index of its first token in the whole text
 * @param lastToken index of its last token, inclusive
 * @param value the normal form: ISO alpha-3 for states and demonyms, the acronym for organisations,
 *     the city's name, the normalised title, or the person's name as written
 * @param country for a city, the country it lies in
 * @param envoy for a title, whether its holder is accredited to someone (ambassadors and the like)
 * @param national for a title, whether it is a state's office (head of state or government,
 *     minister), whose holder serves a state even where the text does not name it
 * @param rule the knowledge-base entry or rule that found it
 */
public record Mention(
    MentionKind kind,
    Span span,
    int firstToken,
    int lastToken,
    String value,
    Optional<String> country,
    boolean envoy,
    boolean national,
    String rule) {
  public Mention {
    requireNonNull(kind, "kind is null");
    requireNonNull(span, "span is null");
    requireNonNull(value, "value is null");
    country = country == null ? Optional.empty() : country;
    requireNonNull(rule, "rule is null");
    if (lastToken < firstToken) {
      throw new IllegalArgumentException("mention ends before it starts: " + span);
    }
  }

  /**
   * A mention that lies in no country and is not a title: a state, a demonym, an organisation or a
   * person.
   */
  public static Mention of(
      MentionKind kind, Span span, int firstToken, int lastToken, String value, String rule) {
    return new Mention(
        kind, span, firstToken, lastToken, value, Optional.empty(), false, false, rule);
  }

  /** True for states, demonyms and organisations: the mentions that stand for a side. */
  public boolean isParty() {
    return kind == MentionKind.STATE
        || kind == MentionKind.DEMONYM
        || kind == MentionKind.ORGANISATION;
  }
}
