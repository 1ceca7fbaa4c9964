package org.attache.pipeline.lang.zh;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.Instrument;
import org.attache.model.Period;
import org.attache.model.PlanStatus;

/**
 * The words by which Chinese names its instruments and plans: the last word of a title says its
 * kind (谅解备忘录, 联合声明, 协定; 行动计划, 规划, 路线图, 纲要 and 愿景 are plans), a subtitle after —— or a period in
 * brackets after it aside ("…联合声明——面向…", "…愿景2025:团结奋进", "行动计划(2021-2025)"); the period a title
 * gives ("(2021—2025)", "2021年至2025年", "2030年愿景"); and how far a plan has gone, from the words
 * around it (将制订 proposed, 草拟 drafting, 通过 approved, 落实 in progress, 成功落实 implemented).
 */
final class InstrumentWords {
  record Kind(String word, Instrument instrument) {}

  private static final List<Kind> KINDS =
      List.of(
          new Kind("谅解备忘录", Instrument.MEMORANDUM_OF_UNDERSTANDING),
          new Kind("备忘录", Instrument.MEMORANDUM_OF_UNDERSTANDING),
          new Kind("联合声明", Instrument.JOINT_STATEMENT),
          new Kind("联合公报", Instrument.JOINT_STATEMENT),
          new Kind("宣言", Instrument.DECLARATION),
          new Kind("条约", Instrument.TREATY),
          new Kind("宪章", Instrument.CHARTER),
          new Kind("议定书", Instrument.PROTOCOL),
          new Kind("公约", Instrument.CONVENTION),
          new Kind("协定", Instrument.AGREEMENT),
          new Kind("协议", Instrument.AGREEMENT));

  /** The words a plan's title ends with. */
  private static final List<String> PLANS =
      List.of("计划", "规划", "路线图", "纲要", "愿景", "工作方案", "实施方案", "活动清单", "交流年", "合作年", "友好年");

  /** Words of a title that say it is a plan wherever they stand. */
  private static final List<String> PLAN_ANYWHERE = List.of("行动计划", "路线图", "规划纲要");

  /** Words of how far a plan has gone; the one nearest before its title says. */
  private static final List<String> STATUS_CUES =
      List.of(
          "成功落实", "完成", "草拟", "起草", "正在制定", "正在制订", "提议", "倡议", "建议", "实现", "落实", "实施", "执行", "推进",
          "制定", "制订", "商定", "通过", "批准", "签署", "发布");

  private static final Pattern BRACKETED = Pattern.compile("\\s*[（(][^）)]*[）)]\\s*$");
  private static final Pattern RANGE =
      Pattern.compile("(\\d{4})\\s*年?\\s*(?:[-—–~～至到]|——)\\s*(\\d{4})");
  private static final Pattern TRAILING_YEAR = Pattern.compile("\\s*\\d{4}\\s*年?$");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年?");

  private InstrumentWords() {}

  /** A title without its subtitle and a bracket at its end ("行动计划(2021-2025)" is "行动计划"). */
  static String head(String title) {
    String head = title;
    for (String mark : List.of("——", ":", "：")) {
      int at = head.indexOf(mark);
      if (at > 0) {
        head = head.substring(0, at);
      }
    }
    return BRACKETED.matcher(head).replaceFirst("").strip();
  }

  /** The instrument a title names by its last word, unless it is a plan's. */
  static Optional<Instrument> instrument(String title) {
    String head = head(title);
    if (plan(title)) {
      return Optional.empty();
    }
    for (Kind kind : KINDS) {
      if (head.endsWith(kind.word())) {
        return Optional.of(kind.instrument());
      }
    }
    return Optional.empty();
  }

  /** Whether a title names a plan, programme, road map, vision or themed year. */
  static boolean plan(String title) {
    String head = TRAILING_YEAR.matcher(head(title)).replaceFirst("");
    for (String word : PLANS) {
      if (head.endsWith(word)) {
        return !(word.equals("愿景") && !YEAR.matcher(title).find());
      }
    }
    for (String word : PLAN_ANYWHERE) {
      if (head.contains(word) && KINDS.stream().noneMatch(k -> head.endsWith(k.word()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a name without quotes names an instrument or a plan: it ends with the kind's word. */
  static boolean endsWithKind(String name) {
    String head = TRAILING_YEAR.matcher(head(name)).replaceFirst("");
    return names(name)
        && (PLANS.stream().anyMatch(head::endsWith)
            || KINDS.stream().anyMatch(k -> head.endsWith(k.word())));
  }

  /** Whether a title names an instrument or a plan. */
  static boolean names(String title) {
    return plan(title) || instrument(title).isPresent();
  }

  /** The period a plan's title gives: a range of years, or the one year it looks to ("2030年愿景"). */
  static Period period(String title) {
    Matcher range = RANGE.matcher(title);
    if (range.find()) {
      return Period.of(range.group(1), range.group(2));
    }
    Matcher year = YEAR.matcher(title);
    return year.find() ? Period.of(null, year.group(1)) : Period.of(null, null);
  }

  /**
   * How far a plan has gone, from the clause's words before its title and just after it: "的成功落实"
   * after it, or 将/拟 with 制定 before it, says more than 落实 or 通过 alone.
   */
  static PlanStatus status(String before, String after) {
    if (after.contains("的成功落实") || after.contains("圆满完成") || after.contains("顺利完成")) {
      return PlanStatus.IMPLEMENTED;
    }
    String cue = null;
    int nearest = -1;
    for (String word : STATUS_CUES) {
      int at = before.lastIndexOf(word);
      int end = at + word.length();
      int best = cue == null ? -1 : nearest + cue.length();
      if (at >= 0 && (end > best || end == best && word.length() > cue.length())) {
        nearest = at;
        cue = word;
      }
    }
    if (cue == null) {
      return before.endsWith("本") ? PlanStatus.APPROVED : PlanStatus.IN_PROGRESS;
    }
    String lead = before.substring(Math.max(0, nearest - 3), nearest);
    return switch (cue) {
      case "成功落实", "完成" -> PlanStatus.IMPLEMENTED;
      case "草拟", "起草", "正在制定", "正在制订" -> PlanStatus.DRAFTING;
      case "提议", "倡议", "建议" -> PlanStatus.PROPOSED;
      case "实现", "落实", "实施", "执行", "推进" -> PlanStatus.IN_PROGRESS;
      case "制定", "制订", "商定" ->
          lead.contains("将") || lead.contains("拟") || lead.contains("同意")
              ? PlanStatus.PROPOSED
              : PlanStatus.APPROVED;
      default -> PlanStatus.APPROVED;
    };
  }

  /** The number a Chinese or Arabic numeral stands for (一 to 十, 两), or 0. */
  static int number(String numeral) {
    String digits = "一二三四五六七八九十";
    if (numeral.equals("两")) {
      return 2;
    }
    if (numeral.length() == 1 && digits.contains(numeral)) {
      return digits.indexOf(numeral) + 1;
    }
    if (numeral.chars().allMatch(Character::isDigit) && numeral.length() <= 2) {
      return Integer.parseInt(numeral);
    }
    return 0;
  }

  /** The kinds' words, longest first where one ends another (谅解备忘录 before 备忘录). */
  static List<Kind> kinds() {
    return KINDS;
  }
}
