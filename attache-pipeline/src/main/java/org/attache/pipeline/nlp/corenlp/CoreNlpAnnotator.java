package org.attache.pipeline.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.attache.model.Span;
import org.attache.pipeline.analysis.AnnotatedText;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.analysis.Token;
import org.attache.pipeline.nlp.Annotator;
import org.attache.pipeline.nlp.Segments;

/**
 * The one place that speaks to Stanford CoreNLP: runs tokenize, ssplit, pos, lemma and the
 * three-class NER model, and turns the result into our own {@link AnnotatedText} at once.
 *
 * <p>SUTime, the numeric classifiers and fine-grained NER are off: dates are normalised by the
 * project itself, and fine-grained NER splits "the People's Republic of China" wrongly (STACK.md).
 * Hyphenated words stay whole ("Secretary-General", "ASEAN-China"), and a blank line ends a
 * sentence, so that titles and datelines do not run into the body.
 */
public final class CoreNlpAnnotator implements Annotator {
  /**
   * The one NER model run: the three classes (person, organisation, location) trained on the
   * combined corpora. The pipeline reads only its PERSON labels; CoreNLP's default of three models
   * in turn (adding the MUC 7-class and CoNLL 4-class ones) gave the same dev figures in 1.6 times
   * the annotation time (README, "Triage and the benchmark").
   */
  static final String NER_MODEL =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  /** The longest piece of text given to CoreNLP at once, in characters. */
  static final int MAX_SEGMENT = 2_000;

  private static final Object LOCK = new Object();
  private static CoreNlpAnnotator shared;

  private final StanfordCoreNLP pipeline;

  private CoreNlpAnnotator(Properties properties) {
    this.pipeline = new StanfordCoreNLP(properties);
  }

  /** The annotator with the project's settings, loaded once per JVM. */
  public static CoreNlpAnnotator shared() {
    synchronized (LOCK) {
      if (shared == null) {
        shared = new CoreNlpAnnotator(defaultProperties());
      }
      return shared;
    }
  }

  static Properties defaultProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("tokenize.language", "en");
    p.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("ner.combinationMode", "NORMAL");
    p.setProperty("ner.model", NER_MODEL);
    return p;
  }

  /**
   * Annotates the text paragraph by paragraph, and a paragraph longer than {@link #MAX_SEGMENT}
   * characters in pieces cut at a space, so that memory stays bounded whatever the input (a
   * 200,000-character "sentence" would otherwise exhaust the heap).
   */
  @Override
  public AnnotatedText annotate(String text) {
    List<Sentence> sentences = new ArrayList<>();
    for (int[] segment : Segments.of(text, MAX_SEGMENT)) {
      annotateSegment(text, segment[0], segment[1], sentences);
    }
    return new AnnotatedText(text, sentences);
  }

  private void annotateSegment(String text, int from, int to, List<Sentence> sentences) {
    Annotation annotation = new Annotation(text.substring(from, to));
    pipeline.annotate(annotation);
    int tokenIndex = lastToken(sentences) + 1;
    for (CoreMap coreSentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<Token> tokens = new ArrayList<>();
      for (CoreLabel label : coreSentence.get(CoreAnnotations.TokensAnnotation.class)) {
        tokens.add(
            new Token(
                tokenIndex++,
                label.originalText(),
                new Span(from + label.beginPosition(), from + label.endPosition()),
                orEmpty(label.tag()),
                orEmpty(label.lemma()),
                label.ner() == null ? "O" : label.ner()));
      }
      int start = from + coreSentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = from + coreSentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      sentences.add(new Sentence(sentences.size(), new Span(start, end), tokens));
    }
  }

  private static int lastToken(List<Sentence> sentences) {
    for (int i = sentences.size() - 1; i >= 0; i--) {
      List<Token> tokens = sentences.get(i).tokens();
      if (!tokens.isEmpty()) {
        return tokens.get(tokens.size() - 1).index();
      }
    }
    return -1;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
