package org.attache.pipeline.lang.zh;

/**
 * Clauses that go on with the last speaker: a pronoun (他, 她, 其) or no subject at all before a verb
 * of saying or a cue of stance, perhaps after a word that adds to what was said ("他表示", "她还指出",
 * "并强调", "表示", "同时呼吁"). A paragraph that opens so is still the speaker of the paragraph before.
 */
final class ChineseContinuations {
  private static final String PRONOUNS = "他她其";
  private static final String[] LINKS = {"同时", "此外", "另外", "还", "并", "也", "又", "则"};

  /** How far a pronoun's verb may stand ("他在会谈中表示"). */
  private static final int PRONOUN_REACH = 5;

  private ChineseContinuations() {}

  /** Whether the clause opens without a subject of its own, or with a pronoun, and says. */
  static boolean continues(String piece) {
    int at = 0;
    boolean pronoun = !piece.isEmpty() && PRONOUNS.indexOf(piece.charAt(0)) >= 0;
    if (pronoun && piece.startsWith("们", 1)) {
      return false;
    }
    if (pronoun) {
      at = 1;
    }
    for (boolean linked = true; linked; ) {
      linked = false;
      for (String link : LINKS) {
        if (piece.startsWith(link, at)) {
          at += link.length();
          linked = true;
          break;
        }
      }
    }
    return ChineseStances.opens(piece.substring(at), pronoun ? PRONOUN_REACH : 0);
  }
}
