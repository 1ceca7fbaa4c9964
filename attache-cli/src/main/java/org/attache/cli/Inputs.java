package org.attache.cli;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.attache.pipeline.read.DocumentReaders;
import org.attache.pipeline.read.ReadResult;

/**
 * The documents of several paths, one after the other, read lazily: a large corpus is never held in
 * memory whole.
 */
final class Inputs {
  private Inputs() {}

  static Iterator<ReadResult> of(DocumentReaders readers, List<Path> paths) {
    Iterator<Path> remaining = paths.iterator();
    return new Iterator<>() {
      private Iterator<ReadResult> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && remaining.hasNext()) {
          current = readers.read(remaining.next()).iterator();
        }
        return current.hasNext();
      }

      @Override
      public ReadResult next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }
}
