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
    return of(found, index, words, List.of());
  }

  /**
   * The same, where {@code recent} are the states the text named before, the latest last: a title
   * of "этой страны" serves the latest, titles of "двух стран" or "обеих стран" the latest two.
   */
  static List<org.attache.model.Post> of(
      List<Found> found, int index, List<RussianWord> words, List<String> recent) {
    List<org.attache.model.Post> posts = new ArrayList<>();
    Found name = found.get(index);
    // Names joined by "и" or commas after one plural title: "Министры иностранных дел Беларуси и
    // России Сергей Алейник и Сергей Лавров": the k-th name serves the k-th state.
    int first = index;
    while (first > 0
        && found.get(first - 1).kind().equals("name")
        && joined(words, found.get(first - 1).last() + 1, found.get(first).first())) {
      first--;
    }
    int at = first - 1;
    while (at >= 0 && qualifies(found.get(at))) {
      at--;
    }
    if (at >= 0
        && found.get(at).kind().equals("post")
        && found.get(first).first() - found.get(at).last() <= REACH
        && unbroken(words, found.get(at).last() + 1, found.get(first).first())) {
      int title = head(found, at);
      List<String> bodies = bodies(found, at + 1, first, words);
      if (bodies.isEmpty()) {
        bodies = Anaphora.states(words, found.get(at).last() + 1, found.get(first).first(), recent);
      }
      int names = 1;
      for (int i = first + 1; i < found.size() && found.get(i).kind().equals("name"); i++) {
        if (joined(words, found.get(i - 1).last() + 1, found.get(i).first())) {
          names++;
        }
      }
      if (names > 1 && bodies.size() == names) {
        String code = bodies.get(index - first);
        posts.add(new org.attache.model.Post(found.get(title).key(), Optional.of(code), none()));
      } else if (index == first) {
        org.attache.model.Post post = post(found, title, at + 1, first, words);
        if (post.of().isEmpty() && bodies.size() == 1) {
          post = new org.attache.model.Post(post.title(), Optional.of(bodies.get(0)), post.to());
        }
        posts.add(post);
      }
    }
    // An apposition after the name: "Сергей Лавров, министр иностранных дел России,", unless the
    // title goes with a name of its own ("..., вице-премьер Алексей Оверчук").
    if (index + 1 < found.size()
        && found.get(index + 1).kind().equals("post")
        && apposed(words, name.last() + 1, found.get(index + 1).first())
        && !namesSomeone(found, index + 1)) {
      int end = index + 2;
      while (end < found.size() && qualifies(found.get(end))) {
        end++;
      }
      posts.add(post(found, index + 1, index + 2, end, words));
    }
    return posts;
  }

  /**
   * Whether the words {@code from..to} (exclusive) set a title after a name apart: a comma, and at
   * most three words ending in "как" or "в качестве" ("А. Дарчиев, теперь уже как посол России").
   */
  private static boolean apposed(List<RussianWord> words, int from, int to) {
    if (from >= to || !words.get(from).text().equals(",")) {
      return false;
    }
    if (to == from + 1) {
      return true;
    }
    RussianWord last = words.get(to - 1);
    boolean capacity = last.lower().equals("как") || last.is("качество");
    return capacity && to - from <= 4 && unbroken(words, from + 1, to);
  }

  /** Whether an item may stand between a title and its holder: a body, a city, a state's organ. */
  private static boolean qualifies(Found item) {
    return item.isActor() || item.kind().equals("city") || item.kind().equals("institution");
  }

  /** Whether only "и" or a comma stands between two words. */
  private static boolean joined(List<RussianWord> words, int from, int to) {
    if (to - from != 1) {
      return false;
    }
    String between = words.get(from).lower();
    return between.equals("и") || between.equals(",");
  }

  /**
   * The title that heads the post at {@code at}: a title right before another one governs it
   * ("пресс-секретарь президента", "спецпредставитель президента").
   */
  private static int head(List<Found> found, int at) {
    int title = at;
    while (title > 0
        && found.get(title - 1).kind().equals("post")
        && found.get(title - 1).last() + 1 == found.get(title).first()) {
      title--;
    }
    return title;
  }

  /** The codes of the states and organisations between two items that a title serves. */
  private static List<String> bodies(List<Found> found, int from, int to, List<RussianWord> words) {
    List<String> codes = new ArrayList<>();
    for (int i = from; i < to; i++) {
      Found item = found.get(i);
      boolean place = item.first() > 0 && isIn(words.get(item.first() - 1));
      if ((item.kind().equals("state") || item.kind().equals("organisation"))
          && !field(item, words)
          && !place) {
        codes.add(item.key());
      }
    }
    return codes;
  }

  private static Optional<String> none() {
    return Optional.empty();
  }

  /** Whether the post at {@code index} is followed by the name of the one who holds it. */
  static boolean namesSomeone(List<Found> found, int index) {
    int at = index + 1;
    while (at < found.size()
        && (qualifies(found.get(at))
            || found.get(at).kind().equals("post")
                && found.get(at).first() == found.get(at - 1).last() + 1)) {
      at++;
    }
    return at < found.size()
        && found.get(at).kind().equals("name")
        && found.get(at).first() - found.get(index).last() <= REACH;
  }

  /**
   * The post of the title at {@code title}, with the bodies from {@code from} up to {@code end}
   * (exclusive).
   */
  static org.attache.model.Post post(
      List<Found> found, int title, int from, int end, List<RussianWord> words) {
    String titleText = found.get(title).key();
    Optional<String> of = found.get(title).of();
    Optional<String> to = Optional.empty();
    for (int i = from; i < end; i++) {
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
      } else if (of.isEmpty()
          && (item.isActor() || item.kind().equals("institution"))
          && !field(item, words)) {
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

  /**
   * Whether a body named inside a title is the field of the post, not whom it serves: after "по"
   * ("спецпредставитель президента по делам ШОС", "советник по делам СНГ").
   */
  private static boolean field(Found item, List<RussianWord> words) {
    for (int i = item.first() - 1; i >= 0 && i >= item.first() - 2; i--) {
      if (words.get(i).lower().equals("по")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isIn(RussianWord word) {
    return word.lower().equals("в") || word.lower().equals("во") || word.lower().equals("при");
  }

  /** Whether no verb, full stop or comma stands between two words. */
  static boolean unbroken(List<RussianWord> words, int from, int to) {
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
