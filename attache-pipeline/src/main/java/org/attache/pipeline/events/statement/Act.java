package org.attache.pipeline.events.statement;

import static java.util.Objects.requireNonNull;

import org.attache.knowledge.StanceWord;

/**
 * A verb of reported speech found in a sentence: "noted", "called for", "expressed".
 *
 * @param firstToken its first token (whole-text index)
 * @param lastToken its last token, inclusive
 * @param word the stance word it is a form of
 */
record Act(int firstToken, int lastToken, StanceWord word) {
  Act {
    requireNonNull(word, "word is null");
  }
}
