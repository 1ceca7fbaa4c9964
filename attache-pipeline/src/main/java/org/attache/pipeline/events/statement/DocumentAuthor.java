package org.attache.pipeline.events.statement;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.attache.model.ActorKind;
import org.attache.pipeline.analysis.ActorTable;

/** The person whose remarks, speech or statement a document is, as its title says. */
final class DocumentAuthor {
  /** Title words after which the title names the person whose words the document gives. */
  private static final List<String> AUTHOR_CUES =
      List.of(
          "remarks by",
          "speech by",
          "statement by",
          "address by",
          "interview with",
          "interview by",
          "op-ed by",
          "article by",
          "message by",
          "message from",
          "press conference by",
          "briefing by");

  private DocumentAuthor() {}

  /**
   * The person whose speech the document is: the first person named in the title after "remarks
   * by", "speech by", "statement by", "address by", "interview with" or the like ("Press remarks by
   * High Representative Josep Borrell").
   */
  static Optional<String> of(String text, ActorTable actors) {
    int titleEnd = text.indexOf('\n');
    String title = (titleEnd < 0 ? text : text.substring(0, titleEnd)).toLowerCase(Locale.ROOT);
    int cue = -1;
    for (String words : AUTHOR_CUES) {
      int at = title.indexOf(words);
      if (at >= 0 && (cue < 0 || at < cue)) {
        cue = at + words.length();
      }
    }
    if (cue < 0) {
      return Optional.empty();
    }
    int from = cue;
    int to = title.length();
    return actors.actors().stream()
        .filter(a -> a.kind() == ActorKind.PERSON)
        .flatMap(
            a ->
                a.mentions().stream()
                    .filter(m -> m.start() >= from && m.end() <= to)
                    .map(m -> Map.entry(m.start(), a.id())))
        .min(Map.Entry.comparingByKey())
        .map(Map.Entry::getValue);
  }
}
