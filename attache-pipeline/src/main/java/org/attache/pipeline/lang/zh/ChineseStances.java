package org.attache.pipeline.lang.zh;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.model.Stance;
import org.attache.pipeline.analysis.WordLists;

/**
 * The spirit of a clause said in Chinese, from the words of its verb: thanks (感谢), praise (高度评价,
 * 赞赏, 祝贺, 欢迎, 满意), appeal (呼吁, 希望, 敦促, 要求, and the modals of what a side should or must do: 应当,
 * 美方应, 不要, 必须), support (支持), agreement (同意, 一致认为, 赞同), rejection (反对), criticism (谴责, 批评, 抗议,
 * 严重违反), condolence (慰问, 哀悼), intent to cooperate (愿, 期待, 将继续); a clause introduced by a verb of
 * saying (表示, 指出, 强调, 说) and none of these is a comment.
 */
final class ChineseStances {
  private static final Map<String, Stance> CUES = WordLists.named("zh-stances.tsv", Stance.class);

  /** Verbs that open what someone says. */
  static final List<String> SAYING =
      List.of("表示", "指出", "强调", "认为", "介绍", "阐述", "重申", "回顾", "说", "称");

  private ChineseStances() {}

  /**
   * Words that hold a cue's characters without being the cue: nouns of wish and vision (愿望, 愿景,
   * 意愿), and 应 in words of response, supply and invitation (响应, 应邀...).
   */
  private static final List<String> NOT_CUES =
      List.of(
          "愿望", "愿景", "心愿", "响应", "相应", "应对", "适应", "供应", "效应", "反应", "应邀", "应约", "应用", "回应", "对应",
          "理应");

  /** The stance of a clause, if a cue of one is in it: the first cue's. */
  static Optional<Stance> of(String clause) {
    int best = Integer.MAX_VALUE;
    Stance stance = null;
    for (Map.Entry<String, Stance> cue : CUES.entrySet()) {
      int at = at(clause, cue.getKey(), 0);
      if (at >= 0 && at < best) {
        best = at;
        stance = cue.getValue();
      }
    }
    return Optional.ofNullable(stance);
  }

  /** Where a cue first stands in a clause, from an offset, not inside a word that is no cue. */
  private static int at(String clause, String cue, int from) {
    for (int at = clause.indexOf(cue, from); at >= 0; at = clause.indexOf(cue, at + 1)) {
      if (!inside(clause, at, cue.length())) {
        return at;
      }
    }
    return -1;
  }

  private static boolean inside(String clause, int at, int length) {
    for (String word : NOT_CUES) {
      int start = Math.max(0, at + length - word.length());
      int found = clause.indexOf(word, start);
      if (found >= 0 && found <= at && found + word.length() >= at + length) {
        return true;
      }
    }
    return false;
  }

  /** Whether the clause opens with a cue or a verb of saying, at most {@code within} in. */
  static boolean opens(String clause, int within) {
    for (String verb : SAYING) {
      int at = clause.indexOf(verb);
      if (at >= 0 && at <= within) {
        return true;
      }
    }
    for (Map.Entry<String, Stance> cue : CUES.entrySet()) {
      int at = at(clause, cue.getKey(), 0);
      if (at >= 0 && at <= within) {
        return true;
      }
    }
    return false;
  }
}
