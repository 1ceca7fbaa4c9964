package org.attache.pipeline.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.attache.pipeline.analysis.AnnotatedText;
import org.attache.pipeline.analysis.Mention;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.analysis.Sorted;
import org.attache.pipeline.analysis.Token;

/** Where a description stands in its sentence: across a verb from a name, or governed. */
final class DescriptionSyntax {
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private static final Set<String> GOVERNING = Set.of("of", "for");

  /** Nouns after which "to" names the office served: "an assistant to the Secretary of State". */
  private static final Set<String> AIDES =
      Set.of("assistant", "adviser", "advisor", "aide", "counsellor", "counselor", "deputy");

  private DescriptionSyntax() {}

  /**
   * "Speaker Anna Berg met the Speaker of the Parliament of Freedonia": a description a verb
   * separates from the holder's name in its sentence is the other side of the verb, someone else,
   * and lends the holder nothing.
   */
  static boolean acrossAVerb(
      AnnotatedText text, PersonClusters.Cluster holder, PostLink description) {
    int first = description.phrase().firstToken();
    Optional<Sentence> sentence = text.sentenceAt(text.tokens().get(first).start());
    if (sentence.isEmpty()) {
      return false;
    }
    // The holder's mentions are in the order of the text: the last one before the description.
    List<Mention> mentions = holder.mentions();
    int low = Sorted.partitionPoint(mentions.size(), i -> mentions.get(i).lastToken() < first);
    int nameEnd = -1;
    if (low > 0 && mentions.get(low - 1).firstToken() >= sentence.get().firstToken()) {
      nameEnd = mentions.get(low - 1).lastToken();
    }
    for (int at = nameEnd + 1; nameEnd >= 0 && at < first; at++) {
      if (text.tokens().get(at).isVerb()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A title governed by a preposition ("an assistant to the Secretary of State", "the office of the
   * President") names the office, not a person taking part.
   */
  static boolean governed(AnnotatedText text, PostLink description) {
    int first = description.phrase().firstToken();
    List<Token> tokens = text.tokens();
    int at = first - 1;
    while (at >= 0 && ARTICLES.contains(tokens.get(at).text().toLowerCase(Locale.ROOT))) {
      at--;
    }
    if (at < 1
        || !text.sentenceAt(tokens.get(at).start())
            .equals(text.sentenceAt(tokens.get(first).start()))) {
      return false;
    }
    String word = tokens.get(at).text().toLowerCase(Locale.ROOT);
    String before = tokens.get(at - 1).lemma().toLowerCase(Locale.ROOT);
    return GOVERNING.contains(word) || (word.equals("to") && AIDES.contains(before));
  }
}
