package org.attache.bench.corpus;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attache.pipeline.read.SourceDocument;

/**
 * The corpus of the Spark bench and of the server's load benchmark: in every five documents, three
 * communiqués of {@link Communiques}, a meeting of two organisations' secretaries-general and an
 * article of {@link FillerText} news that holds no record. The communiqués are dated over the ten
 * years from 2016, so that every year has its network. The same count gives the same corpus.
 */
public final class BenchCorpus {
  private static final long SEED = 20_240_601L;
  private static final LocalDate FIRST = LocalDate.of(2016, 1, 1);
  private static final int DAYS = 3_650;

  private BenchCorpus() {}

  /** {@code count} documents, their sources named {@code bench-1}, {@code bench-2}, ... */
  public static List<SourceDocument> documents(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be 0 or more: " + count);
    }
    Communiques communiques = new Communiques(SEED, FIRST, DAYS);
    FillerText filler = new FillerText(SEED);
    List<SourceDocument> documents = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      String source = "bench-" + i;
      documents.add(
          switch (i % 5) {
            case 4 -> communiques.meetingOfOrganisations(source);
            case 0 -> named(filler.next(i), source);
            default -> communiques.next(source);
          });
    }
    return documents;
  }

  /**
   * Writes {@code count} documents as a JSON Lines corpus, one object a line with the fields {@code
   * id} (the source), {@code title}, {@code text} and {@code published}.
   */
  public static Path writeJsonLines(Path file, int count) {
    try (BufferedWriter out = Files.newBufferedWriter(file, UTF_8)) {
      for (SourceDocument document : documents(count)) {
        out.write("{\"id\":" + quoted(document.source()));
        out.write(",\"title\":" + quoted(document.title().orElseThrow()));
        out.write(",\"text\":" + quoted(document.body()));
        out.write(",\"published\":\"" + document.published().orElseThrow() + "\"}\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the corpus '" + file + "'", e);
    }
    return file;
  }

  private static SourceDocument named(SourceDocument document, String source) {
    return new SourceDocument(source, document.title(), document.published(), document.body());
  }

  private static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
