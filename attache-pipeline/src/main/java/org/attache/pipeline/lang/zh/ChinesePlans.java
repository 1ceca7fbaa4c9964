package org.attache.pipeline.lang.zh;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.Area;
import org.attache.model.Period;
import org.attache.model.Plan;
import org.attache.model.PlanStatus;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.lang.zh.InstrumentMentions.How;
import org.attache.pipeline.lang.zh.InstrumentMentions.Mention;

/**
 * A plan told in Chinese: its period from its title ("(2021—2025)", "2030年愿景"), or for a themed
 * year the year the sentence gives it ("2016年…交流年", "今年是…交流年"); how far it has gone from the words
 * of its clause ({@link InstrumentWords#status}), a plan that is the document itself approved; its
 * areas from its title and the fields its sentence names.
 */
final class ChinesePlans {
  private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
  private static final String CLAUSE_ENDS = "，,。；;：:";

  private ChinesePlans() {}

  static Plan plan(
      Reading reading, Mention mention, List<String> parties, Optional<LocalDate> published) {
    Sentence sentence = mention.sentence();
    String text = reading.simplified();
    int clauseStart = mention.start();
    while (clauseStart > sentence.span().start()
        && CLAUSE_ENDS.indexOf(text.charAt(clauseStart - 1)) < 0) {
      clauseStart--;
    }
    String before = text.substring(clauseStart, mention.start());
    if (before.endsWith("《")) {
      before = before.substring(0, before.length() - 1);
    }
    int afterEnd = mention.end();
    while (afterEnd < sentence.span().end()
        && (CLAUSE_ENDS + "、").indexOf(text.charAt(afterEnd)) < 0) {
      afterEnd++;
    }
    String after = text.substring(mention.end(), afterEnd);
    PlanStatus status =
        mention.how() == How.LINE || mention.how() == How.OWN
            ? PlanStatus.APPROVED
            : InstrumentWords.status(before, after);
    Period period = InstrumentWords.period(mention.title());
    if (mention.how() == How.YEAR) {
      String piece = text.substring(sentence.span().start(), mention.start());
      Optional<String> year = themedYear(piece, published);
      period = Period.of(year.orElse(null), year.orElse(null));
    }
    List<Area> areas = new ArrayList<>(ChineseAreas.in(mention.title()));
    String piece = text.substring(sentence.span().start(), sentence.span().end());
    for (Area area : ChineseAreas.fields(piece)) {
      if (!areas.contains(area)) {
        areas.add(area);
      }
    }
    TreeMap<String, String> provenance = new TreeMap<>();
    provenance.put("title", "zh-" + mention.how().name().toLowerCase(Locale.ROOT));
    return new Plan(
        "zh-plan-" + sentence.index() + "-" + mention.start(),
        Optional.empty(),
        parties,
        Optional.empty(),
        period,
        Optional.of(status),
        Optional.of(reading.text().substring(mention.start(), mention.end())),
        areas,
        List.of(),
        Optional.empty(),
        List.of(sentence.span()),
        0.5,
        provenance);
  }

  /** The year a themed year is held: the last year written before it, else this year or next. */
  private static Optional<String> themedYear(String before, Optional<LocalDate> published) {
    Matcher matcher = YEAR.matcher(before);
    String year = null;
    while (matcher.find()) {
      year = matcher.group(1);
    }
    if (year != null) {
      return Optional.of(year);
    }
    if (before.contains("今年") || before.contains("本年")) {
      return published.map(p -> Integer.toString(p.getYear()));
    }
    if (before.contains("明年")) {
      return published.map(p -> Integer.toString(p.getYear() + 1));
    }
    return Optional.empty();
  }
}
