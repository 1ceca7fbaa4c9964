package org.attache.pipeline.lang.zh;

import java.util.List;
import java.util.Optional;
import org.attache.model.Stance;

/**
 * The spirit of a clause said in Chinese, from the words of its verb: thanks (感谢), praise (高度评价,
 * 赞赏, 祝贺, 欢迎), appeal (呼吁, 希望, 敦促), support (支持), agreement (同意, 一致认为), rejection (反对), criticism
 * (谴责), condolence (慰问, 哀悼), intent to cooperate (愿, 期待, 将继续); a clause introduced by a verb of
 * saying (表示, 指出, 强调, 说) and none of these is a comment.
 */
final class ChineseStances {
  private record Cue(String word, Stance stance) {}

  private static final List<Cue> CUES =
      List.of(
          new Cue("感谢", Stance.THANKS),
          new Cue("谢意", Stance.THANKS),
          new Cue("慰问", Stance.CONDOLENCE),
          new Cue("哀悼", Stance.CONDOLENCE),
          new Cue("谴责", Stance.CRITICISM),
          new Cue("反对", Stance.REJECTION),
          new Cue("高度评价", Stance.PRAISE),
          new Cue("积极评价", Stance.PRAISE),
          new Cue("赞赏", Stance.PRAISE),
          new Cue("赞扬", Stance.PRAISE),
          new Cue("称赞", Stance.PRAISE),
          new Cue("祝贺", Stance.PRAISE),
          new Cue("欢迎", Stance.PRAISE),
          new Cue("珍视", Stance.PRAISE),
          new Cue("呼吁", Stance.APPEAL),
          new Cue("敦促", Stance.APPEAL),
          new Cue("希望", Stance.APPEAL),
          new Cue("促请", Stance.APPEAL),
          new Cue("同意", Stance.AGREEMENT),
          new Cue("一致认为", Stance.AGREEMENT),
          new Cue("支持", Stance.SUPPORT),
          new Cue("恪守", Stance.SUPPORT),
          new Cue("愿", Stance.INTENT_TO_COOPERATE),
          new Cue("期待", Stance.INTENT_TO_COOPERATE),
          new Cue("将继续", Stance.INTENT_TO_COOPERATE),
          new Cue("致力于", Stance.INTENT_TO_COOPERATE));

  /** Verbs that open what someone says. */
  static final List<String> SAYING =
      List.of("表示", "指出", "强调", "认为", "介绍", "阐述", "重申", "回顾", "说", "称");

  private ChineseStances() {}

  /** The stance of a clause, if a cue of one is in it. */
  static Optional<Stance> of(String clause) {
    int best = Integer.MAX_VALUE;
    Stance stance = null;
    for (Cue cue : CUES) {
      int at = clause.indexOf(cue.word());
      if (at >= 0 && at < best) {
        best = at;
        stance = cue.stance();
      }
    }
    return Optional.ofNullable(stance);
  }

  /** Whether the clause opens with a cue or a verb of saying, at most {@code within} in. */
  static boolean opens(String clause, int within) {
    for (String verb : SAYING) {
      int at = clause.indexOf(verb);
      if (at >= 0 && at <= within) {
        return true;
      }
    }
    for (Cue cue : CUES) {
      int at = clause.indexOf(cue.word());
      if (at >= 0 && at <= within) {
        return true;
      }
    }
    return false;
  }
}
