package org.attache.store.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote.
 *
 * @param events the events the filter kept
 * @param written the events, or for Popolo the people, written: PLOVER has no category for some
 *     (comments, appeals), a record none for an event that lacks a required field
 * @param files the files written; empty when the export went to a stream
 */
public record ExportSummary(long events, long written, List<Path> files) {
  public ExportSummary {
    files = List.copyOf(files);
  }
}
