package org.attache.pipeline.events.agreement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.attache.model.Instrument;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.events.parties.SentenceView;
import org.attache.pipeline.events.parties.TokenPhrases;

/**
 * The bounds of an instrument's phrase in a sentence: where its noun phrase starts ("the 2005
 * SCO-ASEAN memorandum"), how far "between X and Y" runs, its title and its clause.
 */
final class InstrumentPhrase {
  /** Words that open the parties after an instrument: "MoU between X and Y". */
  private static final Set<String> PARTIES_AFTER = Set.of("between", "with", "among");

  /** Words that open an instrument's complement, which its title runs over: "MoU on ...". */
  private static final Set<String> COMPLEMENT = Set.of("on", "of", "for");

  /** Parts of speech a title runs over besides nouns and adjectives. */
  private static final Set<String> TITLE_TAGS = Set.of("CC", "-LRB-", "-RRB-", "DT", "HYPH");

  private static final Set<String> NOT_INSTRUMENT_BEFORE =
      Set.of("reach", "reached", "reaches", "reaching", "in", "broad", "full", "mutual", "common");

  private InstrumentPhrase() {}

  /**
   * Whether the noun found names an instrument: a noun outside any actor's name, not an accord
   * reached ("agreement was reached", "in agreement", "full agreement").
   */
  static boolean isInstrument(SentenceView view, TokenPhrases.Found<Instrument> found) {
    for (int i = found.firstToken(); i <= found.lastToken(); i++) {
      if (view.inReference(i)) {
        return false;
      }
    }
    if (!view.pos(found.lastToken()).startsWith("NN")) {
      return false;
    }
    String after = view.lower(found.lastToken() + 1) + " " + view.lower(found.lastToken() + 2);
    return !NOT_INSTRUMENT_BEFORE.contains(view.lower(found.firstToken() - 1))
        && !after.startsWith("reached")
        && !after.startsWith("was reached")
        && !after.startsWith("were reached")
        && !after.startsWith("has been")
        && !after.startsWith("had been");
  }

  /** The first token of the noun phrase that ends in the instrument: "the 2005 SCO-ASEAN". */
  static int phraseStart(SentenceView view, int first) {
    int i = first - 1;
    while (view.inside(i)) {
      String pos = view.pos(i);
      if (pos.startsWith("NN")
          || pos.startsWith("JJ")
          || pos.equals("CD")
          || pos.equals("HYPH")
          || pos.equals("POS")
          || view.lower(i).equals("-")) {
        i--;
      } else if (pos.equals("DT")) {
        return i;
      } else {
        break;
      }
    }
    return i + 1;
  }

  /**
   * The last token of "between X and Y", "with X", "among X" after the instrument, else its own.
   */
  static int phraseEnd(SentenceView view, int last) {
    return runEnd(
        view,
        last,
        PARTIES_AFTER,
        i ->
            !view.lower(i).equals(",")
                && !view.lower(i).equals(".")
                && !view.pos(i).startsWith("VB")
                && !(view.pos(i).equals("IN") && !view.lower(i).equals("of")));
  }

  /** The title runs over the instrument's complement: "MoU on High Impact ... Projects (CDP)". */
  static int titleEnd(SentenceView view, int last) {
    return runEnd(
        view,
        last,
        COMPLEMENT,
        i ->
            view.pos(i).startsWith("NN")
                || view.pos(i).startsWith("JJ")
                || TITLE_TAGS.contains(view.pos(i)));
  }

  /**
   * Where a run after the instrument ends: the token before the first that {@code within} refuses,
   * the run opening with one of {@code openers} right after {@code last}; {@code last} itself where
   * no opener follows it.
   */
  private static int runEnd(SentenceView view, int last, Set<String> openers, IntPredicate within) {
    if (!openers.contains(view.lower(last + 1))) {
      return last;
    }
    int i = last + 2;
    while (view.inside(i) && within.test(i)) {
      i++;
    }
    return i - 1;
  }

  /** The instrument's clause ends at a verb joined by "and", a semicolon or the sentence's end. */
  static int clauseEnd(SentenceView view, int from) {
    for (int i = from + 1; i <= view.last(); i++) {
      if (view.lower(i).equals(";")
          || (view.lower(i).equals("and") && view.pos(i + 1).startsWith("VB"))) {
        return i - 1;
      }
    }
    return view.last();
  }

  /** The distinct actors of the references, in order. */
  static List<String> ids(List<Reference> references) {
    Set<String> ids = new LinkedHashSet<>();
    references.forEach(r -> ids.add(r.actor()));
    return new ArrayList<>(ids);
  }
}
