package org.attache.pipeline.version;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.attache.pipeline.Extractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractorVersionTest {
  @TempDir Path folder;

  /** Recomputes the digest of this checkout's sources as the build did: they must agree. */
  @Test
  void theExtractorsVersionIsTheDigestOfItsSources() {
    Properties stamp = ExtractorVersion.stamp();
    List<String> trees = Arrays.asList(stamp.getProperty("trees").split(","));
    Map<String, String> extras = new TreeMap<>();
    for (String name : stamp.stringPropertyNames()) {
      if (name.startsWith("extra.")) {
        extras.put(name.substring(6), stamp.getProperty(name));
      }
    }
    String release = Extractor.VERSION.substring(0, Extractor.VERSION.indexOf('+'));

    assertThat(trees)
        .containsExactly(
            "attache-knowledge/src/main", "attache-model/src/main", "attache-pipeline/src/main");
    assertThat(Extractor.VERSION)
        .matches("\\d+\\.\\d+\\.\\d+\\+[0-9a-f]{12}")
        .isEqualTo(
            ExtractorVersion.of(release, ExtractorVersion.digest(Path.of(".."), trees, extras)));
  }

  @Test
  void theBuildStepWritesANewVersionWhenAWordListChanges() throws IOException {
    Path words = folder.resolve("attache-pipeline/src/main/resources/words.txt");
    Files.createDirectories(words.getParent());
    Files.writeString(words, "summit\n", UTF_8);
    Path out = folder.resolve("out/extractor-version.properties");
    String[] args = {
      "--out=" + out,
      "--release=0.1.0-SNAPSHOT",
      "--root=" + folder,
      "--tree=attache-pipeline/src/main",
      "--extra=corenlp=4.5.10"
    };

    ExtractorVersion.main(args);
    String first = version(out);
    ExtractorVersion.main(args);
    String again = version(out);
    Files.writeString(words, "summit\ntalks\n", UTF_8);
    ExtractorVersion.main(args);
    String changed = version(out);

    assertThat(first).matches("0\\.1\\.0\\+[0-9a-f]{12}").isEqualTo(again);
    assertThat(changed).matches("0\\.1\\.0\\+[0-9a-f]{12}").isNotEqualTo(first);
    assertThat(Files.readString(out, UTF_8))
        .isEqualTo(
            "# The extractor's version: its release and the digest of its sources. Written by the"
                + " build.\nversion="
                + changed
                + "\ntrees=attache-pipeline/src/main\nextra.corenlp=4.5.10\n");
  }

  private static String version(Path stamp) throws IOException {
    Properties properties = new Properties();
    properties.load(new StringReader(Files.readString(stamp, UTF_8)));
    return properties.getProperty("version");
  }

  @Test
  void aVersionIsTheReleaseAndTwelveDigitsOfTheDigest() {
    String digest = "858506cb7cfd" + "0".repeat(52);
    assertThat(ExtractorVersion.of("0.1.0-SNAPSHOT", digest)).isEqualTo("0.1.0+858506cb7cfd");
    assertThat(ExtractorVersion.of("2.10.3", digest)).isEqualTo("2.10.3+858506cb7cfd");
    assertThatThrownBy(() -> ExtractorVersion.of("next", digest))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Not a release such as 0.1.0: 'next'");
  }

  @Test
  void anUnknownArgumentIsNamed() {
    assertThatThrownBy(() -> ExtractorVersion.main(new String[] {"--outfile=x"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown argument '--outfile=x'");
  }
}
