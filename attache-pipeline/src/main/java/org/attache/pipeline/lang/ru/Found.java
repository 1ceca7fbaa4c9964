package org.attache.pipeline.lang.ru;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.attache.model.Span;

/**
 * A name found in a Russian sentence: a state, a state's adjective, an organisation, a city, a post
 * title (key: the English title) or a person (key: the name in the nominative).
 *
 * @param first the index of its first word in the sentence
 * @param last the index of its last word in the sentence (inclusive)
 * @param of for a post, the code of the state or organisation named inside its title ("глава
 *     белорусского МИД"), if any
 */
public record Found(String kind, String key, int first, int last, Span span, Optional<String> of) {
  public Found {
    requireNonNull(kind, "kind is null");
    requireNonNull(key, "key is null");
    requireNonNull(span, "span is null");
    requireNonNull(of, "of is null");
  }

  public Found(String kind, String key, int first, int last, Span span) {
    this(kind, key, first, last, span, Optional.empty());
  }

  public boolean isActor() {
    return kind.equals("state") || kind.equals("organisation") || kind.equals("adjective");
  }
}
