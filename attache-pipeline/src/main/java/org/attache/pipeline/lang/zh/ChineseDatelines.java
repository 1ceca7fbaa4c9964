package org.attache.pipeline.lang.zh;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.knowledge.ChineseLexicon;
import org.attache.model.Place;

/**
 * The city of a news agency's dateline: a known city followed by the day and "电" or "讯" near the
 * start of the text ("新华社北京3月23日电", "本报维也纳9月23日讯"), where the story was filed.
 */
final class ChineseDatelines {
  /** The day after the city: "3月23日电", "23日电", "９月２日讯". */
  private static final Pattern DAY =
      Pattern.compile("\\s*(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日(?:电|讯)");

  /** How far into the text a dateline may stand: after a title and an agency's name. */
  private static final int REACH = 120;

  private ChineseDatelines() {}

  /** The dateline's city, if the text opens with one. */
  static Optional<Place> place(Reading reading) {
    String text = reading.simplified();
    for (ChineseLexicon.Match match : reading.names()) {
      if (match.start() > REACH) {
        break;
      }
      if (match.entry() instanceof ChineseLexicon.CityName city) {
        Matcher day = DAY.matcher(text).region(match.end(), text.length());
        if (day.lookingAt()) {
          return Optional.of(
              new Place(
                  Optional.empty(),
                  Optional.of(city.location().city()),
                  Optional.of(city.location().country())));
        }
      }
    }
    return Optional.empty();
  }
}
