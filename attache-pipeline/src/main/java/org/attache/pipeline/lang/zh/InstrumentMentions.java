package org.attache.pipeline.lang.zh;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.pipeline.analysis.Sentence;

/**
 * Where a Chinese text names an instrument or a plan, and how:
 *
 * <ul>
 *   <li>a title between 《》 ("签署《…谅解备忘录》"), or 本《…》 for the document itself;
 *   <li>a line that is a title by itself, a headline or a heading ("…联合公报", "…行动计划(2026—2030)");
 *   <li>the items after a verb of signing or adopting, parted by 、 or 和 ("通过了北京宣言、五年合作规划");
 *   <li>a count of a kind ("三个联合公报", "《…》等四个谅解备忘录": three more);
 *   <li>a kind's word alone in a sentence that tells of signing ("签署了谅解备忘录");
 *   <li>a themed year of joint activities ("中国—东盟教育交流年").
 * </ul>
 */
final class InstrumentMentions {
  enum How {
    QUOTED,
    OWN,
    LINE,
    ITEM,
    COUNTED,
    BARE,
    YEAR
  }

  /** One naming: its title, where it stands in the simplified text, how many it names. */
  record Mention(How how, String title, int start, int end, Sentence sentence, int count) {}

  private static final Pattern QUOTED = Pattern.compile("《([^》]{2,120})》");
  private static final Pattern COUNT = Pattern.compile("([一二两三四五六七八九十]|\\d{1,2})\\s*[个份项部]");
  private static final Pattern THEMED = Pattern.compile("(?:交流年|合作年|友好年|旅游年|文化年|创新年)(?![会度份])");

  /** Verbs after which the items named are signed or adopted. */
  static final List<String> VERBS =
      List.of("签署", "签订", "缔结", "通过", "批准", "发表", "发布", "制定", "制订", "草拟", "起草", "达成");

  private static final String CLAUSE_ENDS = "，,。；;：:！？";

  private InstrumentMentions() {}

  static List<Mention> find(Reading reading) {
    List<Mention> mentions = new ArrayList<>();
    String text = reading.simplified();
    for (Sentence sentence : reading.sentences()) {
      int base = sentence.span().start();
      String piece = text.substring(base, sentence.span().end());
      int before = mentions.size();
      quoted(piece, base, sentence, mentions);
      if (!piece.contains("《") && line(text, sentence) && InstrumentWords.endsWithKind(piece)) {
        if (VERBS.stream().noneMatch(piece::contains)) {
          mentions.add(
              new Mention(How.LINE, piece.strip(), base, sentence.span().end(), sentence, 1));
        }
      }
      items(piece, base, sentence, mentions);
      counted(piece, base, sentence, mentions);
      themedYears(reading, piece, base, sentence, mentions);
      boolean signing = piece.contains("签署") || piece.contains("签订") || piece.contains("签字");
      if (signing && mentions.size() == before) {
        for (InstrumentWords.Kind kind : InstrumentWords.kinds()) {
          int at = piece.indexOf(kind.word());
          if (at >= 0) {
            mentions.add(
                new Mention(
                    How.BARE,
                    kind.word(),
                    base + at,
                    base + at + kind.word().length(),
                    sentence,
                    1));
            break;
          }
        }
      }
    }
    return mentions;
  }

  private static void quoted(String piece, int base, Sentence sentence, List<Mention> mentions) {
    Matcher matcher = QUOTED.matcher(piece);
    while (matcher.find()) {
      String title = matcher.group(1).strip();
      if (!InstrumentWords.names(title)) {
        continue;
      }
      boolean own = matcher.start() > 0 && piece.charAt(matcher.start() - 1) == '本';
      int start = base + matcher.start(1);
      int end = base + matcher.end(1);
      mentions.add(new Mention(own ? How.OWN : How.QUOTED, title, start, end, sentence, 1));
      String after = piece.substring(matcher.end());
      if (after.startsWith("等")) {
        Matcher count = COUNT.matcher(after);
        if (count.find() && count.start() == 1) {
          int n = InstrumentWords.number(count.group(1));
          String kind = after.substring(count.end());
          if (n > 1 && InstrumentWords.instrument(kindWord(kind)).isPresent()) {
            mentions.add(new Mention(How.COUNTED, title, start, end, sentence, n - 1));
          }
        }
      }
    }
  }

  /** The kind's word a piece of text opens with, or the empty string. */
  private static String kindWord(String text) {
    for (InstrumentWords.Kind kind : InstrumentWords.kinds()) {
      int at = text.indexOf(kind.word());
      if (at >= 0 && at <= 6) {
        return text.substring(0, at + kind.word().length());
      }
    }
    return "";
  }

  /** Whether the sentence is a whole line, a headline or a heading. */
  private static boolean line(String text, Sentence sentence) {
    int before = sentence.span().start() - 1;
    while (before >= 0
        && text.charAt(before) != '\n'
        && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    int after = sentence.span().end();
    while (after < text.length()
        && text.charAt(after) != '\n'
        && Character.isWhitespace(text.charAt(after))) {
      after++;
    }
    return (before < 0 || text.charAt(before) == '\n')
        && (after == text.length() || text.charAt(after) == '\n')
        && sentence.span().length() <= 100;
  }

  private static void items(String piece, int base, Sentence sentence, List<Mention> mentions) {
    for (String verb : VERBS) {
      for (int at = piece.indexOf(verb); at >= 0; at = piece.indexOf(verb, at + 1)) {
        if (at > 0 && piece.charAt(at - 1) == '的') {
          continue; // a noun ("的制订"), not a verb with objects
        }
        int from = at + verb.length();
        while (from < piece.length() && "了并过".indexOf(piece.charAt(from)) >= 0) {
          from++;
        }
        int to = from;
        while (to < piece.length() && CLAUSE_ENDS.indexOf(piece.charAt(to)) < 0) {
          to++;
        }
        int start = from;
        for (int i = from; i <= to; i++) {
          int parted = i == to ? 0 : parting(piece, start, i);
          if (i == to || parted > 0) {
            item(piece, base, start, i, sentence, mentions);
            start = i + Math.max(parted, 1);
          }
        }
      }
    }
  }

  /** The length of the mark that parts two items at {@code at}, or 0. */
  private static int parting(String piece, int start, int at) {
    if (piece.charAt(at) == '、') {
      return 1;
    }
    for (String word : List.of("以及", "及", "和", "与")) {
      if (piece.startsWith(word, at) && InstrumentWords.names(piece.substring(start, at))) {
        return word.length();
      }
    }
    return 0;
  }

  private static void item(
      String piece, int base, int start, int end, Sentence sentence, List<Mention> mentions) {
    String item = piece.substring(start, end).strip();
    int count = 1;
    Matcher counted = COUNT.matcher(item);
    if (counted.lookingAt()) {
      count = Math.max(1, InstrumentWords.number(counted.group(1)));
      item = item.substring(counted.end());
    }
    int etc = item.indexOf('等');
    if (etc > 0 && InstrumentWords.endsWithKind(item.substring(0, etc))) {
      item = item.substring(0, etc);
    }
    if (item.isEmpty()
        || item.length() > 40
        || item.startsWith("的")
        || item.contains("《")
        || item.contains("》")
        || VERBS.stream().anyMatch(item::contains)
        || !InstrumentWords.endsWithKind(item)) {
      return;
    }
    int at = base + piece.indexOf(item, start);
    mentions.add(
        new Mention(
            count > 1 ? How.COUNTED : How.ITEM, item, at, at + item.length(), sentence, count));
  }

  /** "三个联合公报" outside a list after a verb: that many of the kind. */
  private static void counted(String piece, int base, Sentence sentence, List<Mention> mentions) {
    Matcher count = COUNT.matcher(piece);
    while (count.find()) {
      int n = InstrumentWords.number(count.group(1));
      String kind = kindWord(piece.substring(count.end()));
      int start = base + count.start();
      boolean known = mentions.stream().anyMatch(m -> m.start() <= start && start < m.end());
      boolean afterTitle = count.start() > 1 && piece.charAt(count.start() - 1) == '等';
      if (n > 1 && !kind.isEmpty() && !known && !afterTitle) {
        if (InstrumentWords.instrument(kind).isPresent()) {
          mentions.add(
              new Mention(
                  How.COUNTED, kind, start, base + count.end() + kind.length(), sentence, n));
        }
      }
    }
  }

  /** A themed year, named after the states and organisations that hold it. */
  private static void themedYears(
      Reading reading, String piece, int base, Sentence sentence, List<Mention> mentions) {
    Matcher matcher = THEMED.matcher(piece);
    while (matcher.find()) {
      int end = base + matcher.end();
      int start = base + matcher.start();
      int first = -1;
      for (int i = start - 1; i >= Math.max(base, start - 24); i--) {
        char c = reading.simplified().charAt(i);
        if (!ChineseText.isHan(c) && !Character.isDigit(c) && "—-–".indexOf(c) < 0) {
          break;
        }
        if (reading.nameStartingAt(i).isPresent()) {
          first = i;
        }
      }
      if (first >= 0) {
        String title = reading.simplified().substring(first, end);
        mentions.add(new Mention(How.YEAR, title, first, end, sentence, 1));
      }
    }
  }
}
