package org.attache.server.page;

import static java.nio.charset.StandardCharsets.UTF_8;

import gg.jte.Content;
import java.net.URLEncoder;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Addresses and small formats the templates share. */
public final class Links {
  private Links() {}

  /** The address of an actor's page: /actors/person/12. */
  public static String actor(String actor) {
    return "/actors/" + actor.replace(':', '/');
  }

  /** The pair dashboard of two actors. */
  public static String pair(String a, String b) {
    return "/pair?a=" + url(a) + "&b=" + url(b);
  }

  /** A value for a query string. */
  public static String url(String value) {
    return URLEncoder.encode(value, UTF_8);
  }

  /** A value, or a dash when it is missing. */
  public static String orDash(Optional<?> value) {
    return value.map(String::valueOf).orElse("–");
  }

  /** A confidence with two decimals. */
  public static String confidence(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** A list of words joined by commas. */
  public static String joined(List<String> values) {
    return String.join(", ", values);
  }

  /** A word with its first letter in capitals: "Meetings". */
  public static String capitalised(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /**
   * A text escaped for element content with quotes as entities too ({@code &#39;}), as the error
   * page has always written a message.
   */
  public static Content strictText(String text) {
    return output -> {
      StringBuilder out = new StringBuilder(text.length() + 16);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        switch (c) {
          case '<' -> out.append("&lt;");
          case '>' -> out.append("&gt;");
          case '&' -> out.append("&amp;");
          case '"' -> out.append("&quot;");
          case '\'' -> out.append("&#39;");
          default -> out.append(c);
        }
      }
      output.writeContent(out.toString());
    };
  }
}
