package org.attache.pipeline.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.pipeline.read.Fixtures.readAll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryReadingTest {
  @TempDir Path folder;

  @Test
  void readsRecursivelyInNameOrderSkippingHiddenAndNonDocumentFiles() throws IOException {
    write("b.txt");
    write("a.html", "<html><body><p>The ministers met.</p></body></html>");
    write("0005.gold.json", "{\"document\": {}}");
    write(".hidden.txt");
    write("notes.md");
    write("image.png");
    write("README");
    write("sub/z.txt");
    write("sub/deeper/m.txt");
    write(
        "sub/c.jsonl", "{\"id\": \"x\", \"text\": \"One.\"}\n{\"id\": \"y\", \"text\": \"Two.\"}");
    write(".git/config.txt");
    write("Upper.txt");
    write("a-b/k.txt");

    List<String> sources =
        readAll(folder).stream().map(ReadResult::source).collect(Collectors.toList());

    assertThat(sources)
        .containsExactly(
            source("Upper.txt"),
            source("a-b/k.txt"),
            source("a.html"),
            source("b.txt"),
            source("sub/c.jsonl") + "#x",
            source("sub/c.jsonl") + "#y",
            source("sub/deeper/m.txt"),
            source("sub/z.txt"));
  }

  @Test
  void emptyDirectoryGivesNothing() {
    assertThat(readAll(folder)).isEmpty();
  }

  @Test
  void skipsLinkedDirectoriesSoLoopsEnd() throws IOException {
    write("sub/a.txt");
    Files.createSymbolicLink(folder.resolve("sub/loop"), folder.resolve("sub"));

    assertThat(readAll(folder)).extracting(ReadResult::source).containsExactly(source("sub/a.txt"));
  }

  @Test
  void failuresInADirectoryDoNotStopTheOthers() throws IOException {
    write("a.txt");
    Files.createFile(folder.resolve("b.txt"));
    write("c.txt");

    assertThat(readAll(folder))
        .extracting(r -> r.getClass().getSimpleName() + " " + r.source())
        .containsExactly(
            "Read " + source("a.txt"), "Failed " + source("b.txt"), "Read " + source("c.txt"));
  }

  private String source(String relative) {
    return folder.resolve(relative).toString();
  }

  private void write(String relative) throws IOException {
    write(relative, "The ministers met.\n");
  }

  private void write(String relative, String content) throws IOException {
    Path file = folder.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, UTF_8);
  }
}
