package org.attache.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.attache.store.Database;
import org.attache.store.TestingPostgres;
import org.attache.store.TestingRecords;
import org.attache.store.TestingStore;
import org.attache.store.query.documents.DocumentHit;
import org.attache.store.query.documents.Documents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Search on a real PostgreSQL ranks by the stored, indexed vectors (the title above the text) and
 * gives each hit its sentence that matches best.
 */
class SearchTest {
  private static Database database;
  private static Documents documents;
  private static String titled;
  private static String often;
  private static String once;

  @BeforeAll
  static void store() {
    database = TestingPostgres.freshDatabase("search");
    documents = new Documents(new Sql(database));
    titled =
        TestingRecords.document(
                "The ministers met in Astana. They spoke about energy prices.", "2024-01-10")
            .title("Energy talks in Astana")
            .writeTo(database);
    often =
        TestingRecords.document(
                "Energy was the first subject. The energy ministers met in Tashkent. They signed"
                    + " a plan on transport. A new energy and transport corridor was opened.",
                "2024-01-11")
            .writeTo(database);
    once =
        TestingRecords.document(
                "The trade ministers met in Bishkek. Trade grew, and so did the trade in energy.",
                "2024-01-12")
            .title("Trade talks in Bishkek")
            .writeTo(database);
  }

  private static List<String> ids(List<DocumentHit> hits) {
    return hits.stream().map(DocumentHit::id).toList();
  }

  @Test
  void aWordOfTheTitleCountsMoreThanOneOfTheText() {
    assertThat(ids(documents.search("energy", 10))).containsExactly(titled, often, once);
    assertThat(ids(documents.search("energy", 2))).containsExactly(titled, often);
    assertThat(ids(documents.search("energy -Astana", 10))).containsExactly(often, once);
    assertThat(documents.search("Samarkand", 10)).isEmpty();
  }

  @Test
  void eachHitHasItsSentenceThatMatchesBest() {
    List<DocumentHit> hits = documents.search("energy transport", 10);
    assertThat(ids(hits)).containsExactly(often);
    // The first sentence that holds both words, not the first that holds one.
    assertThat(hits.get(0).sentence()).contains("A new energy and transport corridor was opened.");
    assertThat(hits.get(0).sentenceStart()).contains(101);
    assertThat(documents.search("Bishkek", 10).get(0).sentence())
        .contains("The trade ministers met in Bishkek.");
  }

  @Test
  void withoutASentenceOfEveryWordTheOneWithMostOfThem() {
    // No sentence holds "ministers", "energy" and "Astana" together.
    assertThat(documents.search("ministers energy Astana", 10))
        .singleElement()
        .extracting(DocumentHit::sentence)
        .isEqualTo(Optional.of("The ministers met in Astana."));
  }

  @Test
  void theVectorsAreAStoredColumnWithAnIndexAndTheSentencesFollowTheText() {
    assertThat(
            TestingStore.rows(
                database,
                "SELECT is_generated, generation_expression IS NOT NULL FROM"
                    + " information_schema.columns WHERE table_name = 'document'"
                    + " AND column_name = 'search'"))
        .containsExactly(List.of("ALWAYS", "t"));
    assertThat(
            TestingStore.rows(
                database,
                "SELECT indexdef LIKE '%USING gin (search)%' FROM pg_indexes"
                    + " WHERE indexname = 'document_search_vector'"))
        .containsExactly(List.of("t"));
    assertThat(
            TestingStore.rows(
                database,
                "SELECT span_start, span_end FROM document_sentence WHERE document_id = ?"
                    + " ORDER BY span_start",
                titled))
        .containsExactly(List.of("0", "28"), List.of("29", "60"));
  }

  @Test
  void sentencesEndAtMarksBeforeASpaceAndAtLineBreaks() {
    assertThat(
            TestingStore.rows(
                database,
                "SELECT span_start, span_end, sentence FROM sentences(?)",
                "He said \"yes.\" Then he left!  Growth was 3.5 per cent.\nNo stop here\n\nLast?  "))
        .containsExactly(
            List.of("0", "14", "He said \"yes.\""),
            List.of("15", "28", "Then he left!"),
            List.of("30", "54", "Growth was 3.5 per cent."),
            List.of("55", "67", "No stop here"),
            List.of("69", "74", "Last?"));
  }
}
