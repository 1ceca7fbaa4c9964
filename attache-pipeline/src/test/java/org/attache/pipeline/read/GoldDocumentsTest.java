package org.attache.pipeline.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.pipeline.read.Fixtures.readAll;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Reads the development documents of the shared gold set, in place. */
class GoldDocumentsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path dev() {
    String shared = System.getProperty("attache.shared");
    assertThat(shared).as("system property attache.shared").isNotNull();
    Path dev = Path.of(shared, "gold", "dev");
    assertThat(dev).isDirectory();
    return dev;
  }

  private static List<Path> documents() throws IOException {
    try (Stream<Path> files = Files.list(dev())) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".txt"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  void everyDocumentReadsWithTheGoldPublicationDate() throws IOException {
    List<Path> documents = documents();
    assertThat(documents).hasSizeGreaterThan(10);
    for (Path file : documents) {
      SourceDocument document = read(file);
      assertThat(document.published()).as("published of %s", file).isEqualTo(goldPublished(file));
    }
  }

  /**
   * The header's TITLE where it gives one, none where it is empty (the header is taken as it is),
   * and the first line for a file without a header.
   */
  @Test
  void everyDocumentHasTheTitleItsFileGives() throws IOException {
    for (Path file : documents()) {
      String first = Files.readAllLines(file, UTF_8).get(0);
      Optional<String> expected =
          first.startsWith("TITLE:")
              ? Optional.of(first.substring("TITLE:".length()).strip()).filter(t -> !t.isEmpty())
              : Optional.of(first.strip());

      assertThat(read(file).title()).as("title of %s", file).isEqualTo(expected);
    }
  }

  @Test
  void headerlessDocumentTakesItsFirstLineAsTitle() throws IOException {
    Path file = dev().resolve("0000-sco-asean-2021-02-08.txt");
    String firstLine = Files.readAllLines(file, UTF_8).get(0).strip();

    SourceDocument document = read(file);

    assertThat(document.title()).contains(firstLine);
    assertThat(document.body()).startsWith(firstLine + "\n\n");
    assertThat(document.published()).contains(LocalDate.of(2021, 2, 8));
  }

  @Test
  void sameTextGivesSameIdFromFileAndCorpus() throws IOException {
    Path file = dev().resolve("0005.txt");
    SourceDocument fromFile = read(file);

    assertThat(fromFile.id()).matches("[0-9a-f]{64}");
    assertThat(
            new SourceDocument(
                    "elsewhere",
                    fromFile.title(),
                    Optional.empty(),
                    fromFile.body().replace("\n", "\r\n"))
                .id())
        .isEqualTo(fromFile.id());
  }

  private static SourceDocument read(Path file) {
    List<ReadResult> results = readAll(file);
    assertThat(results).as("results of %s", file).hasSize(1);
    assertThat(results.get(0)).as("result of %s", file).isInstanceOf(ReadResult.Read.class);
    return ((ReadResult.Read) results.get(0)).document();
  }

  private static Optional<LocalDate> goldPublished(Path file) throws IOException {
    String name = file.getFileName().toString();
    Path gold =
        file.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".gold.json");
    JsonNode published = JSON.readTree(gold.toFile()).path("document").path("published");
    return published.isTextual()
        ? Optional.of(LocalDate.parse(published.asText()))
        : Optional.empty();
  }
}
