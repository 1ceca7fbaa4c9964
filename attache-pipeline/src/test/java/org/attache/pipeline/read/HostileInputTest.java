package org.attache.pipeline.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.attache.pipeline.read.Fixtures.readAll;
import static org.attache.pipeline.read.Fixtures.readFailure;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class HostileInputTest {
  private static final String BINARY = "binary, not a text or HTML document";

  @TempDir Path folder;

  @Test
  void emptyFile() throws IOException {
    Path file = Files.createFile(folder.resolve("empty.txt"));

    assertThat(readFailure(file)).isEqualTo(new ReadResult.Failed(file.toString(), "empty"));
  }

  @Test
  void whiteSpaceOnly() throws IOException {
    Path file = write("blank.txt", " \n\t\r\n ");

    assertThat(readFailure(file).reason()).isEqualTo("no text");
  }

  @Test
  void nulBytes() throws IOException {
    Path file = folder.resolve("report.pdf");
    Files.write(file, new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 'a', 'b'});

    assertThat(readFailure(file).message())
        .isEqualTo("Cannot read '" + file + "': binary, not a text or HTML document");
  }

  @Test
  void mostlyControlCharacters() throws IOException {
    Path file = folder.resolve("controls.txt");
    Files.write(file, new byte[] {'a', 1, 2, 3, 4, 5, 'b', 6, 7, 8, 0x1b, 0x7f});

    assertThat(readFailure(file).reason()).isEqualTo(BINARY);
  }

  @Test
  void randomBytes() throws IOException {
    byte[] bytes = new byte[10_000];
    new Random(42).nextBytes(bytes);
    Path file = folder.resolve("random.html");
    Files.write(file, bytes);

    assertThat(readFailure(file).reason()).isEqualTo(BINARY);
  }

  @Test
  void invalidUtf8() throws IOException {
    Path file = folder.resolve("latin.txt");
    Files.write(
        file, "Le ministre a re\u00e7u l'ambassadeur.".getBytes(StandardCharsets.ISO_8859_1));

    assertThat(readFailure(file).reason()).isEqualTo("not valid UTF-8");
  }

  @Test
  @Timeout(10)
  void tooLargeIsRefusedBeforeReading() throws IOException {
    Path file = folder.resolve("huge.txt");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(50L * 1024 * 1024);
    }

    assertThat(readFailure(file).reason())
        .isEqualTo("too large: 52,428,800 bytes, the limit is 5,242,880 bytes");
  }

  @Test
  void limitIsConfigurable() throws IOException {
    Path file = write("small.txt", "The ministers met in Lindholm.");

    assertThat(readFailure(DocumentReaders.withMaxBytes(10), file).reason())
        .isEqualTo("too large: 30 bytes, the limit is 10 bytes");
    assertThatThrownBy(() -> DocumentReaders.withMaxBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxBytes must lie in [1, 2147483631]: 0");
  }

  @Test
  void missingFile() {
    Path file = folder.resolve("missing.txt");

    assertThat(readFailure(file)).isEqualTo(new ReadResult.Failed(file.toString(), "no such file"));
  }

  @Test
  void missingCorpus() {
    Path file = folder.resolve("missing.jsonl");

    assertThat(readFailure(file)).isEqualTo(new ReadResult.Failed(file.toString(), "no such file"));
  }

  @Test
  void unreadableFile() throws IOException {
    Path file = write("secret.txt", "The ministers met.");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assumeThat(Files.isReadable(file)).as("permissions bind this user").isFalse();

    assertThat(readFailure(file).reason()).isEqualTo("unreadable: permission denied");
  }

  @Test
  void readErrorBecomesUnreadable() {
    assertThatThrownBy(() -> FileBytes.read(folder, 100))
        .isInstanceOf(ReadException.class)
        .hasMessage("not a regular file");
    assertThat(FileBytes.unreadable(new IOException("Input/output error")).reason())
        .isEqualTo("unreadable: Input/output error");
  }

  @Test
  void fifoIsNotOpened() throws IOException, InterruptedException {
    Path fifo = folder.resolve("pipe.txt");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeThat(mkfifo.waitFor()).isEqualTo(0);

    assertThat(readFailure(fifo).reason()).isEqualTo("not a regular file");
  }

  @Test
  void pageOfScriptsOnly() throws IOException {
    Path file =
        write(
            "scripts.html",
            "<html><body>" + "<script>var a = 'text text text text';</script>".repeat(1000));

    assertThat(readFailure(file).reason()).isEqualTo("no text");
  }

  @Test
  @Timeout(30)
  void hostileMarkupEndsInTime() throws IOException {
    String page =
        "<html><body>"
            + "<table><tr><td><p><b><i><a href=x>".repeat(20_000)
            + "<p>".repeat(50_000)
            + "<!--".repeat(1_000)
            + "</html>";
    Path file = write("hostile.html", page);

    assertThat(readAll(file)).hasSize(1);
  }

  @Test
  @Timeout(30)
  void randomTextNeverThrows() throws IOException {
    Random random = new Random(7);
    String alphabet = "<>/=\"' \n\tabc.:-—…{}[]#&;\r\u00e9\u4e2d";
    for (int i = 0; i < 200; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = random.nextInt(2_000); j > 0; j--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      for (String name : new String[] {"r.txt", "r.html", "r.jsonl"}) {
        Path file = write(name, text.toString());
        List<ReadResult> results = readAll(file);
        if (!name.endsWith(".jsonl")) {
          assertThat(results).as("%s %s", name, text).hasSize(1);
        }
      }
    }
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(folder.resolve(name), content, UTF_8);
  }
}
