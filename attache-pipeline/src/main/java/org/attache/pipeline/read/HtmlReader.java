package org.attache.pipeline.read;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads an HTML page: its metadata ({@link HtmlMetadata}) and its main text ({@link MainContent}).
 * The bytes are decoded strictly in the charset the page declares, UTF-8 if it declares none.
 */
final class HtmlReader {
  private final ObjectMapper json;

  HtmlReader(ObjectMapper json) {
    this.json = json;
  }

  /**
   * Reads a page.
   *
   * @param source where the page was read from
   * @param bytes the page as stored
   * @param fallbackDate the publication date to take when the page gives none
   * @throws ReadException if the bytes are not valid in the page's charset, or no text remains
   */
  SourceDocument read(String source, byte[] bytes, Optional<LocalDate> fallbackDate) {
    Charset charset = HtmlCharset.of(bytes);
    Document page = Jsoup.parse(Decoding.decode(bytes, charset), "");
    HtmlMetadata metadata = new HtmlMetadata(page, json);
    Optional<String> title = metadata.title().flatMap(SourceDocument::normalTitle);
    Optional<LocalDate> published = metadata.published().or(() -> fallbackDate);
    Optional<String> url = metadata.url();
    List<String> paragraphs = new ArrayList<>(MainContent.paragraphs(page));
    if (!paragraphs.isEmpty()
        && title.isPresent()
        && SourceDocument.normalTitle(paragraphs.get(0)).equals(title)) {
      paragraphs.remove(0);
    }
    if (paragraphs.isEmpty()) {
      throw new ReadException("no text");
    }
    return new SourceDocument(source, title, published, String.join("\n\n", paragraphs), url);
  }
}
