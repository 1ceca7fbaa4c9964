package org.attache.pipeline.lang.zh;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.knowledge.ChineseLexicon;
import org.attache.knowledge.PostKind;
import org.attache.knowledge.PostTitle;
import org.attache.model.Span;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.analysis.Token;

/**
 * People named with a title, the way Chinese writes them: the title's qualifiers, then the title,
 * then the name ("斯里兰卡外长阿里·萨布里", "印度驻华临时代办维马尔"), or the name, then the title ("习近平主席"). Names
 * joined by 和 or 、 after one title share it ("副秘书长甲和乙"). The states and organisations just before
 * the title are whose the post is; those after 驻 are the ones an envoy is accredited to ("驻华" is to
 * China). A national post with no state named is China's: the Chinese press names foreign officials
 * with their state and its own without.
 */
final class TitledNames {
  /** A person named with a title: the name's span and the post. */
  record Titled(Span name, PostTitle post, Optional<String> of, Optional<String> to) {}

  /** Words that may stand between a title and the states and organisations that qualify it. */
  private static final List<String> BETWEEN =
      List.of(
          "特命全权", "大使馆", "使馆", "外交部", "政府", "国务院", "联邦", "常驻", "新任", "现任", "时任", "前", "首任", "第一",
          "秘书处", "委员会", "中共中央", "副", "兼", "驻", "的", "国家", "人民", "代表团", "总统府");

  private TitledNames() {}

  static List<Titled> find(Reading reading) {
    List<Titled> found = new ArrayList<>();
    String text = reading.simplified();
    for (ChineseLexicon.Match match : reading.names()) {
      if (!(match.entry() instanceof ChineseLexicon.Title title)) {
        continue;
      }
      int sentence = reading.sentenceAt(match.start());
      if (sentence < 0) {
        continue;
      }
      Sentence holder = reading.sentences().get(sentence);
      int end = holder.span().end();
      Qualifiers qualifiers = qualifiers(reading, match.start(), holder.span().start());
      PostTitle post = title.post();
      Optional<String> of = qualifiers.of().or(() -> chinese(post));
      int nameEnd = nameEnd(reading, match.end(), end);
      if (nameEnd > match.end()) {
        found.add(new Titled(new Span(match.end(), nameEnd), post, of, qualifiers.to()));
        int next = nameEnd;
        while (next + 1 < end
            && "和、".indexOf(text.charAt(next)) >= 0
            && reading.nameStartingAt(next + 1).isEmpty()) {
          int after = nameEnd(reading, next + 1, end);
          if (after <= next + 1 || after < end && reading.nameStartingAt(after).isPresent()) {
            break;
          }
          found.add(new Titled(new Span(next + 1, after), post, of, qualifiers.to()));
          next = after;
        }
      } else {
        nameBefore(reading, match.start(), holder.span().start())
            .ifPresent(name -> found.add(new Titled(name, post, of, qualifiers.to())));
      }
    }
    return found;
  }

  /** The end of a name starting at {@code start}, or {@code start} where none does. */
  static int nameEnd(Reading reading, int start, int limit) {
    String text = reading.simplified();
    Optional<ChineseLexicon.Match> known = reading.nameStartingAt(start);
    boolean joined =
        known.isPresent()
            && known.get().end() < limit
            && NameCharacters.joins(text.charAt(known.get().end()));
    if (start >= limit || known.isPresent() && !joined) {
      return start;
    }
    int transliterated =
        Math.min(
            limit,
            NameCharacters.transliteratedEnd(
                text, start, i -> i >= limit || !joined && reading.nameStartingAt(i).isPresent()));
    Optional<Token> word = reading.wordStartingAt(start).filter(Reading::personWord);
    if (word.isPresent() && word.get().span().end() >= transliterated) {
      return Math.min(limit, word.get().span().end());
    }
    if (transliterated - start >= 2) {
      return transliterated;
    }
    int chinese = Math.min(limit, NameCharacters.chineseNameEnd(text, start));
    if (chinese > start) {
      return chinese;
    }
    return word.map(w -> Math.min(limit, w.span().end())).orElse(start);
  }

  /** A name that HanLP reads just before a title, itself at the start of a clause. */
  private static Optional<Span> nameBefore(Reading reading, int titleStart, int sentenceStart) {
    Optional<Token> word = reading.wordEndingAt(titleStart).filter(Reading::personWord);
    if (word.isEmpty() || word.get().text().length() < 2) {
      return Optional.empty();
    }
    int start = word.get().span().start();
    char before = start > sentenceStart ? reading.simplified().charAt(start - 1) : '，';
    if (ChineseText.isHan(before) && reading.nameEndingAt(start).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(word.get().span());
  }

  private record Qualifiers(Optional<String> of, Optional<String> to) {}

  /** The states and organisations just before a title, read backwards to the clause's start. */
  private static Qualifiers qualifiers(Reading reading, int titleStart, int sentenceStart) {
    String text = reading.simplified();
    Optional<String> of = Optional.empty();
    Optional<String> to = Optional.empty();
    List<String> codes = new ArrayList<>();
    int accredited = -1;
    int at = titleStart;
    while (at > sentenceStart) {
      Optional<ChineseLexicon.Match> name = reading.nameEndingAt(at);
      if (name.isPresent()) {
        code(name.get().entry()).ifPresent(codes::add);
        if (name.get().entry() instanceof ChineseLexicon.Title
            || name.get().entry() instanceof ChineseLexicon.CityName) {
          break;
        }
        at = name.get().start();
        continue;
      }
      if (text.startsWith("驻华", at - 2)) {
        to = Optional.of("CHN");
        at -= 2;
        continue;
      }
      String word = between(text, at);
      if (word == null) {
        break;
      }
      if (word.equals("驻")) {
        accredited = codes.size();
      }
      at -= word.length();
    }
    // codes were read backwards: those read before 驻 came after it in the text
    if (accredited >= 0) {
      if (accredited > 0 && to.isEmpty()) {
        to = Optional.of(codes.get(accredited - 1));
      }
      if (codes.size() > accredited) {
        of = Optional.of(codes.get(codes.size() - 1));
      }
    } else if (!codes.isEmpty()) {
      of = Optional.of(codes.get(codes.size() - 1));
      if (codes.size() > 1) {
        of = Optional.of(codes.get(0));
      }
    }
    return new Qualifiers(of, to);
  }

  private static String between(String text, int at) {
    for (String word : BETWEEN) {
      if (at >= word.length() && text.startsWith(word, at - word.length())) {
        return word;
      }
    }
    return null;
  }

  private static Optional<String> code(ChineseLexicon.Entry entry) {
    if (entry instanceof ChineseLexicon.StateName state) {
      return Optional.of(state.code());
    }
    if (entry instanceof ChineseLexicon.OrganisationName organisation) {
      return Optional.of(organisation.code());
    }
    return Optional.empty();
  }

  /** China, for a national post that names no state. */
  private static Optional<String> chinese(PostTitle post) {
    boolean national =
        post.kind() == PostKind.MINISTER
            || post.kind() == PostKind.HEAD_OF_STATE
            || post.kind() == PostKind.HEAD_OF_GOVERNMENT
            || post.envoy()
            || post.title().equals("Spokesperson")
            || post.title().equals("State Councilor");
    return national ? Optional.of("CHN") : Optional.empty();
  }
}
