package org.attache.pipeline.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.pipeline.read.Fixtures.fixture;
import static org.attache.pipeline.read.Fixtures.readDocument;
import static org.attache.pipeline.read.Fixtures.readFailure;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReaderTest {
  @TempDir Path folder;

  @Test
  void readsOnlyTheArticleOfAPageWithMenusAndScripts() {
    SourceDocument document = readDocument(fixture("article.html"));

    assertThat(document.title()).contains("Norland and Estmark hold talks on fisheries");
    assertThat(document.body())
        .isEqualTo(
            "Published 15 March 2022\n\n"
                + "On 14 March, Foreign Minister Anna Berg held talks with the Foreign Minister of"
                + " Estmark, Piet Holm, in Port Ellis.\n\n"
                + "The ministers agreed to renew the fisheries memorandum of 2012 and to set up a"
                + " joint commission on quotas.\n\n"
                + "They also discussed the situation in the northern sea lanes.\n"
                + "Further talks will follow.");
  }

  @Test
  void readsPublicationDateAndAddressFromMetadata() {
    SourceDocument document = readDocument(fixture("article.html"));

    assertThat(document.published()).contains(LocalDate.of(2022, 3, 15));
    assertThat(document.url()).contains("https://example.org/news/talks");
  }

  @Test
  void readsDateFromJsonLd() {
    SourceDocument document = readDocument(fixture("json-ld.html"));

    assertThat(document.title()).contains("Joint statement on the river commission");
    assertThat(document.published()).contains(LocalDate.of(2021, 11, 2));
    assertThat(document.body())
        .isEqualTo(
            "The three riparian states issued a joint statement on the river commission on"
                + " Monday.\n\nThey undertook to publish the water data of every station once a"
                + " month.");
  }

  @Test
  void readsDateFromTimeElementAndDropsHeadingRepeatingTitle() {
    SourceDocument document = readDocument(fixture("time.html"));

    assertThat(document.published()).contains(LocalDate.of(2020, 7, 9));
    assertThat(document.text())
        .isEqualTo(
            "Consultations in Lindholm\n\nPosted on 9 July\n\nDeputy ministers of Norland and"
                + " Estmark held consultations in Lindholm on consular matters.");
  }

  @Test
  void pageOfScriptsHasNoText() {
    assertThat(readFailure(fixture("scripts-only.html")).reason()).isEqualTo("no text");
  }

  @Test
  void titleOfNothingButSpacesIsNoTitle() throws IOException {
    SourceDocument document =
        readHtml(
            "<html><head><meta property=\"og:title\" content=\"\u00a0\u2003\"></head>"
                + "<body><p>The ministers met.</p></body></html>");

    assertThat(document.title()).isEmpty();
  }

  @Test
  void metaDateNamesAreCaseInsensitive() throws IOException {
    SourceDocument document =
        readHtml(
            "<html><head><meta name=\"DC.date.issued\" content=\"2019-05-06\"></head>"
                + "<body><p>The ministers met.</p></body></html>");

    assertThat(document.published()).contains(LocalDate.of(2019, 5, 6));
  }

  @Test
  void unparseableMetaDateIsIgnored() throws IOException {
    SourceDocument document =
        readHtml(
            "<html><head><meta property=\"article:published_time\" content=\"yesterday\">"
                + "</head><body><p>The ministers met.</p></body></html>");

    assertThat(document.published()).isEmpty();
  }

  @Test
  void titleFallsBackToTitleElementThenFirstHeading() throws IOException {
    assertThat(
            readHtml("<html><head><title> Talks \n in Lindholm </title></head><body><p>Text.</p>")
                .title())
        .contains("Talks in Lindholm");
    assertThat(readHtml("<html><body><h1>Talks</h1><p>Text.</p>").text())
        .isEqualTo("Talks\n\nText.");
  }

  @Test
  void choosesTheBlockWithMostParagraphTextOverALongerLinkList() throws IOException {
    StringBuilder menu = new StringBuilder("<div id=\"menu\"><ul>");
    for (int i = 0; i < 200; i++) {
      menu.append("<li><a href=\"/").append(i).append("\">Section number ").append(i);
      menu.append(" of the ministry website</a></li>");
    }
    menu.append("</ul></div>");
    String page =
        "<html><body>"
            + menu
            + "<div id=\"story\"><div><p>The ministers of Norland and Estmark met today in"
            + " Lindholm.</p><p>They agreed to meet again in the spring of next year.</p></div>"
            + "</div><div id=\"teaser\"><p>Another story about the weather in the islands.</p>"
            + "</div></body></html>";

    assertThat(readHtml(page).body())
        .isEqualTo(
            "The ministers of Norland and Estmark met today in Lindholm.\n\n"
                + "They agreed to meet again in the spring of next year.");
  }

  @Test
  void dropsHiddenElementsAndNavigationRoles() throws IOException {
    String page =
        "<html><body><div role=\"navigation\">Home, news, contacts and the site map</div>"
            + "<p hidden>Hidden paragraph of text that no reader sees.</p>"
            + "<p style=\"display: none\">Another paragraph of text that no reader sees.</p>"
            + "<p aria-hidden=\"true\">A third paragraph of text that no reader sees.</p>"
            + "<p>The ministers met in Lindholm on Tuesday.</p></body></html>";

    assertThat(readHtml(page).body()).isEqualTo("The ministers met in Lindholm on Tuesday.");
  }

  @Test
  void honoursDeclaredCharset() throws IOException {
    Path file = folder.resolve("latin.html");
    Files.write(
        file,
        ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
                + "</head><body><p>Le ministre a re\u00e7u l\u2019ambassadeur.</p></body></html>")
            .getBytes(Charset.forName("windows-1252")));

    assertThat(readDocument(file).body()).isEqualTo("Le ministre a re\u00e7u l\u2019ambassadeur.");
  }

  @Test
  void pageNotValidInItsDeclaredCharsetFails() throws IOException {
    Path file = folder.resolve("bad.html");
    byte[] head = "<html><head><meta charset=\"utf-8\"></head><body><p>Caf".getBytes(UTF_8);
    byte[] page = new byte[head.length + 1];
    System.arraycopy(head, 0, page, 0, head.length);
    page[head.length] = (byte) 0xe9;
    Files.write(file, page);

    assertThat(readFailure(file).reason()).isEqualTo("not valid UTF-8");
  }

  @Test
  void htmlContentInATextFileIsReadAsHtml() throws IOException {
    Path file = folder.resolve("page.txt");
    Files.writeString(
        file, "\n<!DOCTYPE html><html><body><p>The ministers met.</p></body></html>", UTF_8);

    assertThat(readDocument(file).body()).isEqualTo("The ministers met.");
  }

  @Test
  void deeplyNestedPageIsRead() throws IOException {
    String page =
        "<html><body>" + "<div>".repeat(100_000) + "<p>The ministers met.</p></body></html>";

    assertThat(readHtml(page).body()).isEqualTo("The ministers met.");
  }

  private SourceDocument readHtml(String page) throws IOException {
    Path file = folder.resolve("page.html");
    Files.writeString(file, page, UTF_8);
    return readDocument(file);
  }
}
