package org.attache.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What a record says about the document it was read from.
 *
 * @param id SHA-256 of the normalised text, hex
 * @param title the title, if the source gives one
 * @param published publication date (ISO 8601), if known
 * @param source the file path or URL it was read from
 * @param language ISO 639-1 code of the text's language
 * @param diplomatic whether the document reports any contact, statement, agreement or plan
 */
public record DocumentInfo(
    String id,
    Optional<String> title,
    Optional<String> published,
    String source,
    String language,
    boolean diplomatic) {
  public DocumentInfo {
    requireNonNull(id, "id is null");
    title = Values.opt(title, "title");
    published = Values.opt(published, "published");
    requireNonNull(source, "source is null");
    requireNonNull(language, "language is null");
  }
}
