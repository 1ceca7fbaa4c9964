package org.attache.store.export;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;
import org.attache.model.RecordCodec;

/** Writes each event of a selection as one line of JSON ({@link ExportedEvent}). */
final class JsonLinesExport {
  private JsonLinesExport() {}

  /** Writes the lines and returns how many. */
  static long write(Selection selection, Writer out) throws IOException {
    ObjectWriter json = RecordCodec.mapper().writer();
    RecordShapes shapes = new RecordShapes(selection);
    long written = 0;
    for (StoredEvent stored : selection.events()) {
      Optional<ExportedEvent> event = shapes.of(stored);
      if (event.isPresent()) {
        out.write(json.writeValueAsString(event.get()));
        out.write('\n');
        written++;
      }
    }
    return written;
  }
}
