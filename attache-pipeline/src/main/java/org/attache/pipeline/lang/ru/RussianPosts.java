package org.attache.pipeline.lang.ru;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The post a Russian text gives a person: a title before the name, with the states and
 * organisations between them ("Министр иностранных дел Республики Узбекистан Абдулазиз Камилов",
 * "Послом Республики Казахстан в КНР Ш.Нурышевым"), or after it, set off by a comma ("Сергей
 * Лавров, министр иностранных дел России,"). The first state or organisation after the title, or
 * the adjective before it ("российский министр"), is whom the post serves ({@code of}, as a code);
 * for an envoy, a state or city after "в" is where they are accredited ({@code to}).
 */
final class RussianPosts {
  /** How many words may stand between a title and the name it goes with. */
  private static final int REACH = 10;

  private static final List<String> ENVOYS =
      List.of("Ambassador", "Chargé d'Affaires", "Permanent Representative");

  private RussianPosts() {}

  /**
   * The posts of the person named by {@code found.get(index)}; codes in {@code of} and {@code to}.
   */
  static List<org.attache.model.Post> of(List<Found> found, int index, List<RussianWord> words) {
    List<org.attache.model.Post> posts = new ArrayList<>();
    Found name = found.get(index);
    int at = index - 1;
    while (at >= 0 && found.get(at).isActor() || at >= 0 && found.get(at).kind().equals("city")) {
      at--;
    }
    if (at >= 0
        && found.get(at).kind().equals("post")
        && name.first() - found.get(at).last() <= REACH
        && unbroken(words, found.get(at).last() + 1, name.first())) {
      posts.add(post(found, at, index, words));
    }
    // An apposition after the name: "Сергей Лавров, министр иностранных дел России,".
    if (index + 1 < found.size()
        && found.get(index + 1).kind().equals("post")
        && found.get(index + 1).first() == name.last() + 2
        && words.get(name.last() + 1).text().equals(",")) {
      int end = index + 2;
      while (end < found.size() && found.get(end).isActor()) {
        end++;
      }
      posts.add(post(found, index + 1, end, words));
    }
    return posts;
  }

  /** Whether the post at {@code index} is followed by the name of the one who holds it. */
  static boolean namesSomeone(List<Found> found, int index) {
    int at = index + 1;
    while (at < found.size() && (found.get(at).isActor() || found.get(at).kind().equals("city"))) {
      at++;
    }
    return at < found.size()
        && found.get(at).kind().equals("name")
        && found.get(at).first() - found.get(index).last() <= REACH;
  }

  /** The post of the title at {@code title}, with the bodies up to {@code end} (exclusive). */
  private static org.attache.model.Post post(
      List<Found> found, int title, int end, List<RussianWord> words) {
    String titleText = found.get(title).key();
    Optional<String> of = Optional.empty();
    Optional<String> to = Optional.empty();
    for (int i = title + 1; i < end; i++) {
      Found item = found.get(i);
      boolean after = item.first() > 0 && isIn(words.get(item.first() - 1));
      String code =
          item.kind().equals("city")
              ? item.key().substring(item.key().indexOf('/') + 1)
              : item.key();
      if (after && ENVOYS.contains(titleText)) {
        if (to.isEmpty()) {
          to = Optional.of(code);
        }
      } else if (of.isEmpty() && item.isActor()) {
        of = Optional.of(code);
      }
    }
    if (of.isEmpty() && title > 0) {
      Found before = found.get(title - 1);
      if (before.kind().equals("adjective") && before.last() + 1 == found.get(title).first()) {
        of = Optional.of(before.key());
      }
    }
    return new org.attache.model.Post(titleText, of, to);
  }

  private static boolean isIn(RussianWord word) {
    return word.lower().equals("в") || word.lower().equals("во") || word.lower().equals("при");
  }

  /** Whether no verb, full stop or comma stands between two words. */
  private static boolean unbroken(List<RussianWord> words, int from, int to) {
    for (int i = from; i < to; i++) {
      RussianWord word = words.get(i);
      String text = word.text();
      if (text.equals(",") || text.equals(";") || text.equals(":") || text.equals("(")) {
        return false;
      }
      if (word.has("VB") && !word.has("NN") && !word.has("ADJ")) {
        return false;
      }
    }
    return true;
  }
}
