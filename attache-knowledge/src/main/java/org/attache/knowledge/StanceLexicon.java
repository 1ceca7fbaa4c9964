package org.attache.knowledge;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.attache.model.Stance;
import org.attache.model.Vocabulary;

/**
 * The words of reported speech and the stances they give a statement (RECORDS.md): "called for" is
 * an appeal, "welcomed" support or praise, "readiness" intent to cooperate. Read from {@code
 * stance-words.tsv} beside this class.
 *
 * <p>Words are looked up by any of their forms, base or inflected, and found in a text in one pass,
 * leftmost-longest over whole words (see {@link PhraseMatcher}): "thanks to" is not thanks, "called
 * for" wins over "called". Each word carries a weight, how much it decides its clause: in
 * "reaffirmed ASEAN's readiness to work together", the light verb "reaffirmed" weighs less than
 * "readiness", so the clause reads as intent to cooperate.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class StanceLexicon {
  static final String FILE = "stance-words.tsv";
  static final List<String> COLUMNS =
      List.of("phrases", "forms", "stances", "kind", "weight", "note");

  private final List<StanceWord> words;
  private final Map<String, StanceWord> byForm = new HashMap<>();
  private final PhraseMatcher<StanceWord> matcher;

  private StanceLexicon(List<StanceWord> words) {
    this.words = List.copyOf(words);
    PhraseMatcher.Builder<StanceWord> builder = PhraseMatcher.builder();
    for (StanceWord word : words) {
      for (String phrase : word.phrases()) {
        byForm.put(Folding.key(phrase), word);
      }
      for (String form : word.forms()) {
        byForm.put(Folding.key(form), word);
        builder.add(form, word, PhraseMatcher.CaseMatching.INSENSITIVE);
      }
    }
    this.matcher = builder.build();
  }

  /**
   * The lexicon shipped with this module, loaded on first use.
   *
   * @throws KnowledgeDataException if the data file is missing or malformed
   */
  public static StanceLexicon standard() {
    return Standard.INSTANCE;
  }

  /**
   * Reads the lexicon from {@code stance-words.tsv} found by name.
   *
   * @param open opens a data file by name, or returns null if there is none
   * @throws KnowledgeDataException naming the file, the line and the reason
   */
  static StanceLexicon load(Function<String, InputStream> open) {
    return KnowledgeBase.read(open, FILE, StanceLexicon::parse);
  }

  /** Parses the lines of a stance word file. */
  static StanceLexicon parse(String file, BufferedReader reader) {
    List<StanceWord> words = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (KnowledgeFiles.Row row : KnowledgeFiles.rows(file, reader, COLUMNS)) {
      StanceWord word =
          row.parse(
              () -> {
                List<String> phrases = row.list(0);
                Set<WordKind> kinds = EnumSet.noneOf(WordKind.class);
                for (String kind : row.list(3)) {
                  kinds.add(Vocabulary.parseCode(WordKind.class, kind));
                }
                List<String> forms = row.list(1);
                if (forms.isEmpty()) {
                  forms = derivedForms(phrases, kinds);
                }
                List<Stance> stances = new ArrayList<>();
                for (String stance : row.list(2)) {
                  stances.add(Vocabulary.parse(Stance.class, stance));
                }
                String weight = row.cell(4);
                String note = row.cell(5);
                return new StanceWord(
                    phrases,
                    forms,
                    stances,
                    kinds,
                    weight.isEmpty() ? 0 : Double.parseDouble(weight),
                    note.isEmpty() ? Optional.empty() : Optional.of(note));
              });
      Set<String> keys = new LinkedHashSet<>();
      for (String text : word.phrases()) {
        keys.add(Folding.key(text));
      }
      for (String text : word.forms()) {
        keys.add(Folding.key(text));
      }
      for (String key : keys) {
        if (key.isEmpty()) {
          throw row.error("empty phrase or form");
        }
        Integer previous = seen.putIfAbsent(key, row.line());
        if (previous != null) {
          throw row.error("'" + key + "' is already on line " + previous);
        }
      }
      words.add(word);
    }
    return new StanceLexicon(words);
  }

  /** All words, in the order of the data file. */
  public List<StanceWord> words() {
    return words;
  }

  /** The word with this base or inflected form ("urge", "urged", "calls for"), in any case. */
  public Optional<StanceWord> word(String form) {
    requireNonNull(form, "form is null");
    return Optional.ofNullable(byForm.get(Folding.key(form)));
  }

  /**
   * The stances that this word or phrase gives ("welcomed": support, praise), the likeliest first;
   * empty for an unknown word and for a phrase that hides ("thanks to").
   */
  public List<Stance> stances(String form) {
    return word(form).map(StanceWord::stances).orElse(List.of());
  }

  /**
   * Finds the stance words of {@code text} in order of their start; hiding phrases are not
   * reported. A form may be another part of speech than the word's ("a note", "the state"): compare
   * {@link StanceWord#kinds()} with the token's tag where it matters.
   */
  public List<StanceMatch> find(CharSequence text) {
    List<StanceMatch> found = new ArrayList<>();
    for (PhraseMatch<StanceWord> match : matcher.find(text)) {
      if (!match.payload().hides()) {
        found.add(new StanceMatch(match.start(), match.end(), match.payload()));
      }
    }
    return List.copyOf(found);
  }

  /**
   * The stances of a clause of reported speech: those of its weightiest stance word, the first of
   * equal weight; empty if it has none. "Mr Norov congratulated the guests" gives praise;
   * "reaffirmed ASEAN's readiness to work together" gives intent to cooperate.
   */
  public List<Stance> clauseStances(CharSequence clause) {
    StanceMatch best = null;
    for (StanceMatch match : find(clause)) {
      if (best == null || match.word().weight() > best.word().weight()) {
        best = match;
      }
    }
    return best == null ? List.of() : best.word().stances();
  }

  private static List<String> derivedForms(List<String> phrases, Set<WordKind> kinds) {
    Set<String> forms = new LinkedHashSet<>();
    for (String phrase : phrases) {
      if (kinds.contains(WordKind.VERB)) {
        forms.addAll(Inflection.verbForms(phrase));
      } else {
        forms.add(phrase);
      }
    }
    return List.copyOf(forms);
  }

  private static final class Standard {
    static final StanceLexicon INSTANCE = load(StanceLexicon.class::getResourceAsStream);
  }
}
