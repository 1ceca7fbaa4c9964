package org.attache.pipeline.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.pipeline.read.Fixtures.fixture;
import static org.attache.pipeline.read.Fixtures.readAll;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {
  @TempDir Path folder;

  @Test
  void readsEachLineAndReportsTheBadOneByFileAndLine() {
    Path corpus = fixture("corpus.jsonl");

    List<ReadResult> results = readAll(corpus);

    assertThat(results)
        .containsExactly(
            new ReadResult.Read(
                new SourceDocument(
                    corpus + "#n-1",
                    Optional.of("Ministers meet in Port Ellis"),
                    Optional.of(LocalDate.of(2022, 3, 14)),
                    "The foreign ministers of Norland and Estmark met in Port Ellis.",
                    Optional.of("https://example.org/n-1"))),
            new ReadResult.Failed(
                corpus + ":2",
                "invalid JSON at column 145: Unexpected end-of-input: expected close marker for Object"),
            new ReadResult.Read(
                new SourceDocument(
                    corpus + ":3",
                    Optional.of("Untitled item"),
                    Optional.empty(),
                    "A note without an identifier, published on an unreadable date.")),
            new ReadResult.Read(
                new SourceDocument(
                    corpus + "#4",
                    Optional.empty(),
                    Optional.empty(),
                    "Deputy ministers held consultations on consular matters.")));
  }

  @Test
  void failureMessageNamesFileAndLine() {
    Path corpus = fixture("corpus.jsonl");

    ReadResult.Failed failed = (ReadResult.Failed) readAll(corpus).get(1);

    assertThat(failed.message())
        .isEqualTo(
            "Cannot read '"
                + corpus
                + ":2': invalid JSON at column 145: Unexpected end-of-input: expected close marker"
                + " for Object");
  }

  @Test
  void reportsLinesThatAreNotDocuments() throws IOException {
    Path corpus = folder.resolve("odd.ndjson");
    Files.writeString(
        corpus,
        "[1, 2]\n{\"title\": \"no text\"}\n{\"text\": \"  \"}\n{\"text\": \"one\"} {\"text\": \"two\"}\n",
        UTF_8);

    assertThat(readAll(corpus))
        .containsExactly(
            new ReadResult.Failed(corpus + ":1", "not a JSON object"),
            new ReadResult.Failed(corpus + ":2", "no text"),
            new ReadResult.Failed(corpus + ":3", "no text"),
            new ReadResult.Failed(
                corpus + ":4", "invalid JSON at column 17: more than one value on the line"));
  }

  @Test
  void titleOfNothingButSpacesIsNoTitle() throws IOException {
    Path corpus = folder.resolve("spaces.jsonl");
    Files.writeString(corpus, "{\"title\": \"\u00a0\", \"text\": \"The ministers met.\"}", UTF_8);

    assertThat(readAll(corpus))
        .containsExactly(
            new ReadResult.Read(
                new SourceDocument(
                    corpus + ":1", Optional.empty(), Optional.empty(), "The ministers met.")));
  }

  @Test
  void lineOverTheLimitFailsAndTheNextIsRead() throws IOException {
    Path corpus = folder.resolve("big.jsonl");
    Files.writeString(
        corpus,
        "{\"text\": \"" + "x".repeat(200) + "\"}\r\n{\"text\": \"The ministers met.\"}\r\n",
        UTF_8);

    assertThat(readAll(DocumentReaders.withMaxBytes(100), corpus))
        .containsExactly(
            new ReadResult.Failed(corpus + ":1", "too large: 212 bytes, the limit is 100 bytes"),
            new ReadResult.Read(
                new SourceDocument(
                    corpus + ":2", Optional.empty(), Optional.empty(), "The ministers met.")));
  }

  @Test
  void lineNotValidUtf8Fails() throws IOException {
    Path corpus = folder.resolve("latin.jsonl");
    Files.write(
        corpus, new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xe9, '"', '}'});

    assertThat(readAll(corpus))
        .containsExactly(new ReadResult.Failed(corpus + ":1", "not valid UTF-8"));
  }

  @Test
  void readsGzippedCorpus() throws IOException {
    Path corpus = folder.resolve("corpus.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(corpus))) {
      out.write("{\"id\": \"a\", \"text\": \"The ministers met.\"}\n".getBytes(UTF_8));
    }

    assertThat(readAll(corpus))
        .containsExactly(
            new ReadResult.Read(
                new SourceDocument(
                    corpus + "#a", Optional.empty(), Optional.empty(), "The ministers met.")));
  }

  @Test
  void corruptGzipFails() throws IOException {
    Path corpus = folder.resolve("corpus.jsonl.gz");
    Files.writeString(corpus, "{\"text\": \"not compressed\"}\n", UTF_8);

    assertThat(readAll(corpus))
        .containsExactly(new ReadResult.Failed(corpus.toString(), "not valid gzip data"));
  }

  @Test
  void emptyCorpusFails() throws IOException {
    Path corpus = folder.resolve("empty.jsonl");
    Files.createFile(corpus);
    Path blank = folder.resolve("blank.jsonl");
    Files.writeString(blank, "\n  \n", UTF_8);

    assertThat(readAll(corpus)).containsExactly(new ReadResult.Failed(corpus.toString(), "empty"));
    assertThat(readAll(blank)).containsExactly(new ReadResult.Failed(blank.toString(), "no text"));
  }

  @Test
  void streamsLargeCorpusLineByLine() throws IOException {
    Path corpus = folder.resolve("large.jsonl");
    String line = "{\"text\": \"" + "The ministers met. ".repeat(50) + "\"}\n";
    try (OutputStream out = Files.newOutputStream(corpus)) {
      for (int i = 0; i < 20_000; i++) {
        out.write(line.getBytes(UTF_8));
      }
    }

    try (Stream<ReadResult> results = DocumentReaders.withMaxBytes(2_000).read(corpus)) {
      Iterator<ReadResult> iterator = results.iterator();
      assertThat(iterator.next().source()).isEqualTo(corpus + ":1");
      assertThat(iterator.next().source()).isEqualTo(corpus + ":2");
    }
    try (Stream<ReadResult> results = DocumentReaders.create().read(corpus)) {
      assertThat(results.filter(r -> r instanceof ReadResult.Read).count()).isEqualTo(20_000);
    }
  }
}
