package org.attache.store.export;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.attache.model.Actor;
import org.attache.model.Event;
import org.attache.model.RecordCodec;
import org.attache.model.error.AttacheException;
import org.attache.model.error.ErrorCode;

/**
 * One line of the JSON Lines export: a stored event in the shape of RECORDS.md, merged over its
 * sources and with every reviewed field applied, the actors it names, and the documents that report
 * it. Actor ids are the store's ({@code p12} for a person, {@code o3} for an organisation or a
 * state), event ids too ({@code e7}); they are stable for one store. The event's own {@code
 * evidence} is empty: spans belong to a document, so each source carries its own.
 */
public record ExportedEvent(
    String schema, Event event, List<Actor> actors, List<ExportedSource> sources) {
  /** The value of {@link #schema()}. */
  public static final String SCHEMA = "attache.export/1";

  public ExportedEvent {
    requireNonNull(schema, "schema is null");
    requireNonNull(event, "event is null");
    actors = List.copyOf(actors);
    sources = List.copyOf(sources);
  }

  /**
   * Reads one line of the export.
   *
   * @throws AttacheException (bad input) when the line is not an exported event
   */
  public static ExportedEvent fromJson(String line) {
    try {
      return RecordCodec.mapper().readValue(line, ExportedEvent.class);
    } catch (JsonProcessingException e) {
      throw new AttacheException(
          ErrorCode.BAD_INPUT, "Not an exported event: " + e.getOriginalMessage(), e);
    }
  }
}
