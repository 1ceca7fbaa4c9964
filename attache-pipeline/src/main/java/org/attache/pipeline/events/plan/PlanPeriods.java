package org.attache.pipeline.events.plan;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.attache.model.Period;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.events.parties.SentenceView;
import org.attache.pipeline.events.parties.TokenPhrases;
import org.attache.pipeline.time.DateFinder;
import org.attache.pipeline.time.TemporalMention;

/** The period a plan covers, read from its sentence. */
final class PlanPeriods {
  private static final java.util.regex.Pattern YEARS =
      java.util.regex.Pattern.compile(
          "\\b((?:19|20)\\d\\d)\\s*(?:/|\u2013|\u2014|-|to|till|until|through)\\s*((?:19|20)\\d\\d)\\b");

  /** Kinds of plan that a single date places: a themed year, days, a week, a festival. */
  private static final Set<String> THEMED = Set.of("series");

  /** How much farther a bare date counts than a period or a year after "for". */
  private static final int THEMED_PENALTY = 100_000;

  private final DateFinder dates = new DateFinder();

  /**
   * The period of the plan: the span of years nearest its noun ("for 2021-2022"), or the year after
   * "for" ("for 2024"), or for a themed series any date; else two years joined by "/" or "to".
   */
  Period of(
      Analysis analysis,
      SentenceView view,
      TokenPhrases.Found<String> noun,
      SortedMap<String, String> provenance) {
    Optional<LocalDate> published = analysis.document().published();
    int offset = view.sentence().span().start();
    int at = view.token(noun.lastToken()).end();
    TemporalMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean themed = THEMED.contains(noun.value()) || view.lower(noun.lastToken()).equals("of");
    for (TemporalMention mention : dates.find(view.text(), published)) {
      int start = offset + mention.start();
      boolean forYear =
          mention.kind() == TemporalMention.Kind.DATE
              && (mention.value().length() == 4 && view.lower(view.tokenAt(start) - 1).equals("for")
                  || themed);
      if (mention.kind() != TemporalMention.Kind.PERIOD && !forYear) {
        continue;
      }
      int distance = Math.abs(start - at);
      if (mention.kind() == TemporalMention.Kind.DATE && !forYear(view, start, mention)) {
        distance += THEMED_PENALTY;
      }
      if (distance < bestDistance) {
        best = mention;
        bestDistance = distance;
      }
    }
    if (best == null) {
      java.util.regex.Matcher years = YEARS.matcher(view.text());
      if (years.find() && years.group(1).compareTo(years.group(2)) < 0) {
        provenance.put("period", "two years joined by '/', 'to' or a dash");
        return Period.of(years.group(1), years.group(2));
      }
      return Period.of(null, null);
    }
    provenance.put(
        "period",
        best.kind() == TemporalMention.Kind.PERIOD
            ? "the period nearest the plan"
            : "the date nearest the plan (a year after 'for', or any for a themed series)");
    return Period.of(best.value(), best.to().orElse(best.value()));
  }

  private static boolean forYear(SentenceView view, int start, TemporalMention mention) {
    return mention.value().length() == 4 && view.lower(view.tokenAt(start) - 1).equals("for");
  }
}
