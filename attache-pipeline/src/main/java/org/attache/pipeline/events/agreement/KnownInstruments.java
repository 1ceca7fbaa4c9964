package org.attache.pipeline.events.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.AgreementStatus;
import org.attache.model.Instrument;
import org.attache.pipeline.analysis.WordLists;

/**
 * Well-known instruments named without an instrument noun or by a name of their own ("New START",
 * "the AfCFTA", "the Iran nuclear deal"), read from {@code known-instruments.tsv}: their kind,
 * parties, year of signing and usual status. A name in capitals matches case and all; others match
 * in any case. A name followed by "Organization" ("Collective Security Treaty Organization") is an
 * organisation's name, not the instrument.
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

  private record Name(Pattern pattern, Known known) {}

  private static final Pattern ORGANISATION = Pattern.compile("\\s+Organi[sz]ation");

  private final List<Name> names = new ArrayList<>();

  public KnownInstruments() {
    for (List<String> row : WordLists.table("known-instruments.tsv")) {
      if (row.size() < 6) {
        throw new IllegalStateException(
            "known-instruments.tsv: expected 6 columns in '" + String.join("\t", row) + "'");
      }
      String[] aliases = row.get(0).split("\\|");
      Known known =
          new Known(
              aliases[0],
              Instrument.parse(row.get(1)),
              row.get(2).isBlank() ? List.of() : Arrays.asList(row.get(2).trim().split(" +")),
              row.get(3).isBlank() ? Optional.empty() : Optional.of(row.get(3).trim()),
              AgreementStatus.parse(row.get(4)),
              row.get(5));
      for (String alias : aliases) {
        boolean acronym = alias.equals(alias.toUpperCase(Locale.ROOT));
        String regex = "(?<![\\p{L}\\p{N}-])" + Pattern.quote(alias) + "(?![\\p{L}\\p{N}])";
        names.add(
            new Name(
                Pattern.compile(
                    regex, acronym ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                known));
      }
    }
    names.sort(Comparator.comparingInt((Name n) -> -n.pattern().pattern().length()));
  }

  /** The names in the text, longest first where two overlap, in text order. */
  public List<Found> in(String text) {
    NavigableMap<Integer, Found> found = new TreeMap<>();
    for (Name name : names) {
      Matcher matcher = name.pattern().matcher(text);
      while (matcher.find()) {
        int start = matcher.start();
        int end = matcher.end();
        Map.Entry<Integer, Found> before = found.floorEntry(start);
        Map.Entry<Integer, Found> after = found.ceilingEntry(start);
        boolean taken =
            before != null && before.getValue().end() > start
                || after != null && after.getKey() < end;
        boolean organisation = ORGANISATION.matcher(text).region(end, text.length()).lookingAt();
        if (!taken && !organisation) {
          found.put(start, new Found(start, end, name.known()));
        }
      }
    }
    return new ArrayList<>(found.values());
  }
}
