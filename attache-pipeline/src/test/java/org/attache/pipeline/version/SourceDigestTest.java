package org.attache.pipeline.version;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceDigestTest {
  private static final Map<String, String> CORENLP = Map.of("corenlp", "4.5.10");

  @TempDir Path folder;
  private Path tree;

  @BeforeEach
  void writeTree() throws IOException {
    tree = folder.resolve("checkout/attache-pipeline/src/main");
    write(tree, "java/org/attache/pipeline/Rule.java", "final class Rule {}\n");
    write(tree, "resources/org/attache/pipeline/words/venues.tsv", "Kremlin\tMoscow\n");
  }

  private static void write(Path root, String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, UTF_8);
  }

  private String digest() {
    return SourceDigest.of(Map.of("attache-pipeline/src/main", tree), CORENLP);
  }

  @Test
  void aChangedWordListChangesTheDigest() throws IOException {
    String before = digest();
    write(
        tree,
        "resources/org/attache/pipeline/words/venues.tsv",
        "Kremlin\tMoscow\nAkorda\tAstana\n");
    assertThat(digest()).isNotEqualTo(before).hasSize(64);
  }

  @Test
  void theSameContentGivesTheSameDigest() throws IOException {
    String before = digest();
    assertThat(digest()).isEqualTo(before);
    Path elsewhere = folder.resolve("another/checkout");
    write(elsewhere, "resources/org/attache/pipeline/words/venues.tsv", "Kremlin\tMoscow\n");
    write(elsewhere, "java/org/attache/pipeline/Rule.java", "final class Rule {}\n");
    assertThat(SourceDigest.of(Map.of("attache-pipeline/src/main", elsewhere), CORENLP))
        .isEqualTo(before);
  }

  @Test
  void windowsLineEndsCountAsUnixOnes() throws IOException {
    String before = digest();
    write(tree, "java/org/attache/pipeline/Rule.java", "final class Rule {}\r\n");
    assertThat(digest()).isEqualTo(before);
  }

  @Test
  void buildOutputAndHiddenFilesCountForNothing() throws IOException {
    String before = digest();
    write(tree, "target/classes/Rule.class", "compiled");
    write(tree, "resources/org/attache/pipeline/words/.venues.tsv.swp", "editor state");
    write(tree, ".idea/workspace.xml", "<project/>");
    assertThat(digest()).isEqualTo(before);
  }

  @Test
  void aMovedFileChangesTheDigest() throws IOException {
    String before = digest();
    Path words = tree.resolve("resources/org/attache/pipeline/words");
    Files.move(words.resolve("venues.tsv"), words.resolve("places.tsv"));
    assertThat(digest()).isNotEqualTo(before);
  }

  @Test
  void anotherCoreNlpVersionChangesTheDigest() {
    assertThat(
            SourceDigest.of(Map.of("attache-pipeline/src/main", tree), Map.of("corenlp", "4.5.9")))
        .isNotEqualTo(digest());
  }

  @Test
  void aBinaryFileCountsByteForByte() throws IOException {
    Path file = tree.resolve("resources/model.bin");
    Files.write(file, new byte[] {0, '\r', '\n'});
    String crlf = digest();
    Files.write(file, new byte[] {0, '\n'});
    assertThat(digest()).isNotEqualTo(crlf);
  }

  /**
   * The digest of this tree computed by hand: SHA-256 of the format, the extra and each file (name,
   * length, bytes), every value but the bytes followed by a zero byte. The same on every machine.
   */
  @Test
  void theDigestIsPinned() throws IOException {
    Path small = folder.resolve("small");
    write(small, "words/a.txt", "x\r\n");
    assertThat(SourceDigest.of(Map.of("t", small), Map.of("corenlp", "4.5.10")))
        .isEqualTo("7752544105c8a2335cb2f19755cf1cc70db32528e5db25d8779ee3a20001c7b8");
  }

  @Test
  void aMissingTreeIsNamed() {
    Path missing = folder.resolve("missing");
    assertThatThrownBy(
            () -> SourceDigest.of(Map.of("attache-knowledge/src/main", missing), CORENLP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Cannot digest tree 'attache-knowledge/src/main': " + missing + " is not a folder");
  }
}
