package org.attache.pipeline.version;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The version of the extractor: its release and the first {@value #DIGEST_LENGTH} hexadecimal
 * digits of the {@link SourceDigest} of the sources that decide what it extracts, such as {@code
 * 0.1.0+3f9a0c2e71b4}.
 *
 * <p>The build runs {@link #main} after compiling this module: it digests the source trees it is
 * given (the model's, the knowledge base's and the pipeline's {@code src/main}: Java sources, word
 * lists, data tables) and the CoreNLP version, and writes {@value #RESOURCE} next to this class.
 * {@link #current} reads it. Any change of a rule, word list or table thus gives a new version.
 */
public final class ExtractorVersion {
  /** The resource the build writes, beside this class. */
  public static final String RESOURCE = "extractor-version.properties";

  /** Hexadecimal digits of the digest kept in the version: 48 bits, enough to tell builds apart. */
  public static final int DIGEST_LENGTH = 12;

  private static final Pattern RELEASE = Pattern.compile("\\d+(\\.\\d+)*");
  private static final Pattern VERSION =
      Pattern.compile("\\d+(\\.\\d+)*\\+[0-9a-f]{" + DIGEST_LENGTH + "}");

  private ExtractorVersion() {}

  /**
   * The version of this build, from {@value #RESOURCE}.
   *
   * @throws IllegalStateException when the resource is missing or malformed: the module was built
   *     without its build step
   */
  public static String current() {
    return stamp().getProperty("version");
  }

  /** What the build wrote: {@code version}, {@code trees} and the {@code extra.} values. */
  public static Properties stamp() {
    Properties stamp = new Properties();
    try (InputStream in = ExtractorVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "Cannot tell the extractor's version: "
                + RESOURCE
                + " is missing from the class path; build attache-pipeline with Maven"
                + " (mvn process-classes or later), which writes it");
      }
      try (Reader reader = new InputStreamReader(in, UTF_8)) {
        stamp.load(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE + ": " + e, e);
    }
    String version = stamp.getProperty("version", "");
    if (!VERSION.matcher(version).matches()) {
      throw new IllegalStateException(
          "Cannot tell the extractor's version: " + RESOURCE + " says '" + version + "'");
    }
    return stamp;
  }

  /**
   * The version of a release whose sources have a digest.
   *
   * @param release the project's version, {@code -SNAPSHOT} dropped: {@code 0.1.0}
   * @param digest a {@link SourceDigest} in hexadecimal
   */
  public static String of(String release, String digest) {
    requireNonNull(release, "release is null");
    requireNonNull(digest, "digest is null");
    String bare =
        release.endsWith("-SNAPSHOT") ? release.substring(0, release.length() - 9) : release;
    if (!RELEASE.matcher(bare).matches()) {
      throw new IllegalArgumentException("Not a release such as 0.1.0: '" + release + "'");
    }
    if (!digest.matches("[0-9a-f]{" + DIGEST_LENGTH + ",}")) {
      throw new IllegalArgumentException("Not a hexadecimal digest: '" + digest + "'");
    }
    return bare + "+" + digest.substring(0, DIGEST_LENGTH);
  }

  /**
   * Writes {@value #RESOURCE}: {@code --out=FILE --release=VERSION --root=FOLDER --tree=PATH...
   * --extra=NAME=VALUE...}, each tree a folder under the root, named by its path from it. Rewrites
   * the file only when its content changes.
   */
  public static void main(String[] args) throws IOException {
    Path out = null;
    String release = null;
    Path root = null;
    List<String> trees = new ArrayList<>();
    Map<String, String> extras = new TreeMap<>();
    for (String arg : args) {
      if (arg.startsWith("--out=")) {
        out = Path.of(arg.substring(6));
      } else if (arg.startsWith("--release=")) {
        release = arg.substring(10);
      } else if (arg.startsWith("--root=")) {
        root = Path.of(arg.substring(7));
      } else if (arg.startsWith("--tree=")) {
        trees.add(arg.substring(7));
      } else if (arg.startsWith("--extra=") && arg.indexOf('=', 8) > 8) {
        int equals = arg.indexOf('=', 8);
        extras.put(arg.substring(8, equals), arg.substring(equals + 1));
      } else {
        throw new IllegalArgumentException("Unknown argument '" + arg + "'");
      }
    }
    if (out == null || release == null || root == null || trees.isEmpty()) {
      throw new IllegalArgumentException(
          "Usage: ExtractorVersion --out=FILE --release=VERSION --root=FOLDER --tree=PATH..."
              + " [--extra=NAME=VALUE...]");
    }
    String text = stampText(release, root, trees, extras);
    if (!Files.exists(out) || !Files.readString(out, UTF_8).equals(text)) {
      Files.createDirectories(out.toAbsolutePath().getParent());
      Files.writeString(out, text, UTF_8);
    }
  }

  /** The text of {@value #RESOURCE} for sources under {@code root}. */
  static String stampText(
      String release, Path root, List<String> trees, Map<String, String> extras) {
    String version = of(release, digest(root, trees, extras));
    StringBuilder text =
        new StringBuilder(
            "# The extractor's version: its release and the digest of its sources."
                + " Written by the build.\n");
    text.append("version=").append(version).append('\n');
    text.append("trees=").append(String.join(",", trees.stream().sorted().toList())).append('\n');
    for (Map.Entry<String, String> extra : new TreeMap<>(extras).entrySet()) {
      text.append("extra.").append(extra.getKey()).append('=').append(extra.getValue());
      text.append('\n');
    }
    return text.toString();
  }

  /** The digest of trees named by their paths from {@code root}. */
  public static String digest(Path root, List<String> trees, Map<String, String> extras) {
    Map<String, Path> folders = new LinkedHashMap<>();
    for (String tree : trees) {
      folders.put(tree, root.resolve(tree));
    }
    return SourceDigest.of(folders, extras);
  }
}
