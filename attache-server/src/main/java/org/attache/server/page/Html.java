package org.attache.server.page;

import java.util.Map;
import java.util.Optional;
import org.attache.store.users.SignedIn;

/**
 * Builds pages. Every text that comes from a document, a name or a title goes through {@link
 * #text}, which escapes it, so it is shown as text and never read as markup.
 */
public final class Html {
  private Html() {}

  /** A text escaped for an element's content or a quoted attribute value. */
  public static String text(Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString();
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A text of a row, or a dash when the value is missing. */
  public static String cell(Map<String, Object> row, String column) {
    Object value = row.get(column);
    return value == null ? "–" : text(value);
  }

  /** A link whose address and label are both escaped. */
  public static String link(String href, Object label) {
    return "<a href=\"" + text(href) + "\">" + text(label) + "</a>";
  }

  /** The address of an actor's page: /actors/person/12. */
  public static String actorHref(Object actor) {
    return "/actors/" + actor.toString().replace(':', '/');
  }

  /** A whole page around its main content. */
  public static String page(
      String title, Optional<SignedIn> signedIn, String main, String... scripts) {
    StringBuilder html = new StringBuilder(main.length() + 2048);
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(text(title))
        .append(" · Attaché</title><link rel=\"stylesheet\" href=\"/assets/attache.css\">");
    signedIn.ifPresent(
        s -> html.append("<meta name=\"csrf\" content=\"").append(text(s.csrf())).append("\">"));
    html.append("</head><body><header><nav>")
        .append("<a class=\"brand\" href=\"/\">Attaché</a>")
        .append("<a href=\"/\">Search</a>")
        .append("<a href=\"/network\">Network</a>")
        .append("<a href=\"/agreements\">Agreements</a>")
        .append("<a href=\"/plans\">Plans</a>")
        .append("<a href=\"/review\">Review</a>")
        .append("<a href=\"/submit\">Submit</a>")
        .append("<span class=\"user\">");
    if (signedIn.isPresent()) {
      html.append("<span id=\"signed-in\">")
          .append(text(signedIn.get().user().name()))
          .append(" (")
          .append(text(signedIn.get().user().role().code()))
          .append(")</span> <form method=\"post\" action=\"/logout\" class=\"inline\">")
          .append(csrfField(signedIn.get()))
          .append("<button type=\"submit\">Sign out</button></form>");
    } else {
      html.append("<a id=\"sign-in\" href=\"/login\">Sign in</a>");
    }
    html.append("</span></nav></header><main>").append(main).append("</main>");
    for (String script : scripts) {
      if (script.endsWith(".min.js")) {
        html.append("<script src=\"").append(text(script)).append("\"></script>");
      } else {
        html.append("<script type=\"module\" src=\"").append(text(script)).append("\"></script>");
      }
    }
    html.append("</body></html>\n");
    return html.toString();
  }

  /** The hidden form field that carries a session's anti-forgery token. */
  public static String csrfField(SignedIn signedIn) {
    return "<input type=\"hidden\" name=\"csrf\" value=\"" + text(signedIn.csrf()) + "\">";
  }

  /** A page that says what went wrong. */
  public static String errorPage(int status, String message) {
    return page(
        "Error " + status,
        Optional.empty(),
        "<h1>Error " + status + "</h1><p class=\"error\">" + text(message) + "</p>");
  }
}
