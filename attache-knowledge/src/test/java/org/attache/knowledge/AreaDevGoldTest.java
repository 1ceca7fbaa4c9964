package org.attache.knowledge;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.attache.model.Area;
import org.attache.model.Vocabulary;
import org.junit.jupiter.api.Test;

/**
 * Over the development gold set (read from {@code ${attache.shared}/gold/dev}, never copied): for
 * each gold agreement, plan or priorities entry with areas, the lexicon run over the whole document
 * finds those areas.
 */
class AreaDevGoldTest {
  /** The gold files give areas only to agreements, plans and priorities. */
  private static final Pattern AREAS = Pattern.compile("\"areas\"\\s*:\\s*\\[([^\\]]*)\\]");

  private static final Pattern CODE = Pattern.compile("\"([a-z_]+)\"");

  @Test
  void findsTheAreasOfGoldEntries() throws IOException {
    Path dev = Path.of(System.getProperty("attache.shared", "../../shared"), "gold", "dev");
    assumeTrue(Files.isDirectory(dev), "no gold set at " + dev);
    AreaLexicon lexicon = AreaLexicon.standard();
    List<Path> golds;
    try (Stream<Path> files = Files.list(dev)) {
      golds = files.filter(f -> f.toString().endsWith(".gold.json")).sorted().toList();
    }
    int total = 0;
    int entries = 0;
    List<String> misses = new ArrayList<>();
    for (Path gold : golds) {
      String name = gold.getFileName().toString().replace(".gold.json", "");
      Matcher areas = AREAS.matcher(Files.readString(gold, UTF_8));
      Set<Area> found = null;
      while (areas.find()) {
        if (areas.group(1).isBlank()) {
          continue;
        }
        if (found == null) {
          found = lexicon.areasIn(text(gold.resolveSibling(name + ".txt")));
        }
        entries++;
        Matcher code = CODE.matcher(areas.group(1));
        while (code.find()) {
          total++;
          Area area = Vocabulary.parse(Area.class, code.group(1));
          if (!found.contains(area)) {
            misses.add(name + ": " + area.code());
          }
        }
      }
    }
    double recall = total == 0 ? 0 : (double) (total - misses.size()) / total;
    System.out.printf(
        Locale.ROOT,
        "gold areas found: %d of %d in %d entries (%.3f); missed: %s%n",
        total - misses.size(),
        total,
        entries,
        recall,
        misses);
    assertThat(entries).isGreaterThanOrEqualTo(10);
    assertThat(recall).isGreaterThanOrEqualTo(0.8);
  }

  /** The title and body of a document as the gold set stores it, without its header. */
  private static String text(Path file) throws IOException {
    String raw = Files.readString(file, UTF_8).replace("\r\n", "\n");
    if (!raw.startsWith("TITLE:")) {
      return raw;
    }
    int separator = raw.indexOf("\n---\n");
    String title = raw.substring("TITLE:".length(), raw.indexOf('\n')).strip();
    return title + "\n\n" + raw.substring(separator + "\n---\n".length());
  }
}
