package org.attache.store.merge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.attache.model.ActorKind;

/** The keys that identify people, organisations and posts across documents. */
public final class Keys {
  private static final Set<String> HONORIFICS =
      Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "madam", "excellency");

  private Keys() {}

  /**
   * A person's name folded for matching: accents, case and punctuation removed, honorifics (Mr, Ms,
   * Dr, H.E., His/Her Excellency) dropped from the front. "H.E. Mr. Dato' Lim Jock Hoi" becomes
   * "dato lim jock hoi". Empty when nothing but honorifics and punctuation is left.
   */
  public static Optional<String> person(String name) {
    List<String> tokens = tokens(name);
    int start = 0;
    while (start < tokens.size()) {
      String token = tokens.get(start);
      if (HONORIFICS.contains(token)) {
        start++;
      } else if ((token.equals("his") || token.equals("her"))
          && start + 1 < tokens.size()
          && tokens.get(start + 1).equals("excellency")) {
        start += 2;
      } else if (token.equals("h")
          && start + 1 < tokens.size()
          && tokens.get(start + 1).equals("e")) {
        start += 2;
      } else {
        break;
      }
    }
    return start == tokens.size()
        ? Optional.empty()
        : Optional.of(String.join(" ", tokens.subList(start, tokens.size())));
  }

  /**
   * The key of a state or organisation: its kind and code ({@code state:CHN}, {@code
   * organisation:SCO}), or its kind and folded name when it has no code. Empty when it has neither
   * a code nor a name with a letter or digit.
   */
  public static Optional<String> organisation(ActorKind kind, Optional<String> code, String name) {
    if (kind == ActorKind.PERSON) {
      throw new IllegalArgumentException("A person is not an organisation: '" + name + "'");
    }
    String prefix = kind == ActorKind.STATE ? "state:" : "organisation:";
    Optional<String> byCode =
        code.map(String::strip).filter(c -> !c.isEmpty()).map(c -> c.toUpperCase(Locale.ROOT));
    if (byCode.isPresent()) {
      return Optional.of(prefix + byCode.get());
    }
    String folded = String.join(" ", tokens(name));
    return folded.isEmpty() ? Optional.empty() : Optional.of(prefix + "~" + folded);
  }

  /** A post title or other short label folded for matching: case and spacing. */
  public static String label(String text) {
    return String.join(" ", tokens(text));
  }

  private static List<String> tokens(String text) {
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    List<String> tokens = new ArrayList<>();
    for (String token : folded.split("[^\\p{L}\\p{N}]+")) {
      if (!token.isEmpty()) {
        tokens.add(token);
      }
    }
    return tokens;
  }
}
