package org.attache.pipeline.nlp;

import org.attache.pipeline.analysis.AnnotatedText;

/**
 * Splits a text into sentences and tags its tokens. Implementations load their models once and are
 * safe to call from several threads.
 */
public interface Annotator {
  /** Annotates the whole text; spans of the result index into {@code text}. */
  AnnotatedText annotate(String text);
}
