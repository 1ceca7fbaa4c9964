package org.attache.server.submit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.attache.pipeline.read.DocumentReaders;
import org.attache.pipeline.read.ReadResult;
import org.attache.pipeline.read.SourceDocument;
import org.attache.server.http.Params;
import org.attache.server.http.Refusal;

/**
 * Takes a submitted document, pasted or uploaded, or refuses it at once with the reason: 400 for
 * one that cannot be read or is empty, 413 for one larger than the limit.
 */
public final class Intake {
  private final SubmitLimits limits;

  public Intake(SubmitLimits limits) {
    this.limits = requireNonNull(limits, "limits is null");
  }

  /** Refuses a request whose declared length is more than a submission may take. */
  public void checkRequestLength(long contentLength) {
    if (contentLength > limits.maxRequestBytes()) {
      throw Refusal.TOO_LARGE.because(
          "The request is "
              + bytes(contentLength)
              + "; a submission may be at most "
              + bytes(limits.maxRequestBytes())
              + ", for a document of at most "
              + bytes(limits.maxDocumentBytes()));
    }
  }

  /** A pasted text, with an optional title and publication date. */
  public SourceDocument text(
      String source, Optional<String> title, Optional<LocalDate> published, String text) {
    Params.checkText("text", text);
    title.ifPresent(t -> Params.checkText("title", t));
    if (text.isBlank()) {
      throw Refusal.BAD_REQUEST.because("Paste the text of the document or choose a file");
    }
    checkSize("The text", text.getBytes(UTF_8).length);
    try {
      return new SourceDocument(source, title, published, text);
    } catch (IllegalArgumentException e) {
      throw Refusal.BAD_REQUEST.because("Cannot take the document: " + e.getMessage());
    }
  }

  /**
   * An uploaded file: text (with or without a header) or HTML, read as {@code attache ingest} reads
   * files.
   *
   * @param size the file's size in bytes
   */
  public SourceDocument file(String filename, long size, InputStream content) {
    checkSize("'" + filename + "'", size);
    String safe = filename.replaceAll("[^A-Za-z0-9._-]", "_");
    Path folder;
    try {
      folder = Files.createTempDirectory("attache-upload-");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot make a folder for an upload", e);
    }
    Path file = folder.resolve(safe.isEmpty() || safe.startsWith(".") ? "upload.txt" : safe);
    try {
      Files.copy(content, file);
      checkSize("'" + filename + "'", Files.size(file));
      List<ReadResult> read;
      try (Stream<ReadResult> results = DocumentReaders.create().read(file)) {
        read = results.toList();
      }
      if (read.size() != 1) {
        throw Refusal.BAD_REQUEST.because(
            "'" + filename + "' holds " + read.size() + " documents: submit one at a time");
      }
      if (read.get(0) instanceof ReadResult.Failed failed) {
        throw Refusal.BAD_REQUEST.because("Cannot read '" + filename + "': " + failed.reason());
      }
      SourceDocument document = ((ReadResult.Read) read.get(0)).document();
      Params.checkText("'" + filename + "'", document.text());
      return document;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep the upload '" + filename + "'", e);
    } finally {
      try {
        Files.deleteIfExists(file);
        Files.deleteIfExists(folder);
      } catch (IOException e) {
        // A temporary file left behind is harmless.
      }
    }
  }

  private void checkSize(String what, long size) {
    if (size > limits.maxDocumentBytes()) {
      throw Refusal.TOO_LARGE.because(
          what
              + " is "
              + bytes(size)
              + "; a document may be at most "
              + bytes(limits.maxDocumentBytes()));
    }
  }

  /** A size as bytes, and in KiB or MiB when it is that large: "2,097,152 bytes (2.0 MiB)". */
  static String bytes(long size) {
    String exact = String.format(Locale.ROOT, "%,d bytes", size);
    if (size >= 1L << 20) {
      return exact + String.format(Locale.ROOT, " (%.1f MiB)", size / (double) (1L << 20));
    }
    if (size >= 1L << 10) {
      return exact + String.format(Locale.ROOT, " (%.1f KiB)", size / (double) (1L << 10));
    }
    return exact;
  }
}
