package org.attache.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.attache.pipeline.Extractor;
import org.attache.pipeline.read.DocumentReaders;
import org.attache.pipeline.read.ReadResult;
import org.attache.store.Database;
import org.attache.store.TestingPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long ingest reports its progress (documents done, rate, errors), extracts on one thread per
 * core and holds only a few documents per thread in memory, however long its input.
 */
class IngestProgressTest {
  static final int DOCUMENTS = 40;
  static final int THREADS = 2;
  private static final List<String> STATES =
      List.of("Kazakhstan", "Japan", "Brazil", "India", "Egypt", "Kenya", "Mexico", "Chile");
  private static final List<String> PEOPLE =
      List.of(
          "Anna Petrov",
          "Boris Tanaka",
          "Carlos Silva",
          "Daniel Schmidt",
          "Elena Rossi",
          "Farid Haddad",
          "Grace Kamau",
          "Hiroshi Okafor",
          "Ivan Lopez",
          "Julia Martin");

  @TempDir static Path folder;
  private static Path corpus;

  @BeforeAll
  static void write() throws IOException {
    corpus = Files.createDirectories(folder.resolve("corpus"));
    for (int i = 0; i < DOCUMENTS; i++) {
      String host = STATES.get(i % STATES.size());
      String guest = STATES.get((i + 3) % STATES.size());
      String text =
          String.format(
              Locale.ROOT,
              "TITLE: %s and %s hold talks%nDATE: 2022-%02d-%02d%n---%n"
                  + "On %d May 2022, Minister of Foreign Affairs of %s %s met with Ambassador of"
                  + " %s to %s %s. The sides discussed trade. Release %d.%n",
              host,
              guest,
              5,
              1 + i % 28,
              1 + i % 28,
              host,
              PEOPLE.get(i % PEOPLE.size()),
              guest,
              host,
              PEOPLE.get((i + 5) % PEOPLE.size()),
              i);
      Files.writeString(corpus.resolve(String.format(Locale.ROOT, "%03d.txt", i)), text, UTF_8);
    }
    Files.write(corpus.resolve("broken.txt"), new byte[] {'a', 0, 'b', 0});
  }

  /** Counts the inputs the ingest has taken and watches the extracting threads. */
  private static final class Watcher implements ProgressListener {
    private final ProgressReport report;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> cpuByThread = new HashMap<>();
    int taken;
    long maxInFlight;

    Watcher(ProgressReport report) {
      this.report = report;
    }

    Iterator<ReadResult> watch(Iterator<ReadResult> inputs) {
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return inputs.hasNext();
        }

        @Override
        public ReadResult next() {
          taken++;
          return inputs.next();
        }
      };
    }

    @Override
    public void progress(IngestSummary sofar) {
      maxInFlight = Math.max(maxInFlight, taken - sofar.done());
      for (Thread thread : Thread.getAllStackTraces().keySet()) {
        if (thread.getName().equals("attache-extract")) {
          long cpu = threads.getThreadCpuTime(thread.getId());
          if (cpu > 0) {
            cpuByThread.merge(thread.getId(), cpu, Math::max);
          }
        }
      }
      report.progress(sofar);
    }

    @Override
    public void failed(String source, String reason) {
      report.failed(source, reason);
    }

    @Override
    public void finished(IngestSummary total) {
      report.finished(total);
    }
  }

  @Test
  void reportsProgressUsesEveryCoreAndHoldsFewDocuments() {
    Database database = TestingPostgres.freshDatabase("progress");
    StringWriter log = new StringWriter();
    Watcher watcher = new Watcher(new ProgressReport(new PrintWriter(log), Duration.ZERO));
    IngestSummary summary;
    try (Stream<ReadResult> inputs = DocumentReaders.create().read(corpus)) {
      summary =
          new Ingestion(database, Extractor.standard(), Extractor.VERSION, THREADS, watcher)
              .run(watcher.watch(inputs.iterator()));
    }

    assertThat(summary.stored()).isEqualTo(DOCUMENTS);
    assertThat(summary.failed()).isEqualTo(1);
    List<String> lines = log.toString().lines().toList();
    assertThat(lines)
        .contains(
            "attache: ingest: cannot ingest '"
                + corpus.resolve("broken.txt")
                + "': binary, not a text or HTML document");
    assertThat(lines)
        .filteredOn(l -> l.matches("attache: ingest: \\d+ documents: .*"))
        .hasSize(DOCUMENTS + 1)
        .first()
        .asString()
        .matches(
            "attache: ingest: 1 documents: [01] stored, 0 re-extracted, 0 already stored,"
                + " [01] failed; \\d+\\.\\d documents/s");
    assertThat(lines.get(lines.size() - 1))
        .matches(
            "attache: ingest: done, 41 documents: 40 stored, 0 re-extracted, 0 already stored,"
                + " 1 failed; \\d+\\.\\d documents/s");
    assertThat(summary.rate()).isPositive();

    assertThat(watcher.maxInFlight).isPositive().isLessThanOrEqualTo(THREADS * 4L);
    long total = watcher.cpuByThread.values().stream().mapToLong(Long::longValue).sum();
    assertThat(watcher.cpuByThread).hasSize(THREADS);
    assertThat(watcher.cpuByThread.values())
        .allSatisfy(cpu -> assertThat(cpu).isGreaterThan(total / (THREADS * 4)));
  }
}
