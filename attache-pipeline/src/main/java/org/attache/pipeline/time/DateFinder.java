package org.attache.pipeline.time;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Finds the time expressions of a text and normalises them to ISO 8601 at the precision the text
 * gives: dates ("8 February 2021", "Feb. 8, 2021", "2021-02-08", "08.02.2021", "February 2021", "in
 * 2005") and periods ("2021-2022", "for 2021-22", "from 2019 to 2021", "between March and May
 * 2020", "24-26 January").
 *
 * <p>What the text dates only relative to its publication date is resolved against it: "13
 * November", "Oct. 09" in a dateline, "in March", "on Monday", "yesterday", "today", "last week",
 * "last month", "this year", "January this year", "last November". Without a publication date these
 * give nothing: a day and month with no year is not returned as a bare month or as a guess.
 *
 * <ul>
 *   <li>A day and month with no year falls in the latest year that puts it at most {@code
 *       futureDays} after the publication date (the "horizon"): published 2020-11-18, "13 November"
 *       is 2020-11-13; published 2021-01-03, "28 December" is 2020-12-28. A month name alone takes
 *       the latest year in which the month begins by the horizon.
 *   <li>A weekday is the latest such day on or before the publication date (that day itself if it
 *       is one); "last Monday" is strictly before it, "next Monday" strictly after.
 *   <li>"last week", "this week", "next week" give the month when the whole week (Monday to Sunday)
 *       lies in one month, and nothing otherwise.
 *   <li>A bare year is a number 1900..2099 that is not part of a larger number, an amount, a code
 *       ("Resolution 2025"), a phone number or a quantity with a unit ("2005 tonnes"). Ordinals
 *       ("14th Summit", "20th anniversary") are never dates.
 *   <li>"2021-22" is the period 2021 to 2022; "2021-02" (a second part that cannot end a period) is
 *       the month 2021-02.
 *   <li>In numeric dates the day comes first ("08.02.2021", "18-02-2021"), except with slashes
 *       where only the month can come first ("12/25/2020").
 * </ul>
 *
 * <p>Mentions come in text order and do not overlap. A period's span starts at "from" or "between"
 * when the text has one; its first date is strictly before its last. Instances are immutable and
 * safe to share between threads; the time a call takes is linear in the length of the text.
 */
public final class DateFinder {
  /** The default horizon: how many days after publication an undated day may still fall. */
  public static final int DEFAULT_FUTURE_DAYS = 31;

  private static final int MIN_PUBLISHED_YEAR = 1100;
  private static final int MAX_PUBLISHED_YEAR = 2900;

  private final int futureDays;

  /** A finder with the default horizon of {@value #DEFAULT_FUTURE_DAYS} days. */
  public DateFinder() {
    this(DEFAULT_FUTURE_DAYS);
  }

  /**
   * A finder with its own horizon.
   *
   * @param futureDays how many days after the publication date a day and month given without a year
   *     may fall, 0..366
   */
  public DateFinder(int futureDays) {
    if (futureDays < 0 || futureDays > 366) {
      throw new IllegalArgumentException("futureDays must lie in [0, 366]: " + futureDays);
    }
    this.futureDays = futureDays;
  }

  /**
   * Every time expression in {@code text}, in text order.
   *
   * @param text a sentence or a whole document; offsets are into it
   * @param published the publication date, against which relative dates are resolved
   * @throws IllegalArgumentException if the publication date lies outside the years 1100..2900
   */
  public List<TemporalMention> find(CharSequence text, Optional<LocalDate> published) {
    requireNonNull(text, "text is null");
    requireNonNull(published, "published is null");
    Optional<Anchor> anchor = published.map(date -> new Anchor(checked(date), futureDays));
    return new DateScanner(text.toString(), anchor).scan();
  }

  /**
   * The date a sentence gives for what it reports: of its point dates (periods do not count), the
   * first of the most precise. In "On Monday the ministers recalled the 2005 memorandum" that is
   * Monday; in "On 8 February 2021 ... signed in 2005" it is 8 February 2021.
   *
   * @param sentence the sentence (or clause) that reports the event
   * @param published the publication date of the document
   */
  public Optional<TemporalMention> firstDate(CharSequence sentence, Optional<LocalDate> published) {
    TemporalMention best = null;
    for (TemporalMention mention : find(sentence, published)) {
      if (mention.kind() == TemporalMention.Kind.DATE
          && (best == null || mention.value().length() > best.value().length())) {
        best = mention;
      }
    }
    return Optional.ofNullable(best);
  }

  private static LocalDate checked(LocalDate published) {
    if (published.getYear() < MIN_PUBLISHED_YEAR || published.getYear() > MAX_PUBLISHED_YEAR) {
      throw new IllegalArgumentException(
          "publication date outside the years "
              + MIN_PUBLISHED_YEAR
              + ".."
              + MAX_PUBLISHED_YEAR
              + ": "
              + published);
    }
    return published;
  }
}
