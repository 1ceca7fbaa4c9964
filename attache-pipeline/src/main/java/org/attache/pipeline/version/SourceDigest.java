package org.attache.pipeline.version;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A SHA-256 digest of source trees that is the same on every machine and checkout of the same
 * content.
 *
 * <p>Each tree is named, and each file is digested under its name and its path in the tree, with
 * '/' between folders, in the order of those paths; the absolute place of a checkout counts for
 * nothing. A text file counts with CRLF line ends read as LF, so a checkout that converts line ends
 * gives the same digest. Folders named {@code target} and files or folders whose name starts with a
 * dot (editor and system files) are left out. A file's time, permissions and owner count for
 * nothing. The extra values (such as a library's version) count by their text.
 */
public final class SourceDigest {
  /** Bumped when the way of digesting changes, so that the change itself gives a new digest. */
  private static final String FORMAT = "attache-source-digest/1";

  private SourceDigest() {}

  /**
   * The digest of every file under the named trees and of the extra values, in hexadecimal.
   *
   * @param trees each tree's name (such as {@code attache-pipeline/src/main}) and its folder
   * @param extras names and values that also decide the outcome, such as {@code corenlp} and its
   *     version
   * @throws IllegalArgumentException when a tree's folder does not exist
   * @throws UncheckedIOException naming the file that cannot be read
   */
  public static String of(Map<String, Path> trees, Map<String, String> extras) {
    requireNonNull(trees, "trees is null");
    requireNonNull(extras, "extras is null");
    MessageDigest digest = sha256();
    update(digest, FORMAT);
    for (Map.Entry<String, String> extra : new TreeMap<>(extras).entrySet()) {
      update(digest, "extra");
      update(digest, extra.getKey());
      update(digest, extra.getValue());
    }
    for (Map.Entry<String, Path> tree : new TreeMap<>(trees).entrySet()) {
      Path root = tree.getValue();
      if (!Files.isDirectory(root)) {
        throw new IllegalArgumentException(
            "Cannot digest tree '" + tree.getKey() + "': " + root + " is not a folder");
      }
      for (Map.Entry<String, Path> file : files(root).entrySet()) {
        update(digest, "file");
        update(digest, tree.getKey() + "/" + file.getKey());
        byte[] content = normalised(read(file.getValue()));
        update(digest, Integer.toString(content.length));
        digest.update(content);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The regular files under a folder, by their path from it with '/' between folders, sorted. */
  private static TreeMap<String, Path> files(Path root) {
    TreeMap<String, Path> files = new TreeMap<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
              if (!folder.equals(root) && left(folder)) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              if (attributes.isRegularFile() && !file.getFileName().toString().startsWith(".")) {
                files.put(relative(root, file), file);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the files under " + root + ": " + e, e);
    }
    return files;
  }

  private static boolean left(Path folder) {
    String name = folder.getFileName().toString();
    return name.equals("target") || name.startsWith(".");
  }

  private static String relative(Path root, Path file) {
    List<String> parts = new ArrayList<>();
    for (Path part : root.relativize(file)) {
      parts.add(part.toString());
    }
    return String.join("/", parts);
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e, e);
    }
  }

  /**
   * A text file's bytes with each CRLF read as LF; a binary file's (one holding a zero byte) as
   * they are.
   */
  static byte[] normalised(byte[] content) {
    for (byte b : content) {
      if (b == 0) {
        return content;
      }
    }
    byte[] result = new byte[content.length];
    int length = 0;
    for (int i = 0; i < content.length; i++) {
      if (content[i] == '\r' && i + 1 < content.length && content[i + 1] == '\n') {
        continue;
      }
      result[length++] = content[i];
    }
    return length == content.length ? content : Arrays.copyOf(result, length);
  }

  /** Adds a value followed by a zero byte, so that no two sequences of values run together. */
  private static void update(MessageDigest digest, String value) {
    digest.update(value.getBytes(UTF_8));
    digest.update((byte) 0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This Java has no SHA-256", e);
    }
  }
}
