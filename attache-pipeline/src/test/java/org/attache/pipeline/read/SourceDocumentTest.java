package org.attache.pipeline.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceDocumentTest {
  @Test
  void textIsTitleBlankLineAndBody() {
    SourceDocument document =
        new SourceDocument("a.txt", Optional.of("Ministers meet"), Optional.empty(), "They met.");

    assertThat(document.text()).isEqualTo("Ministers meet\n\nThey met.");
  }

  @Test
  void textIsBodyWithoutTitle() {
    SourceDocument document =
        new SourceDocument("a.txt", Optional.empty(), Optional.empty(), "They met.");

    assertThat(document.text()).isEqualTo("They met.");
  }

  @Test
  void idIsSha256OfText() {
    SourceDocument document =
        new SourceDocument("a.txt", Optional.empty(), Optional.empty(), "abc");

    assertThat(document.id())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void sameContentHasSameIdWhateverItsSourceLineEndsAndComposition() {
    SourceDocument unix =
        new SourceDocument(
            "a.txt",
            Optional.of("Caf\u00e9 talks"),
            Optional.of(LocalDate.of(2021, 2, 8)),
            "First line.\nSecond line.");
    SourceDocument windows =
        new SourceDocument(
            "corpus.jsonl#7",
            Optional.of("  Cafe\u0301   talks "),
            Optional.empty(),
            "\r\n\r\nFirst line.  \r\nSecond line.\t\r\n\r\n",
            Optional.of("https://example.org/7"));

    assertThat(windows.text()).isEqualTo("Caf\u00e9 talks\n\nFirst line.\nSecond line.");
    assertThat(windows.id()).isEqualTo(unix.id());
  }

  @Test
  void refusesBlankBody() {
    assertThatThrownBy(
            () -> new SourceDocument("a.txt", Optional.empty(), Optional.empty(), " \n "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("body is blank in a.txt");
  }

  @Test
  void refusesBlankTitle() {
    assertThatThrownBy(
            () -> new SourceDocument("a.txt", Optional.of(" "), Optional.empty(), "Body."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("title is blank in a.txt");
  }

  @Test
  void refusesBlankSource() {
    assertThatThrownBy(() -> new SourceDocument("", Optional.empty(), Optional.empty(), "Body."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("source is blank");
  }

  @Test
  void dropsBlankUrl() {
    SourceDocument document =
        new SourceDocument("a.txt", Optional.empty(), Optional.empty(), "Body.", Optional.of(" "));

    assertThat(document.url()).isEmpty();
  }

  @Test
  void failureMessageNamesSourceAndReason() {
    assertThat(new ReadResult.Failed("report.pdf", "binary, not a text or HTML document").message())
        .isEqualTo("Cannot read 'report.pdf': binary, not a text or HTML document");
  }
}
