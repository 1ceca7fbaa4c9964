package org.attache.store.export;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.attache.model.Vocabulary;
import org.attache.model.error.AttacheException;

/** The formats of {@code attache export}. */
public enum ExportFormat implements Vocabulary {
  /**
   * The stored records as JSON Lines, one event per line with its sources ({@link ExportedEvent}).
   */
  JSONL(false),
  /** Flat tables as CSV files in a folder. */
  CSV(true),
  /** Flat tables as Parquet files in a folder. */
  PARQUET(true),
  /** PLOVER events as JSON Lines. */
  PLOVER(false),
  /** Popolo JSON: persons, organizations, memberships. */
  POPOLO(false),
  /** The contact network as GraphML. */
  GRAPHML(false);

  private final boolean folder;

  ExportFormat(boolean folder) {
    this.folder = folder;
  }

  /** Whether the format is a folder of files rather than one stream. */
  public boolean folder() {
    return folder;
  }

  /**
   * A format by its name.
   *
   * @throws AttacheException (bad input) naming the value and the formats when there is none such
   */
  public static ExportFormat parse(String code) {
    return Vocabulary.lookup(ExportFormat.class, code)
        .orElseThrow(
            () ->
                AttacheException.badInput(
                    "Not an export format: '"
                        + code
                        + "'; one of "
                        + Arrays.stream(values())
                            .map(ExportFormat::code)
                            .collect(Collectors.joining(", "))));
  }
}
