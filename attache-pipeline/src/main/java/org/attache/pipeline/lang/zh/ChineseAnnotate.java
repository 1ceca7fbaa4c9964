package org.attache.pipeline.lang.zh;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.attache.model.Span;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.AnnotatedText;
import org.attache.pipeline.analysis.DeclaredStage;
import org.attache.pipeline.analysis.Layer;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.analysis.Token;

/**
 * Sentences and words of a Chinese text. A sentence ends after 。！？!? (and a closing quote after
 * one) or at a line end; words are HanLP's, read on the simplified text, each token keeping the
 * characters of the text as written, its simplified form as lemma and HanLP's tag as part of
 * speech.
 */
final class ChineseAnnotate extends DeclaredStage {
  private static final String ENDS = "。！？!?";
  private static final String CLOSING = "”’」』\"）)";

  ChineseAnnotate() {
    super("zh-annotate", EnumSet.noneOf(Layer.class), EnumSet.of(Layer.SENTENCES));
  }

  @Override
  public Analysis apply(Analysis analysis) {
    String text = analysis.text();
    String simplified = Hanlp.simplified(text);
    List<Sentence> sentences = new ArrayList<>();
    for (Span span : sentenceSpans(text)) {
      List<Token> tokens = new ArrayList<>();
      String piece = simplified.substring(span.start(), span.end());
      for (Hanlp.Word word : Hanlp.words(piece)) {
        int start = span.start() + word.start();
        int end = span.start() + word.end();
        tokens.add(
            new Token(
                tokens.size(),
                text.substring(start, end),
                new Span(start, end),
                word.tag(),
                word.text(),
                "O"));
      }
      if (!tokens.isEmpty()) {
        sentences.add(new Sentence(sentences.size(), span, tokens));
      }
    }
    return analysis.withAnnotated(new AnnotatedText(text, sentences));
  }

  /** The sentences' spans, spaces at either end left out, empty ones skipped. */
  static List<Span> sentenceSpans(String text) {
    List<Span> spans = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      boolean end = i == text.length() || text.charAt(i) == '\n';
      if (!end && ENDS.indexOf(text.charAt(i)) >= 0) {
        while (i + 1 < text.length() && CLOSING.indexOf(text.charAt(i + 1)) >= 0) {
          i++;
        }
        add(spans, text, start, i + 1);
        start = i + 1;
      } else if (end) {
        add(spans, text, start, i);
        start = i + 1;
      }
    }
    return spans;
  }

  private static void add(List<Span> spans, String text, int start, int end) {
    int s = start;
    int e = Math.min(end, text.length());
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      spans.add(new Span(s, e));
    }
  }
}
