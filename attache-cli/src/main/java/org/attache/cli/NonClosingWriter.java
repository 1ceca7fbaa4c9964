package org.attache.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** A writer that flushes but does not close the command's own output on close. */
final class NonClosingWriter extends FilterWriter {
  NonClosingWriter(Writer out) {
    super(out);
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
