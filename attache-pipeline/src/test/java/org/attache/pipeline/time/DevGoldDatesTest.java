package org.attache.pipeline.time;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Over the development gold set (read from {@code ${attache.shared}/gold/dev}, never copied): for
 * each gold meeting with a full date, the finder, run over its document with the document's
 * publication date, finds that date somewhere.
 */
class DevGoldDatesTest {
  private static final Pattern FULL_DATE =
      Pattern.compile("\"date\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})\"");

  /** A document as the gold set stores it: an optional header, then the body. */
  private record Document(String text, Optional<LocalDate> published) {
    static Document read(Path file) throws IOException {
      String raw = Files.readString(file, UTF_8).replace("\r\n", "\n");
      if (!raw.startsWith("TITLE:")) {
        return new Document(raw, Optional.empty());
      }
      int separator = raw.indexOf("\n---\n");
      String title = "";
      Optional<LocalDate> published = Optional.empty();
      for (String line : raw.substring(0, separator).split("\n", -1)) {
        if (line.startsWith("TITLE:")) {
          title = line.substring("TITLE:".length()).strip();
        } else if (line.startsWith("DATE:") && !line.substring("DATE:".length()).isBlank()) {
          published = Optional.of(LocalDate.parse(line.substring("DATE:".length()).strip()));
        }
      }
      return new Document(title + "\n" + raw.substring(separator + "\n---\n".length()), published);
    }
  }

  @Test
  void findsTheFullDatesOfGoldMeetings() throws IOException {
    Path dev = Path.of(System.getProperty("attache.shared", "../../shared"), "gold", "dev");
    assumeTrue(Files.isDirectory(dev), "no gold set at " + dev);
    DateFinder finder = new DateFinder();
    int total = 0;
    List<String> misses = new ArrayList<>();
    List<Path> golds;
    try (Stream<Path> files = Files.list(dev)) {
      golds = files.filter(f -> f.toString().endsWith(".gold.json")).sorted().toList();
    }
    for (Path gold : golds) {
      String name = gold.getFileName().toString().replace(".gold.json", "");
      List<String> dates = meetingDates(Files.readString(gold, UTF_8));
      if (dates.isEmpty()) {
        continue;
      }
      Document document = Document.read(gold.resolveSibling(name + ".txt"));
      List<TemporalMention> found = finder.find(document.text(), document.published());
      for (String date : dates) {
        total++;
        boolean hit =
            found.stream()
                .anyMatch(m -> m.value().equals(date) || m.to().equals(Optional.of(date)));
        if (!hit) {
          misses.add(name + ": " + date + " (published " + document.published() + ")");
        }
      }
    }
    double recall = total == 0 ? 0 : (double) (total - misses.size()) / total;
    System.out.printf(
        Locale.ROOT,
        "gold meeting dates found: %d of %d (%.3f); missed: %s%n",
        total - misses.size(),
        total,
        recall,
        misses);
    assertThat(total).isGreaterThanOrEqualTo(10);
    assertThat(recall).isGreaterThanOrEqualTo(0.9);
  }

  /** The full dates of the gold file's meetings, found without a JSON library. */
  private static List<String> meetingDates(String json) {
    int key = json.indexOf("\"meetings\"");
    if (key < 0) {
      return List.of();
    }
    int open = json.indexOf('[', key);
    int close = matchingBracket(json, open);
    List<String> dates = new ArrayList<>();
    Matcher matcher = FULL_DATE.matcher(json.substring(open, close));
    while (matcher.find()) {
      dates.add(matcher.group(1));
    }
    return dates;
  }

  private static int matchingBracket(String json, int open) {
    int depth = 0;
    boolean inString = false;
    for (int i = open; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '[' || c == '{') {
        depth++;
      } else if ((c == ']' || c == '}') && --depth == 0) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("unbalanced JSON from offset " + open);
  }
}
