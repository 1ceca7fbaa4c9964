package org.attache.store.query.actors;

import static java.util.Objects.requireNonNull;

/**
 * A name an actor is known by in the documents, with the language it is written in (ISO 639-1):
 * "Нурлан Ермекбаев" (ru), "努尔兰·叶尔梅克巴耶夫" (zh), "Nurlan Yermekbayev" (en).
 */
public record KnownName(String name, String language) {
  public KnownName {
    requireNonNull(name, "name is null");
    requireNonNull(language, "language is null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("A known name is blank");
    }
    if (language.isBlank()) {
      throw new IllegalArgumentException("The language of the name '" + name + "' is blank");
    }
  }
}
