package org.attache.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.TextNormaliser;
import org.attache.pipeline.read.DocumentReaders;
import org.attache.pipeline.read.ReadResult;
import org.attache.pipeline.read.SourceDocument;

/**
 * The documents the benchmarks run on, read from the classpath with the project's own readers: the
 * example communiqués of the repository's {@code examples/} folder (copied there by the build) and
 * a short text of sport, weather and market news that holds no record.
 */
final class Examples {
  /** The plain-text communiqué, with a header. */
  static final String TEXT = "2025-03-04-sco-kazakhstan.txt";

  /** The HTML communiqué. */
  static final String HTML = "2025-05-20-uzbekistan-mongolia.html";

  /** News that is not diplomatic. */
  static final String FILLER = "filler.txt";

  private Examples() {}

  /** A fresh analysis of the named document: its text as the extractor's stages read it. */
  static Analysis analysis(String name) {
    SourceDocument document = document(name);
    return Analysis.of(document, TextNormaliser.normalise(document.text()));
  }

  /** The text of the named document as the extractor's stages read it. */
  static String text(String name) {
    return analysis(name).text();
  }

  private static SourceDocument document(String name) {
    String resource = name.equals(FILLER) ? name : "examples/" + name;
    try (InputStream in = Examples.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException(
            "Cannot read '" + name + "': no such document among the benchmarks' resources");
      }
      Path folder = Files.createTempDirectory("attache-bench");
      Path file = folder.resolve(name);
      try {
        Files.copy(in, file);
        List<ReadResult> read = DocumentReaders.create().read(file).toList();
        if (read.size() != 1 || !(read.get(0) instanceof ReadResult.Read document)) {
          throw new IllegalStateException(
              "Cannot read '"
                  + name
                  + "': expected one document, got "
                  + read.stream().map(ReadResult::toString).collect(Collectors.joining(", ")));
        }
        return document.document();
      } finally {
        Files.deleteIfExists(file);
        Files.delete(folder);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read '" + name + "': " + e.getMessage(), e);
    }
  }
}
