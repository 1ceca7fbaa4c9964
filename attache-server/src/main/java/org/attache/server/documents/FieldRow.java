package org.attache.server.documents;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.stream.Collectors;
import org.attache.server.records.Words;
import org.attache.store.query.documents.DocumentField;

/**
 * A field in the document page's list, after the heading of its subject when it is the first of
 * that subject.
 */
public record FieldRow(Optional<String> subject, DocumentField field) {
  public FieldRow {
    requireNonNull(subject, "subject is null");
    requireNonNull(field, "field is null");
  }

  /** Every span of the field's evidence as {@code start-end}, space-separated. */
  public String spans() {
    return field.evidence().stream()
        .map(span -> span.start() + "-" + span.end())
        .collect(Collectors.joining(" "));
  }

  /** The field's name in words: "on behalf of", "place.city". */
  public String name() {
    return Words.of(field.field());
  }

  /** The field's value, or the name of the actor it points to. */
  public Optional<String> value() {
    return field.valueName().or(field::value);
  }
}
