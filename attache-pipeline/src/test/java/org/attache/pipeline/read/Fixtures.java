package org.attache.pipeline.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The fixture files of these tests, and short ways to read them. */
final class Fixtures {
  private Fixtures() {}

  static Path fixture(String name) {
    URL url = Fixtures.class.getResource(name);
    if (url == null) {
      throw new IllegalArgumentException("no fixture " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("bad fixture URL " + url, e);
    }
  }

  static List<ReadResult> readAll(DocumentReaders readers, Path path) {
    try (Stream<ReadResult> results = readers.read(path)) {
      return results.collect(Collectors.toList());
    }
  }

  static List<ReadResult> readAll(Path path) {
    return readAll(DocumentReaders.create(), path);
  }

  /** The one document at a path, which must read. */
  static SourceDocument readDocument(Path path) {
    List<ReadResult> results = readAll(path);
    assertThat(results).hasSize(1);
    assertThat(results.get(0)).isInstanceOf(ReadResult.Read.class);
    return ((ReadResult.Read) results.get(0)).document();
  }

  /** The one failure at a path. */
  static ReadResult.Failed readFailure(DocumentReaders readers, Path path) {
    List<ReadResult> results = readAll(readers, path);
    assertThat(results).hasSize(1);
    assertThat(results.get(0)).isInstanceOf(ReadResult.Failed.class);
    return (ReadResult.Failed) results.get(0);
  }

  static ReadResult.Failed readFailure(Path path) {
    return readFailure(DocumentReaders.create(), path);
  }
}
