package org.attache.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.attache.pipeline.read.DocumentReaders;
import org.attache.pipeline.read.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
  @Test
  void listsTheFilesTheReadersReadInTheirOrder(@TempDir Path dir) throws IOException {
    Path root = tree(dir.resolve("root"));

    List<String> read = readFiles(root);

    assertThat(InputFiles.list(List.of(root.toString()), InputFormat.TEXT))
        .containsExactlyElementsOf(read.stream().filter(f -> !f.endsWith(".jsonl")).toList())
        .containsExactly(
            root.resolve("a").resolve("z.html").toString(),
            root.resolve("a-b.txt").toString(),
            root.resolve("b.TXT").toString());
    assertThat(InputFiles.list(List.of(root.toString()), InputFormat.JSONL))
        .containsExactlyElementsOf(read.stream().filter(f -> f.endsWith(".jsonl")).toList())
        .containsExactly(root.resolve("a").resolve("corpus.jsonl").toString());
  }

  @Test
  void keepsANamedFileWhateverItsNameAndAMissingOne(@TempDir Path dir) {
    Path notes = TestingCorpus.write(dir.resolve("notes"), "Plain notes.");
    String missing = dir.resolve("missing.txt").toString();

    assertThat(InputFiles.list(List.of(notes.toString(), missing), InputFormat.JSONL))
        .containsExactly(notes.toString(), missing);
  }

  /** A folder with what a directory walk must take and skip. */
  private static Path tree(Path root) throws IOException {
    TestingCorpus.write(root.resolve("a-b.txt"), "TITLE: A\n---\nThe first document.");
    TestingCorpus.write(root.resolve("a").resolve("z.html"), "<p>A page.</p>");
    TestingCorpus.write(
        root.resolve("a").resolve("corpus.jsonl"), "{\"id\":\"1\",\"text\":\"One.\"}\n");
    TestingCorpus.write(root.resolve("a").resolve("a.gold.json"), "{}");
    TestingCorpus.write(root.resolve("b.TXT"), "The second document.");
    TestingCorpus.write(root.resolve(".hidden.txt"), "Hidden.");
    TestingCorpus.write(root.resolve(".git").resolve("c.txt"), "Hidden too.");
    Files.createSymbolicLink(root.resolve("link"), root.resolve("a"));
    return root;
  }

  /** The files the readers read under a path, in their order. */
  private static List<String> readFiles(Path root) {
    try (Stream<ReadResult> results = DocumentReaders.create().read(root)) {
      return results.map(r -> r.source().replaceFirst("#.*$", "")).distinct().toList();
    }
  }
}
