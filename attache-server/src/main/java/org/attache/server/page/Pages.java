package org.attache.server.page;

import static java.util.Objects.requireNonNull;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.server.auth.Guard;
import org.attache.store.users.SignedIn;

/**
 * Renders pages from the jte templates of {@code src/main/jte}, compiled with the server: each
 * template takes the {@link Page} its layout needs and the view record of its content, and escapes
 * every value it writes.
 */
public final class Pages {
  /** The chart library, for the pages that draw charts. */
  public static final String ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.min.js";

  /** The package the templates are compiled into (see the server's pom). */
  private static final String PACKAGE = "org.attache.server.templates";

  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(null, ContentType.Html, null, PACKAGE);
  private final Guard guard;

  public Pages(Guard guard) {
    this.guard = requireNonNull(guard, "guard is null");
  }

  /** The signed-in user of a request, if any. */
  public Optional<SignedIn> user(Context ctx) {
    return guard.current(ctx);
  }

  /** Answers with a page for the request's user. */
  public void send(Context ctx, String template, String title, Object view, String... scripts) {
    ctx.html(render(template, new Page(title, user(ctx), List.of(scripts)), view));
  }

  /** Answers with a page that takes one more parameter besides its page and view. */
  public void send(
      Context ctx,
      String template,
      String title,
      Object view,
      Map.Entry<String, Object> more,
      String... scripts) {
    StringOutput out = new StringOutput();
    Page page = new Page(title, user(ctx), List.of(scripts));
    engine.render(
        template, Map.of("page", page, "view", view, more.getKey(), more.getValue()), out);
    ctx.html(out.toString());
  }

  /** A page as HTML. */
  public String render(String template, Page page, Object view) {
    StringOutput out = new StringOutput();
    engine.render(template, Map.of("page", page, "view", view), out);
    return out.toString();
  }

  /** The page that says what went wrong, for a visitor who is not named. */
  public String error(int status, String message) {
    return render(
        "error.jte",
        new Page("Error " + status, Optional.empty(), List.of()),
        new ErrorView(status, message));
  }
}
