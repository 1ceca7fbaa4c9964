package org.attache.pipeline.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads documents from files, directories and corpora: the entry point of the readers.
 *
 * <p>What a path holds decides how it is read:
 *
 * <ul>
 *   <li>a directory: the documents of its files and subdirectories, recursively, each directory's
 *       entries in the order of their names (by UTF-16 code units, whatever the platform). Skipped:
 *       hidden entries (name starting with a dot), symbolic links to directories, and files whose
 *       names end in none of {@code .txt}, {@code .text}, {@code .html}, {@code .htm}, {@code
 *       .xhtml}, {@code .jsonl}, {@code .ndjson}, {@code .jsonl.gz}, {@code .ndjson.gz} (so the
 *       {@code .gold.json} files beside the documents are);
 *   <li>a JSON Lines corpus ({@code .jsonl}, {@code .ndjson}, either with {@code .gz}): one result
 *       per non-blank line, streamed;
 *   <li>any other file: an HTML page if its name ends in {@code .html}, {@code .htm} or {@code
 *       .xhtml} or its content starts as a page does, otherwise plain text.
 * </ul>
 *
 * <p>Every file is refused by its size before it is loaded. Nothing is thrown for a bad input: it
 * gives a {@link ReadResult.Failed} with one of these reasons: {@code "no such file"}, {@code "not
 * a regular file"}, {@code "unreadable: permission denied"}, {@code "empty"}, {@code "too large:
 * 52,428,800 bytes, the limit is 20,971,520 bytes"}, {@code "binary, not a text or HTML document"},
 * {@code "not valid UTF-8"} (or the charset an HTML page declares), {@code "no text"}; for a corpus
 * also {@code "not valid gzip data"}, and for one of its lines {@code "invalid JSON at column 12:
 * ..."} and {@code "not a JSON object"}.
 *
 * <p>Instances are immutable and safe to share between threads. Close the returned streams, as they
 * may hold an open corpus file.
 */
public final class DocumentReaders {
  /**
   * The default limit on the size of one document: 5 MiB, the size that {@code attache bench
   * --long} measures (a 5,000,000-character document is extracted in about two and a half minutes
   * on one thread, under 1 GB of heap); larger documents are refused with their size named.
   */
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

  /** The largest limit that can be set: the largest array the JVM allocates. */
  public static final long LARGEST_MAX_BYTES = Integer.MAX_VALUE - 16L;

  private final long maxBytes;
  private final ObjectMapper json;
  private final HtmlReader html;

  private DocumentReaders(long maxBytes) {
    if (maxBytes < 1 || maxBytes > LARGEST_MAX_BYTES) {
      throw new IllegalArgumentException(
          "maxBytes must lie in [1, " + LARGEST_MAX_BYTES + "]: " + maxBytes);
    }
    this.maxBytes = maxBytes;
    this.json =
        JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    this.html = new HtmlReader(json);
  }

  /** Readers with the default size limit, {@link #DEFAULT_MAX_BYTES}. */
  public static DocumentReaders create() {
    return new DocumentReaders(DEFAULT_MAX_BYTES);
  }

  /**
   * Readers that refuse a document larger than {@code maxBytes}: a file, or a line of a corpus.
   *
   * @throws IllegalArgumentException if the limit is not in [1, {@link #LARGEST_MAX_BYTES}]
   */
  public static DocumentReaders withMaxBytes(long maxBytes) {
    return new DocumentReaders(maxBytes);
  }

  /** The size limit of one document, in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * The documents at a path, lazily, in a stable order.
   *
   * @param path a file, a directory or a corpus
   * @return one result per document, or one failure naming the path
   */
  public Stream<ReadResult> read(Path path) {
    requireNonNull(path, "path is null");
    if (Files.isDirectory(path)) {
      return directory(path);
    }
    return file(path);
  }

  /**
   * A document fetched from an address rather than read from a file: an HTML page when the server
   * said so or the bytes start as a page does, otherwise plain text. Refused as a file is: by its
   * size, as binary, as not valid in its charset, or for having no text.
   *
   * @param source where the bytes came from, named in the result (an address)
   * @param html whether the server gave the bytes as HTML
   * @param fallbackDate the publication date to take when the document gives none (a feed's)
   */
  public ReadResult fetched(
      String source, byte[] bytes, boolean html, Optional<LocalDate> fallbackDate) {
    requireNonNull(source, "source is null");
    requireNonNull(bytes, "bytes is null");
    requireNonNull(fallbackDate, "fallbackDate is null");
    try {
      if (bytes.length > maxBytes) {
        throw new ReadException(FileBytes.tooLarge(bytes.length, maxBytes));
      }
      if (bytes.length == 0) {
        throw new ReadException("empty");
      }
      Decoding.rejectBinary(bytes);
      SourceDocument document =
          html || Decoding.looksLikeHtml(bytes)
              ? this.html.read(source, bytes, fallbackDate)
              : PlainTextReader.read(source, Decoding.decode(bytes, UTF_8), fallbackDate);
      return new ReadResult.Read(document);
    } catch (ReadException e) {
      return new ReadResult.Failed(source, e.reason());
    } catch (RuntimeException e) {
      return new ReadResult.Failed(source, "cannot be read: " + e);
    }
  }

  private Stream<ReadResult> directory(Path directory) {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> listing = Files.newDirectoryStream(directory)) {
      listing.forEach(entries::add);
    } catch (IOException | RuntimeException e) {
      return Stream.of(failure(directory, e));
    }
    entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
    return entries.stream().flatMap(this::entry);
  }

  private Stream<ReadResult> entry(Path entry) {
    String name = entry.getFileName().toString();
    if (name.startsWith(".")) {
      return Stream.empty();
    }
    if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
      return directory(entry);
    }
    if (Files.isSymbolicLink(entry) && Files.isDirectory(entry)) {
      return Stream.empty();
    }
    return DocumentFiles.isDocument(name) ? file(entry) : Stream.empty();
  }

  private Stream<ReadResult> file(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    if (DocumentFiles.isJsonLines(name)) {
      return JsonLinesReader.stream(file, maxBytes, json);
    }
    return Stream.of(file).map(this::single);
  }

  private ReadResult single(Path file) {
    String source = file.toString();
    try {
      byte[] bytes = FileBytes.read(file, maxBytes);
      Decoding.rejectBinary(bytes);
      String name = file.getFileName() == null ? "" : file.getFileName().toString();
      Optional<LocalDate> dateInName = Dates.inFileName(name);
      SourceDocument document =
          DocumentFiles.isHtml(name) || Decoding.looksLikeHtml(bytes)
              ? html.read(source, bytes, dateInName)
              : PlainTextReader.read(source, Decoding.decode(bytes, UTF_8), dateInName);
      return new ReadResult.Read(document);
    } catch (RuntimeException e) {
      return failure(file, e);
    }
  }

  private static ReadResult.Failed failure(Path path, Exception e) {
    String reason;
    if (e instanceof ReadException read) {
      reason = read.reason();
    } else if (e instanceof IOException io) {
      reason = FileBytes.unreadable(io).reason();
    } else {
      reason = "cannot be read: " + e;
    }
    return new ReadResult.Failed(path.toString(), reason);
  }
}
