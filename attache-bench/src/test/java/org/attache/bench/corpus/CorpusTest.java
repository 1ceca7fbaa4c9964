package org.attache.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.attache.pipeline.read.DocumentReaders;
import org.attache.pipeline.read.ReadResult;
import org.attache.pipeline.read.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated corpora of the benchmarks: the same input gives the same documents. */
class CorpusTest {
  @Test
  void aLongDocumentIsTheDigestThatAttacheBenchHasAlwaysTimed() {
    SourceDocument document = LongDocument.of(20_000, 7);

    // the id of the document the generator gave before it moved here from attache-cli
    assertThat(document.id())
        .isEqualTo("54591b0c03263f5033dc5c0c131511988d3a9c657352450d767b837fc40b7511");
    assertThat(document.text()).hasSize(20_604);
    assertThat(document.source()).isEqualTo("generated:long-20000");
  }

  @Test
  void aLongDocumentRefusesASizeBelowOne() {
    assertThatThrownBy(() -> LongDocument.of(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("characters must be at least 1: 0");
  }

  @Test
  void theBenchCorpusMixesCommuniquesAMeetingOfOrganisationsAndNews() {
    List<SourceDocument> documents = BenchCorpus.documents(10);

    assertThat(documents)
        .extracting(SourceDocument::source)
        .containsExactly(
            "bench-1",
            "bench-2",
            "bench-3",
            "bench-4",
            "bench-5",
            "bench-6",
            "bench-7",
            "bench-8",
            "bench-9",
            "bench-10");
    assertThat(documents)
        .extracting(d -> d.title().orElseThrow())
        .containsExactly(
            "Prime Minister of Azerbaijan visits Thailand",
            "Secretary-General of the SCO meets the Foreign Minister of Viet Nam",
            "Bruneian and Cambodian foreign ministers speak by phone",
            "ASEAN Secretary-General meets OIC Secretary-General in Astana",
            "The harbour side lost to the mill street wanderers",
            "Minister of Foreign Affairs of Egypt receives the Ambassador of Viet Nam",
            "Tajik and Pakistani foreign ministers speak by phone",
            "Minister of Foreign Affairs of Malaysia receives the Ambassador of Egypt",
            "OIC Secretary-General meets CIS Secretary-General in Bishkek",
            "Markets: the index of small companies rallied");
    assertThat(documents.get(3).body())
        .isEqualTo(
            "On 22 September 2018, ASEAN Secretary-General Erlan Rahmanov held talks with OIC"
                + " Secretary-General Aibek Qodirov in Astana.\n\nThe parties discussed"
                + " cooperation in agriculture and water and in transport and logistics.");
    assertThat(documents.get(3).published()).contains(LocalDate.of(2018, 9, 23));
    assertThat(BenchCorpus.documents(10)).isEqualTo(documents);
  }

  @Test
  void theJsonLinesCorpusReadsBackAsTheSameDocuments(@TempDir Path folder) {
    Path file = BenchCorpus.writeJsonLines(folder.resolve("corpus.jsonl"), 25);

    List<SourceDocument> read;
    try (var results = DocumentReaders.create().read(file)) {
      read = results.map(r -> ((ReadResult.Read) r).document()).toList();
    }

    List<SourceDocument> written = BenchCorpus.documents(25);
    assertThat(read)
        .extracting(SourceDocument::text)
        .containsExactlyElementsOf(written.stream().map(SourceDocument::text).toList());
    assertThat(read)
        .extracting(SourceDocument::published)
        .containsExactlyElementsOf(written.stream().map(SourceDocument::published).toList());
  }
}
