package org.attache.store.ingest;

import java.util.List;
import org.attache.model.Span;

/**
 * Which of an event's evidence sentences a field's value was read from.
 *
 * <p>A record gives an event the spans of every sentence it was read from; the store keeps, for
 * each field, the spans that this function gives. The extractor's side of the project knows how a
 * value is written in a sentence (dates above all), so it supplies the function with the document.
 */
@FunctionalInterface
public interface FieldSources {
  /** Every field read from every sentence of the evidence. */
  FieldSources ALL_EVIDENCE = (evidence, field, value) -> evidence;

  /**
   * The spans of {@code evidence} that {@code field}'s value was read from; all of {@code evidence}
   * when no one of them can be told.
   *
   * @param field a field name as the store keeps it ({@code date}, {@code place.name}, ...)
   * @param value the field's value as the store keeps it
   */
  List<Span> of(List<Span> evidence, String field, String value);
}
