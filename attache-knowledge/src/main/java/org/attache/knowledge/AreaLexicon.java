package org.attache.knowledge;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.attache.model.Area;
import org.attache.model.Vocabulary;

/**
 * The wording of the areas of cooperation (RECORDS.md): finds "illegal drug trafficking",
 * "e-commerce" or "post-pandemic recovery" in a text and names their areas (drug_trafficking,
 * digital_economy, health), read from {@code areas.tsv} beside this class.
 *
 * <p>Phrases are found in one pass, leftmost-longest over whole words (see {@link PhraseMatcher}),
 * so that "energy security" is energy and never a security phrase inside it. A strong phrase always
 * counts; a weak one ("water", "political", "media") counts only in a sentence that also holds a
 * cue ("cooperation", "fields", "economic") or a strong phrase; hiding phrases ("Security Council")
 * keep the words inside them from being read.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class AreaLexicon {
  static final String FILE = "areas.tsv";
  static final List<String> COLUMNS = List.of("phrases", "areas", "use", "note");

  private final List<AreaPhrase> phrases;
  private final PhraseMatcher<AreaPhrase> matcher;

  private AreaLexicon(List<AreaPhrase> phrases) {
    this.phrases = List.copyOf(phrases);
    PhraseMatcher.Builder<AreaPhrase> builder = PhraseMatcher.builder();
    for (AreaPhrase phrase : phrases) {
      builder.add(phrase.phrase(), phrase);
    }
    this.matcher = builder.build();
  }

  /**
   * The lexicon shipped with this module, loaded on first use.
   *
   * @throws KnowledgeDataException if the data file is missing or malformed
   */
  public static AreaLexicon standard() {
    return Standard.INSTANCE;
  }

  /**
   * Reads the lexicon from {@code areas.tsv} found by name.
   *
   * @param open opens a data file by name, or returns null if there is none
   * @throws KnowledgeDataException naming the file, the line and the reason
   */
  static AreaLexicon load(Function<String, InputStream> open) {
    return KnowledgeBase.read(open, FILE, AreaLexicon::parse);
  }

  /** Parses the lines of an area lexicon file. */
  static AreaLexicon parse(String file, BufferedReader reader) {
    List<AreaPhrase> phrases = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (KnowledgeFiles.Row row : KnowledgeFiles.rows(file, reader, COLUMNS)) {
      List<String> wordings = row.list(0);
      if (wordings.isEmpty()) {
        throw row.error("no phrases");
      }
      EnumSet<Area> areas = EnumSet.noneOf(Area.class);
      try {
        for (String area : row.list(1)) {
          areas.add(Vocabulary.parse(Area.class, area));
        }
        AreaUse use = Vocabulary.parseCode(AreaUse.class, row.cell(2));
        for (String wording : wordings) {
          if (Folding.phrase(wording).isEmpty()) {
            throw row.error("empty phrase in '" + row.cell(0) + "'");
          }
          Integer previous = seen.putIfAbsent(matchKey(wording), row.line());
          if (previous != null) {
            throw row.error("phrase '" + wording + "' is already on line " + previous);
          }
          phrases.add(new AreaPhrase(wording, areas, use));
        }
      } catch (IllegalArgumentException | NullPointerException e) {
        throw row.error(e.getMessage());
      }
    }
    return new AreaLexicon(phrases);
  }

  /** All phrases, in the order of the data file. */
  public List<AreaPhrase> phrases() {
    return phrases;
  }

  /**
   * Finds the wordings of areas in {@code text}, strong and weak, in order of their start, each
   * marked whether it counts in this text (see {@link AreaMatch#counted()}). Cues and hiding
   * phrases are not reported.
   */
  public List<AreaMatch> find(CharSequence text) {
    requireNonNull(text, "text is null");
    List<PhraseMatch<AreaPhrase>> found = matcher.find(text);
    boolean anyWeak = false;
    for (PhraseMatch<AreaPhrase> match : found) {
      anyWeak |= match.payload().use() == AreaUse.WEAK;
    }
    SentenceBreaks breaks = null;
    boolean[] listing = null;
    if (anyWeak) {
      breaks = SentenceBreaks.of(text);
      listing = new boolean[breaks.count()];
      for (PhraseMatch<AreaPhrase> match : found) {
        AreaUse use = match.payload().use();
        if (use == AreaUse.STRONG || use == AreaUse.CUE) {
          listing[breaks.sentenceAt(match.start())] = true;
        }
      }
    }
    List<AreaMatch> matches = new ArrayList<>();
    for (PhraseMatch<AreaPhrase> match : found) {
      AreaPhrase phrase = match.payload();
      if (phrase.use() == AreaUse.STRONG) {
        matches.add(new AreaMatch(match.start(), match.end(), phrase, true));
      } else if (phrase.use() == AreaUse.WEAK) {
        boolean counted = listing[breaks.sentenceAt(match.start())];
        matches.add(new AreaMatch(match.start(), match.end(), phrase, counted));
      }
    }
    return List.copyOf(matches);
  }

  /** The areas that {@code text} names: those of the matches that count, in vocabulary order. */
  public Set<Area> areasIn(CharSequence text) {
    EnumSet<Area> areas = EnumSet.noneOf(Area.class);
    for (AreaMatch match : find(text)) {
      if (match.counted()) {
        areas.addAll(match.areas());
      }
    }
    return Collections.unmodifiableSet(areas);
  }

  /** Two phrases clash when they would match the same texts. */
  private static String matchKey(String phrase) {
    return PhraseMatcher.CaseMatching.of(phrase) == PhraseMatcher.CaseMatching.SENSITIVE
        ? Folding.phrase(phrase)
        : Folding.key(phrase);
  }

  private static final class Standard {
    static final AreaLexicon INSTANCE = load(AreaLexicon.class::getResourceAsStream);
  }
}
