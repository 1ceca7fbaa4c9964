package org.attache.pipeline.events.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.attache.knowledge.PhraseMatch;
import org.attache.knowledge.PhraseMatcher;
import org.attache.model.AgreementStatus;
import org.attache.model.Instrument;
import org.attache.model.Vocabulary;
import org.attache.pipeline.analysis.WordLists;

/**
 * Well-known instruments named without an instrument noun or by a name of their own ("New START",
 * "the AfCFTA", "the Iran nuclear deal"), read from {@code known-instruments.tsv}: their kind,
 * parties, year of signing and usual status. A name in capitals matches case and all; others match
 * in any case. A name followed by "Organization" ("Collective Security Treaty Organization") is an
 * organisation's name, not the instrument. All names are found in one pass of a {@link
 * PhraseMatcher}.
 */
public final class KnownInstruments {
  /** One instrument of the list. */
  public record Known(
      String name,
      Instrument instrument,
      List<String> parties,
      Optional<String> signed,
      AgreementStatus status,
      String source) {}

  /** A name found in a text, at character offsets. */
  public record Found(int start, int end, Known known) {}

  private static final Pattern ORGANISATION = Pattern.compile("\\s+Organi[sz]ation");

  private final PhraseMatcher<Known> names;

  public KnownInstruments() {
    PhraseMatcher.Builder<Known> builder = PhraseMatcher.builder();
    for (List<String> row : WordLists.table("known-instruments.tsv")) {
      if (row.size() < 6) {
        throw new IllegalStateException(
            "known-instruments.tsv: expected 6 columns in '" + String.join("\t", row) + "'");
      }
      String[] aliases = row.get(0).split("\\|");
      Known known =
          new Known(
              aliases[0],
              Vocabulary.parse(Instrument.class, row.get(1)),
              row.get(2).isBlank() ? List.of() : Arrays.asList(row.get(2).trim().split(" +")),
              row.get(3).isBlank() ? Optional.empty() : Optional.of(row.get(3).trim()),
              Vocabulary.parse(AgreementStatus.class, row.get(4)),
              row.get(5));
      for (String alias : aliases) {
        boolean acronym = alias.equals(alias.toUpperCase(Locale.ROOT));
        builder.add(
            alias,
            known,
            acronym
                ? PhraseMatcher.CaseMatching.SENSITIVE
                : PhraseMatcher.CaseMatching.INSENSITIVE);
      }
    }
    names = builder.build();
  }

  /**
   * The names in the text, in text order: one pass of the phrase matcher, leftmost and longest
   * first where two overlap. A name glued to a hyphen before it ("anti-INF") or followed by
   * "Organization" is passed over.
   */
  public List<Found> in(String text) {
    List<Found> found = new ArrayList<>();
    for (PhraseMatch<Known> match : names.find(text)) {
      int start = match.start();
      int end = match.end();
      boolean hyphenated = start > 0 && text.charAt(start - 1) == '-';
      boolean organisation = ORGANISATION.matcher(text).region(end, text.length()).lookingAt();
      if (!hyphenated && !organisation) {
        found.add(new Found(start, end, match.payload()));
      }
    }
    return found;
  }
}
