package org.attache.bench.corpus;

import java.time.LocalDate;
import java.util.Optional;
import org.attache.pipeline.read.SourceDocument;

/**
 * Generates one long document, a digest of many short articles, for the benchmark of long inputs:
 * two articles in three are diplomatic communiqués of {@link Communiques} and the third is the
 * sport, weather and market news of {@link FillerText}. The same seed and size give the same text.
 */
public final class LongDocument {
  private LongDocument() {}

  /**
   * A document of at least {@code characters} characters (a few hundred more at most), its source
   * named {@code generated:long-N}.
   */
  public static SourceDocument of(int characters, long seed) {
    if (characters < 1) {
      throw new IllegalArgumentException("characters must be at least 1: " + characters);
    }
    Communiques communiques = new Communiques(seed);
    FillerText filler = new FillerText(seed);
    StringBuilder body = new StringBuilder(characters + 4_096);
    int article = 0;
    while (body.length() < characters) {
      if (article > 0) {
        body.append("\n\n");
      }
      SourceDocument piece = article % 3 != 2 ? communiques.next("article") : filler.next(article);
      body.append(piece.title().orElseThrow()).append("\n\n").append(piece.body());
      article++;
    }
    return new SourceDocument(
        "generated:long-" + characters,
        Optional.of("Digest of the week"),
        Optional.of(LocalDate.of(2025, 6, 30)),
        body.toString());
  }
}
