package org.attache.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.attache.bench.corpus.BenchCorpus;
import org.attache.pipeline.analysis.TextNormaliser;
import org.attache.pipeline.read.DocumentReaders;
import org.attache.pipeline.read.ReadResult;
import org.attache.pipeline.read.SourceDocument;
import org.attache.store.merge.TextSketch;
import org.junit.jupiter.api.Test;

/**
 * How well the text link of stories groups (not a timed test: it runs only when asked, see {@code
 * attache-bench/story-threshold.sh}). Each development document gets four near-copies, made as
 * other outlets make them: republished with another headline, a dateline and a footer; cut by its
 * last third; edited (one word in eight changed, a sentence dropped, one added); and its lead
 * alone. A document and its copies are one story; any two others are not. For thresholds of the
 * estimated Jaccard similarity and of containment, the documents are grouped as the store groups
 * them (linked when they share a band of the sketch and pass the threshold; stories are the linked
 * components), and the pairwise precision and recall of the grouping are written to
 * target/bench/story-threshold.txt, with the pairs of different documents grouped at the threshold
 * chosen.
 */
class StoryThresholdBenchmark {
  private static final String SHARED = System.getProperty("attache.shared", "../../shared");
  private static final boolean RUN = Boolean.getBoolean("attache.bench.stories");

  /** Communiqués of the bench corpus added as stories of their own: formulaic, all different. */
  private static final int GENERATED = 400;

  private record Text(int family, String name, TextSketch sketch, long[] bands) {}

  @Test
  void groupingOfNearCopiesByThreshold() throws IOException {
    assumeTrue(RUN, "run with -Dattache.bench.stories=true (story-threshold.sh)");
    List<Text> texts = new ArrayList<>();
    int family = 0;
    try (Stream<ReadResult> read = DocumentReaders.create().read(Path.of(SHARED, "gold", "dev"))) {
      for (ReadResult result : read.toList()) {
        if (!(result instanceof ReadResult.Read doc)) {
          continue;
        }
        SourceDocument d = doc.document();
        String name = Path.of(d.source()).getFileName().toString();
        List<String> versions = NearCopies.of(d, family);
        for (int v = 0; v < versions.size(); v++) {
          String text = TextNormaliser.normalise(versions.get(v));
          TextSketch sketch = TextSketch.of(text);
          texts.add(new Text(family, name + (v == 0 ? "" : "~" + v), sketch, sketch.bands()));
        }
        family++;
      }
    }
    int developmentFamilies = family;
    for (SourceDocument generated : BenchCorpus.documents(GENERATED)) {
      TextSketch sketch = TextSketch.of(TextNormaliser.normalise(generated.text()));
      texts.add(new Text(family++, "bench-" + family, sketch, sketch.bands()));
    }
    int n = texts.size();
    double[] jaccard = new double[n * n];
    double[] containment = new double[n * n];
    boolean[] candidate = new boolean[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        jaccard[i * n + j] = texts.get(i).sketch().similarity(texts.get(j).sketch());
        containment[i * n + j] = texts.get(i).sketch().containment(texts.get(j).sketch());
        candidate[i * n + j] = shareBand(texts.get(i).bands(), texts.get(j).bands());
      }
    }
    List<String> report = new ArrayList<>();
    report.add(
        String.format(
            Locale.ROOT,
            "Story grouping by text: %d development documents with 4 near-copies each and %d"
                + " generated communiqués of other meetings (alike in wording), %d texts, %,d pairs"
                + " of which %,d of one story.",
            developmentFamilies,
            GENERATED,
            n,
            (long) n * (n - 1) / 2,
            truePairs(texts)));
    report.add("jaccard  containment  precision  recall  f1      groups  wrong pairs");
    double[] jaccards = {0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 1.01};
    double[] containments = {0.6, 0.7, 0.8, 0.9, 1.01};
    for (double c : containments) {
      for (double t : jaccards) {
        Grouping g = group(texts, jaccard, containment, candidate, t, c);
        report.add(
            String.format(
                Locale.ROOT,
                "%-8s %-12s %.4f     %.4f  %.4f  %-7d %s",
                t > 1 ? "-" : String.format(Locale.ROOT, "%.2f", t),
                c > 1 ? "-" : String.format(Locale.ROOT, "%.2f", c),
                g.precision(),
                g.recall(),
                g.f1(),
                g.groups(),
                g.wrong().size() > 6 ? g.wrong().size() + " pairs" : String.join(", ", g.wrong())));
      }
    }
    Path out = Files.createDirectories(Path.of("target", "bench")).resolve("story-threshold.txt");
    Files.write(out, report, UTF_8);
    report.forEach(System.out::println);
  }

  private static long truePairs(List<Text> texts) {
    long pairs = 0;
    for (int i = 0; i < texts.size(); i++) {
      for (int j = i + 1; j < texts.size(); j++) {
        if (texts.get(i).family() == texts.get(j).family()) {
          pairs++;
        }
      }
    }
    return pairs;
  }

  private static boolean shareBand(long[] a, long[] b) {
    for (int i = 0; i < a.length && i < b.length; i++) {
      if (a[i] == b[i]) {
        return true;
      }
    }
    return false;
  }

  private record Grouping(double precision, double recall, int groups, List<String> wrong) {
    double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  private static Grouping group(
      List<Text> texts,
      double[] jaccard,
      double[] containment,
      boolean[] candidate,
      double t,
      double c) {
    int n = texts.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        int k = i * n + j;
        if (candidate[k] && (jaccard[k] >= t || containment[k] >= c)) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    long together = 0;
    long right = 0;
    long truth = 0;
    List<String> wrong = new ArrayList<>();
    java.util.Set<Integer> roots = new java.util.HashSet<>();
    for (int i = 0; i < n; i++) {
      roots.add(find(parent, i));
      for (int j = i + 1; j < n; j++) {
        boolean same = texts.get(i).family() == texts.get(j).family();
        boolean grouped = find(parent, i) == find(parent, j);
        truth += same ? 1 : 0;
        together += grouped ? 1 : 0;
        right += same && grouped ? 1 : 0;
        if (grouped
            && !same
            && direct(jaccard[i * n + j], containment[i * n + j], candidate[i * n + j], t, c)) {
          wrong.add(texts.get(i).name() + "+" + texts.get(j).name());
        }
      }
    }
    return new Grouping(
        together == 0 ? 1 : (double) right / together,
        truth == 0 ? 1 : (double) right / truth,
        roots.size(),
        wrong);
  }

  /** Whether two texts of different stories were linked directly, not through others. */
  private static boolean direct(
      double jaccard, double containment, boolean candidate, double t, double c) {
    return candidate && (jaccard >= t || containment >= c);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
