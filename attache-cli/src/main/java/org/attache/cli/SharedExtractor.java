package org.attache.cli;

import java.util.function.Supplier;
import org.attache.pipeline.Extractor;

/**
 * The standard extractor, made on first use and then shared: the server's submissions and the
 * poller of {@code serve} use one set of models rather than two.
 */
final class SharedExtractor implements Supplier<Extractor> {
  private Extractor extractor;

  @Override
  public synchronized Extractor get() {
    if (extractor == null) {
      extractor = Extractor.standard();
    }
    return extractor;
  }
}
