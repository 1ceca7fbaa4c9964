package org.attache.server.coordination;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.attache.server.http.Params;
import org.attache.server.http.Refusal;
import org.attache.server.http.Routes;
import org.attache.server.page.Page;
import org.attache.server.page.Pages;
import org.attache.store.coordination.JointPlan;
import org.attache.store.query.actors.Actors;
import org.attache.store.query.pairs.PairDashboard;
import org.attache.store.query.pairs.Pairs;
import org.attache.store.users.User;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/**
 * The brief of two partners, as a page with a print stylesheet and as a PDF of the same page laid
 * out by openhtmltopdf (on PDFBox), so that what prints from the browser and what is downloaded
 * read alike.
 */
public final class BriefRoutes {
  /** openhtmltopdf reports each step of a layout at INFO; only its warnings matter here. */
  private static final Logger PDF_LOG = quiet(Logger.getLogger("com.openhtmltopdf"));

  private BriefRoutes() {}

  public static void register(Routes routes, Workspace w, Actors actors, Pairs pairs, Pages pages) {
    routes.pageGet(
        "/coordination/brief",
        ctx -> {
          BriefView brief = brief(ctx, w, actors, pairs);
          ctx.html(render(pages, brief, false));
        });
    routes.apiGet(
        "/api/coordination/brief.pdf",
        ctx -> {
          BriefView brief = brief(ctx, w, actors, pairs);
          String base = ctx.scheme() + "://" + ctx.host();
          byte[] pdf = pdf(render(pages, brief, true), brief, base);
          ctx.contentType("application/pdf");
          ctx.header(
              "Content-Disposition",
              "attachment; filename=\"brief-" + brief.a() + "-" + brief.b() + ".pdf\"");
          ctx.result(pdf);
        });
  }

  private static BriefView brief(Context ctx, Workspace w, Actors actors, Pairs pairs) {
    String a = User.checkParty(Params.required(ctx, "a", "Give the partners' codes: a and b"));
    String b = User.checkParty(Params.required(ctx, "b", "Give the partners' codes: a and b"));
    if (a.equals(b)) {
      throw Refusal.BAD_REQUEST.because("A brief is of two partners: a and b are both " + a);
    }
    Optional<PairDashboard> pair =
        w.plans()
            .actor(a)
            .flatMap(actors::name)
            .flatMap(x -> w.plans().actor(b).flatMap(actors::name).map(y -> pairs.dashboard(x, y)));
    List<JointPlan> plans =
        w.plans().list(Optional.of(a)).stream().filter(p -> p.parties().contains(b)).toList();
    return new BriefView(
        a, b, w.name(a), w.name(b), pair, plans, LocalDate.now(ZoneOffset.UTC).toString());
  }

  /** The brief as HTML: for the page, or for the PDF. */
  private static String render(Pages pages, BriefView brief, boolean pdf) {
    return pages.render(
        "coordination/brief.jte",
        new Page("Brief: " + brief.title(), Optional.empty(), List.of()),
        new BriefPage(brief, pdf));
  }

  /** The page laid out as PDF, with the brief's title and subject in the PDF's information. */
  static byte[] pdf(String html, BriefView brief, String base) {
    PDF_LOG.fine("laying out the brief of " + brief.title());
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle("Brief: " + brief.title());
      info.setSubject("Agreements, joint plans, meetings and statements of " + brief.title());
      info.setCreator("Attaché");
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePDDocument(document);
      builder.withHtmlContent(xhtml(html), base + "/coordination/brief");
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot write the brief as PDF: " + e.getMessage(), e);
    }
  }

  /** HTML as well-formed XHTML, which the PDF's layout reads. */
  private static String xhtml(String html) {
    Document document = Jsoup.parse(html);
    document
        .outputSettings()
        .syntax(Document.OutputSettings.Syntax.xml)
        .escapeMode(Entities.EscapeMode.xhtml)
        .charset("UTF-8");
    return document.html();
  }

  private static Logger quiet(Logger logger) {
    logger.setLevel(Level.WARNING);
    return logger;
  }

  /** The brief and whether it is being laid out as PDF (no links to other formats then). */
  public record BriefPage(BriefView brief, boolean pdf) {}
}
