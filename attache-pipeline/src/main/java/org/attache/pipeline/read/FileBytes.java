package org.attache.pipeline.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/** Reads a whole file, refusing it by its size before loading it. */
final class FileBytes {
  private FileBytes() {}

  /**
   * The bytes of a regular file of at most {@code maxBytes} bytes.
   *
   * @throws ReadException if the file is missing, not a regular file, unreadable, empty or too
   *     large
   */
  static byte[] read(Path path, long maxBytes) {
    BasicFileAttributes attributes = regularFile(path);
    if (attributes.size() > maxBytes) {
      throw new ReadException(tooLarge(attributes.size(), maxBytes));
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      bytes = in.readNBytes(Math.toIntExact(maxBytes + 1));
    } catch (IOException e) {
      throw unreadable(e);
    }
    if (bytes.length > maxBytes) {
      throw new ReadException(tooLarge(Math.max(bytes.length, attributes.size()), maxBytes));
    }
    if (bytes.length == 0) {
      throw new ReadException("empty");
    }
    return bytes;
  }

  /**
   * The attributes of a regular file, following links.
   *
   * @throws ReadException if there is no such file or it is not a regular file
   */
  static BasicFileAttributes regularFile(Path path) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException e) {
      throw unreadable(e);
    }
    if (!attributes.isRegularFile()) {
      throw new ReadException("not a regular file");
    }
    return attributes;
  }

  /** The reason for a file that is larger than the limit. */
  static String tooLarge(long size, long maxBytes) {
    return String.format(
        Locale.ROOT, "too large: %,d bytes, the limit is %,d bytes", size, maxBytes);
  }

  /** A failure to open or read a file, in words a user understands. */
  static ReadException unreadable(IOException e) {
    if (e instanceof NoSuchFileException) {
      return new ReadException("no such file");
    }
    if (e instanceof AccessDeniedException) {
      return new ReadException("unreadable: permission denied");
    }
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new ReadException("unreadable: " + detail);
  }
}
