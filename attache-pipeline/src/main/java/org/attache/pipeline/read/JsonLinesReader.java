package org.attache.pipeline.read;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a JSON Lines corpus, one document per line, streaming: only one line is held in memory.
 *
 * <p>Each line is an object with {@code text} (required), and optionally {@code id}, {@code title},
 * {@code published} and {@code source} (the address it was published at). Blank lines are skipped.
 * A line that is not such an object gives a {@link ReadResult.Failed} for {@code path:line} and the
 * reading goes on with the next line. The size limit applies to each line, not to the file. Files
 * whose name ends in {@code .gz} are decompressed.
 */
final class JsonLinesReader implements Iterator<ReadResult> {
  private static final int BUFFER = 64 * 1024;

  private final Path path;
  private final String file;
  private final long maxBytes;
  private final ObjectMapper json;
  private final byte[] buffer = new byte[BUFFER];
  private byte[] line = new byte[1024];
  private InputStream in;
  private int position;
  private int limit;
  private long lineNumber;
  private boolean anyLine;
  private boolean finished;
  private ReadResult next;

  private JsonLinesReader(Path path, long maxBytes, ObjectMapper json) {
    this.path = path;
    this.file = path.toString();
    this.maxBytes = maxBytes;
    this.json = json;
  }

  /** The results of a corpus, lazily; closing the stream closes the file. */
  static Stream<ReadResult> stream(Path path, long maxBytes, ObjectMapper json) {
    JsonLinesReader reader = new JsonLinesReader(path, maxBytes, json);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(reader, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(reader::close);
  }

  @Override
  public boolean hasNext() {
    if (next == null && !finished) {
      next = advance();
      if (next == null) {
        close();
      }
    }
    return next != null;
  }

  @Override
  public ReadResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more lines in " + file);
    }
    ReadResult result = next;
    next = null;
    return result;
  }

  /** The next result, or null at the end. */
  private ReadResult advance() {
    try {
      if (in == null) {
        open();
      }
      while (true) {
        long length = readLine();
        if (length < 0) {
          finished = true;
          return anyLine ? null : failedFile(lineNumber == 0 ? "empty" : "no text");
        }
        lineNumber++;
        if (length > maxBytes) {
          anyLine = true;
          return failedLine(FileBytes.tooLarge(length, maxBytes));
        }
        String text;
        try {
          text = Decoding.decode(Arrays.copyOf(line, (int) length), UTF_8);
        } catch (ReadException e) {
          anyLine = true;
          return failedLine(e.reason());
        }
        if (!text.isBlank()) {
          anyLine = true;
          return item(text);
        }
      }
    } catch (ReadException e) {
      finished = true;
      return lineNumber == 0 ? failedFile(e.reason()) : failedLine(e.reason());
    } catch (IOException | UncheckedIOException e) {
      finished = true;
      String reason = "unreadable: " + e.getMessage();
      return lineNumber == 0 ? failedFile(reason) : failedLine(reason);
    }
  }

  private void open() {
    if (FileBytes.regularFile(path).size() == 0) {
      throw new ReadException("empty");
    }
    try {
      in = Files.newInputStream(path);
    } catch (IOException e) {
      throw FileBytes.unreadable(e);
    }
    if (file.toLowerCase(Locale.ROOT).endsWith(".gz")) {
      try {
        in = new GZIPInputStream(in, BUFFER);
      } catch (IOException e) {
        close();
        throw e instanceof ZipException || e instanceof EOFException
            ? new ReadException("not valid gzip data")
            : FileBytes.unreadable(e);
      }
    }
  }

  /**
   * Reads the next line into {@link #line}, up to one byte more than {@link #maxBytes}; the rest of
   * a longer line is skipped but counted.
   *
   * @return the length of the line without its line end, or -1 at the end of the file
   */
  private long readLine() throws IOException {
    long length = 0;
    boolean any = false;
    byte last = 0;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return any ? withoutCarriageReturn(length, last) : -1;
        }
      }
      any = true;
      int end = position;
      while (end < limit && buffer[end] != '\n') {
        end++;
      }
      int count = end - position;
      if (count > 0) {
        last = buffer[end - 1];
      }
      int kept = (int) Math.min(count, Math.max(0, maxBytes + 1 - length));
      if (kept > 0) {
        if (length + kept > line.length) {
          line =
              Arrays.copyOf(
                  line, (int) Math.min(maxBytes + 1, Math.max(line.length * 2L, length + kept)));
        }
        System.arraycopy(buffer, position, line, (int) length, kept);
      }
      length += count;
      if (end < limit) {
        position = end + 1;
        return withoutCarriageReturn(length, last);
      }
      position = limit;
    }
  }

  private static long withoutCarriageReturn(long length, byte last) {
    return length > 0 && last == '\r' ? length - 1 : length;
  }

  private ReadResult item(String text) {
    JsonNode node;
    try {
      node = json.readTree(text);
    } catch (JacksonException e) {
      return failedLine(invalidJson(e));
    }
    if (node == null || !node.isObject()) {
      return failedLine("not a JSON object");
    }
    try {
      return document(node);
    } catch (RuntimeException e) {
      return failedLine("cannot be read: " + e);
    }
  }

  private ReadResult document(JsonNode node) {
    Optional<String> body = string(node, "text");
    if (body.isEmpty()) {
      return failedLine("no text");
    }
    Optional<String> id =
        Optional.ofNullable(node.get("id"))
            .filter(v -> v.isTextual() || v.isIntegralNumber())
            .map(JsonNode::asText)
            .map(String::strip)
            .filter(v -> !v.isEmpty());
    String source = id.map(i -> file + "#" + i).orElse(file + ":" + lineNumber);
    Optional<LocalDate> published = string(node, "published").flatMap(Dates::parse);
    return new ReadResult.Read(
        new SourceDocument(
            source,
            string(node, "title").flatMap(SourceDocument::normalTitle),
            published,
            body.get(),
            string(node, "source")));
  }

  /** Jackson's message without the location it appends, after the column it names. */
  private static String invalidJson(JacksonException e) {
    String message = String.valueOf(e.getOriginalMessage());
    int marker = message.indexOf(" (start marker at");
    if (marker >= 0) {
      message = message.substring(0, marker);
    }
    if (message.startsWith("Trailing token")) {
      message = "more than one value on the line";
    }
    int newline = message.indexOf('\n');
    if (newline >= 0) {
      message = message.substring(0, newline);
    }
    int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
    return column > 0
        ? "invalid JSON at column " + column + ": " + message
        : "invalid JSON: " + message;
  }

  /** A string member that holds more than white space. */
  private static Optional<String> string(JsonNode node, String name) {
    return Optional.ofNullable(node.get(name))
        .filter(JsonNode::isTextual)
        .map(JsonNode::asText)
        .filter(v -> !v.isBlank());
  }

  private ReadResult failedLine(String reason) {
    return new ReadResult.Failed(file + ":" + lineNumber, reason);
  }

  private ReadResult failedFile(String reason) {
    return new ReadResult.Failed(file, reason);
  }

  private void close() {
    finished = true;
    if (in != null) {
      try {
        in.close();
      } catch (IOException e) {
        // nothing was written; a failure to close a file read to its end loses nothing
      }
      in = null;
    }
  }
}
