package org.attache.pipeline.events.meeting;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.time.DateFinder;
import org.attache.pipeline.time.TemporalMention;

/**
 * The date a document is told from: its publication date, else the first full date (day, month and
 * year) its text gives, as a caption's "Tuesday (Sept 24, 2019)". The meetings' relative dates ("on
 * Tuesday", "yesterday") are resolved against it.
 */
final class StoryDate {
  private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** The years a date may anchor others in, as {@link DateFinder} accepts them. */
  private static final int FIRST_YEAR = 1100;

  private static final int LAST_YEAR = 2900;

  private final DateFinder dates = new DateFinder();

  Optional<LocalDate> of(Analysis analysis) {
    Optional<LocalDate> published = analysis.document().published();
    if (published.isPresent()) {
      return published;
    }
    for (Sentence sentence : analysis.annotatedText().sentences()) {
      for (TemporalMention mention : dates.find(sentence.text(analysis.text()), published)) {
        if (mention.kind() == TemporalMention.Kind.DATE
            && FULL_DATE.matcher(mention.value()).matches()) {
          LocalDate date = LocalDate.parse(mention.value());
          if (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR) {
            return Optional.of(date);
          }
        }
      }
    }
    return Optional.empty();
  }
}
