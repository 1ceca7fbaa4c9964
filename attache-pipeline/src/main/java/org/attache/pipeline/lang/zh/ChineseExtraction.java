package org.attache.pipeline.lang.zh;

import java.util.List;
import org.attache.knowledge.ChineseLexicon;
import org.attache.knowledge.KnowledgeBase;
import org.attache.pipeline.analysis.Stage;

/**
 * The extractor's stages for a Chinese text, in order: sentences and words, actors, then the
 * constructions of meetings, agreements and plans, and statements, then the check that the text
 * tells of diplomacy at all. Built on first use, so that HanLP's dictionaries and the Chinese
 * lexicon load only when a Chinese document arrives.
 */
public final class ChineseExtraction {
  private ChineseExtraction() {}

  /** Whether the text is one for these stages. */
  public static boolean reads(String text) {
    return ChineseText.isChinese(text);
  }

  /** The stages up to the events' codes, which the caller appends. */
  public static List<Stage> stages(KnowledgeBase knowledge) {
    ChineseLexicon lexicon = ChineseLexicon.standard();
    return List.of(
        new ChineseAnnotate(),
        new ChineseActors(knowledge, lexicon),
        new ChineseEvents(knowledge, lexicon));
  }
}
