package org.attache.ingest.watch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Feeds, sitemaps, pages and PDFs as a ministry's site publishes them, written for the tests. */
final class TestingPages {
  private TestingPages() {}

  /** A communiqué of a meeting between two states' envoys, different for each number. */
  static String communique(int n) {
    String[] states = {"Kazakhstan", "Japan", "Chile", "Kenya", "Mongolia", "Brazil", "Canada"};
    String[] given = {"Anna", "Boris", "Carlos", "Daniel", "Elena", "Farid", "Grace", "Ivan"};
    String[] family = {"Petrov", "Tanaka", "Silva", "Schmidt", "Rossi", "Haddad", "Kamau"};
    String host = states[n % states.length];
    String guest = states[(n + 1 + n / states.length) % states.length];
    if (guest.equals(host)) {
      guest = states[(n + 2) % states.length];
    }
    int day = 1 + n % 28;
    return "On "
        + day
        + " March 2024, Minister of Foreign Affairs of "
        + host
        + " "
        + given[n % given.length]
        + " "
        + family[(n / 2) % family.length]
        + " met with Ambassador of "
        + guest
        + " to "
        + host
        + " "
        + given[(n + 3) % given.length]
        + " "
        + family[(n + 5) % family.length]
        + ". The sides discussed trade, energy projects and cooperation in education, press"
        + " release number "
        + (n + 1)
        + ".";
  }

  /** A press release page: navigation, the article with its title and date, a footer. */
  static String page(String title, String date, String body) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + title
        + " | Ministry</title><meta property=\"article:published_time\" content=\""
        + date
        + "\"></head><body><nav><a href=\"/\">Home</a> <a href=\"/press/\">Press</a></nav>"
        + "<article><h1>"
        + title
        + "</h1><p>"
        + body
        + "</p></article><footer>© Ministry of Foreign Affairs. All rights reserved.</footer>"
        + "</body></html>";
  }

  /** An RSS 2.0 feed of items, each a title and an address. */
  static String rss(List<String[]> items) {
    StringBuilder rss =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Ministry news</title><link>http://example.org/</link>"
                + "<description>Press releases</description>");
    for (String[] item : items) {
      rss.append("<item><title>")
          .append(item[0])
          .append("</title><link>")
          .append(item[1])
          .append("</link><guid>")
          .append(item[1])
          .append("</guid><pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate></item>");
    }
    return rss.append("</channel></rss>").toString();
  }

  /** A PDF of one page holding the lines, with a title in its metadata. */
  static byte[] pdf(String title, List<String> lines) {
    try (PDDocument pdf = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      pdf.getDocumentInformation().setTitle(title);
      try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        text.setLeading(14);
        text.newLineAtOffset(50, 720);
        for (String line : lines) {
          text.showText(line);
          text.newLine();
        }
        text.endText();
      }
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
