package org.attache.server.page;

import static java.util.Objects.requireNonNull;
import static org.attache.server.page.Html.text;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.attache.server.Services;
import org.attache.server.auth.SignedIn;
import org.attache.server.submit.Submission;

/**
 * The page where an editor submits a document, pasted or as a file, for extraction; the document's
 * page follows with its records.
 */
public final class SubmitPage {
  private final Services services;

  public SubmitPage(Services services) {
    this.services = requireNonNull(services, "services is null");
  }

  public void register(RoutesConfig config) {
    config.get("/submit", this::form);
    config.post("/submit", this::submit);
  }

  private void form(Context ctx) {
    Optional<SignedIn> signedIn = services.guard().current(ctx);
    ctx.html(Html.page("Submit a document", signedIn, form(signedIn, Optional.empty())));
  }

  private void submit(Context ctx) {
    SignedIn editor = services.guard().editor(ctx);
    Submission.Result result;
    try {
      UploadedFile file = ctx.uploadedFile("file");
      if (file != null && file.size() > 0) {
        try (InputStream content = file.content()) {
          result = services.submission().file(file.filename(), content);
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read the upload", e);
        }
      } else {
        String body = Optional.ofNullable(ctx.formParam("text")).orElse("").strip();
        if (body.isEmpty()) {
          throw new IllegalArgumentException("Paste the text of the document or choose a file");
        }
        result =
            services
                .submission()
                .text(
                    "submitted by " + editor.user().name(),
                    Optional.ofNullable(ctx.formParam("title"))
                        .map(String::strip)
                        .filter(t -> !t.isEmpty()),
                    published(ctx.formParam("published")),
                    body);
      }
    } catch (IllegalArgumentException e) {
      ctx.status(400);
      ctx.html(
          Html.page(
              "Submit a document",
              Optional.of(editor),
              form(Optional.of(editor), Optional.of(e.getMessage()))));
      return;
    }
    ctx.redirect(
        "/documents/"
            + URLEncoder.encode(result.documentId(), StandardCharsets.UTF_8)
            + "?submitted="
            + (result.summary().stored() + result.summary().reextracted() > 0 ? "new" : "known"));
  }

  private static Optional<LocalDate> published(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.strip()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "The publication date is not a date like 2025-03-04: '" + value.strip() + "'", e);
    }
  }

  private static String form(Optional<SignedIn> signedIn, Optional<String> error) {
    StringBuilder main = new StringBuilder("<h1>Submit a document</h1>");
    if (signedIn.isEmpty() || !signedIn.get().user().role().mayEdit()) {
      return main.append("<p class=\"empty\" id=\"needs-editor\">Submitting needs an editor: ")
          .append(Html.link("/login", "sign in"))
          .append(" first.</p>")
          .toString();
    }
    error.ifPresent(
        e -> main.append("<p class=\"error\" id=\"submit-error\">").append(text(e)).append("</p>"));
    return main.append(
            "<p class=\"meta\">Paste a communiqué or choose a file (text or HTML). It is"
                + " extracted and stored as <code>attache ingest</code> does; its page follows.</p>")
        .append("<form method=\"post\" action=\"/submit\" enctype=\"multipart/form-data\"")
        .append(" class=\"submit\">")
        .append(Html.csrfField(signedIn.get()))
        .append("<label>Title <input name=\"title\" id=\"title\"></label>")
        .append("<label>Published <input name=\"published\" id=\"published\" type=\"date\">")
        .append("</label><label>Text <textarea name=\"text\" id=\"text\" rows=\"14\">")
        .append("</textarea></label><label>Or a file <input type=\"file\" name=\"file\"")
        .append(" id=\"file\" accept=\".txt,.html,.htm,text/plain,text/html\"></label>")
        .append("<button type=\"submit\" id=\"submit-button\">Submit</button></form>")
        .toString();
  }
}
