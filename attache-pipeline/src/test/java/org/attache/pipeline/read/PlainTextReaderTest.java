package org.attache.pipeline.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.pipeline.read.Fixtures.fixture;
import static org.attache.pipeline.read.Fixtures.readDocument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextReaderTest {
  @TempDir Path folder;

  @Test
  void readsHeaderForm() {
    Path file = fixture("header.txt");

    SourceDocument document = readDocument(file);

    assertThat(document.source()).isEqualTo(file.toString());
    assertThat(document.title())
        .contains("Foreign Minister of Norland receives the Ambassador of Estmark");
    assertThat(document.published()).contains(LocalDate.of(2022, 3, 14));
    assertThat(document.url()).contains("https://example.org/news/2022/03/14/norland-estmark");
    assertThat(document.body())
        .isEqualTo(
            "On 12 March, Foreign Minister Anna Berg received the newly accredited Ambassador of"
                + " Estmark, Tomas Vell.\n\nThe two sides discussed trade, fisheries and a planned"
                + " visit to Estmark in the autumn.");
  }

  @Test
  void headerWithEmptyDateAndSourceGivesNeither() {
    SourceDocument document = readDocument(fixture("header-empty-date.txt"));

    assertThat(document.title()).contains("Talks on the river commission");
    assertThat(document.published()).isEmpty();
    assertThat(document.url()).isEmpty();
    assertThat(document.text())
        .isEqualTo(
            "Talks on the river commission\n\nDelegations of the three riparian states met to"
                + " review the work of the river commission.");
  }

  @Test
  void headerWithEmptyTitleGivesNoTitle() {
    SourceDocument document =
        PlainTextReader.read(
            "a.txt", "TITLE:\nDATE: 8 February 2021\n---\nShort line\nThe body.", Optional.empty());

    assertThat(document.title()).isEmpty();
    assertThat(document.published()).contains(LocalDate.of(2021, 2, 8));
    assertThat(document.body()).isEqualTo("Short line\nThe body.");
  }

  @Test
  void unparseableHeaderDateIsIgnored() {
    SourceDocument document =
        PlainTextReader.read(
            "a.txt", "TITLE: Talks\nDATE: the day after\n---\nThe body.", Optional.empty());

    assertThat(document.published()).isEmpty();
  }

  @Test
  void readsTitleOnFirstLine() {
    SourceDocument document = readDocument(fixture("title-first-line.txt"));

    assertThat(document.title()).contains("Norland and Estmark sign a fisheries memorandum");
    assertThat(document.published()).isEmpty();
    assertThat(document.body())
        .isEqualTo(
            "Norland and Estmark sign a fisheries memorandum\n\nThe memorandum was signed in Port"
                + " Ellis on 3 May by the two ministers of fisheries.\nIt covers quotas, joint"
                + " patrols and the exchange of data.");
  }

  @Test
  void firstLineEndingASentenceIsNoTitle() {
    SourceDocument document = readDocument(fixture("sentence-first-line.txt"));

    assertThat(document.title()).isEmpty();
    assertThat(document.text())
        .isEqualTo("The ministers met on Tuesday.\nThey agreed to meet again next year.");
  }

  @Test
  void firstLineLongerThanATitleIsNoTitle() {
    String line = "word ".repeat(41).strip();

    SourceDocument document = PlainTextReader.read("a.txt", line + "\nmore", Optional.empty());

    assertThat(document.title()).isEmpty();
    assertThat(document.body()).isEqualTo(line + "\nmore");
  }

  @Test
  void textWithNoSentenceEndIsADocument() {
    SourceDocument document = readDocument(fixture("no-sentence-end.txt"));

    assertThat(document.title()).isEmpty();
    assertThat(document.body())
        .isEqualTo(
            "bilateral consultations on consular matters continued without a final statement");
  }

  @Test
  void takesDateFromFileNameWhenTextGivesNone() throws IOException {
    Path file = folder.resolve("talks-2021-02-08.txt");
    Files.writeString(file, "Talks in Lindholm\n\nThe ministers met.\n", StandardCharsets.UTF_8);

    SourceDocument document = readDocument(file);

    assertThat(document.title()).contains("Talks in Lindholm");
    assertThat(document.published()).contains(LocalDate.of(2021, 2, 8));
  }

  @Test
  void headerDateWinsOverFileName() throws IOException {
    Path file = folder.resolve("talks-2021-02-08.txt");
    Files.writeString(
        file,
        "TITLE: Talks\nDATE: 2021-02-09\nSOURCE:\n---\nThe ministers met.\n",
        StandardCharsets.UTF_8);

    assertThat(readDocument(file).published()).contains(LocalDate.of(2021, 2, 9));
  }

  @Test
  void readsWindowsLineEndsAndByteOrderMark() throws IOException {
    Path file = folder.resolve("crlf.txt");
    Files.writeString(
        file,
        "\uFEFFTITLE: Talks\r\nDATE: 2021-02-08\r\nSOURCE: \r\n---\r\nThe ministers met.\r\n",
        StandardCharsets.UTF_8);

    SourceDocument document = readDocument(file);

    assertThat(document.title()).contains("Talks");
    assertThat(document.text()).isEqualTo("Talks\n\nThe ministers met.");
  }

  @Test
  void headerWithoutClosingRuleIsNoHeader() {
    SourceDocument document =
        PlainTextReader.read("a.txt", "TITLE: not a header\nThe ministers met.", Optional.empty());

    assertThat(document.title()).contains("TITLE: not a header");
    assertThat(document.body()).isEqualTo("The ministers met.");
  }
}
