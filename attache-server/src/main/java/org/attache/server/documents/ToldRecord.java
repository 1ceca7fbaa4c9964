package org.attache.server.documents;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.attache.server.records.EventWords;
import org.attache.server.records.Phrase;
import org.attache.store.query.documents.DocumentField;
import org.attache.store.query.events.EventDetail;

/**
 * A record that a document tells, in words, with where this document tells each part: the spans
 * ({@code start-end}, space-separated) by evidence key ({@code event}, {@code field:date}, {@code
 * part:14}).
 */
public record ToldRecord(Phrase phrase, Map<String, String> spans) {
  public ToldRecord {
    requireNonNull(phrase, "phrase is null");
    spans = Map.copyOf(spans);
  }

  /** The spans of the whole record: the sentences it was read from, or null when it has none. */
  public String evidence() {
    return spans.get("event");
  }

  /** Each event in words with the spans of its parts among the fields this document asserts. */
  static List<ToldRecord> of(List<EventDetail> events, List<DocumentField> fields) {
    Map<String, String> spans = new HashMap<>();
    for (DocumentField f : fields) {
      String key = key(f);
      if (key != null && !f.evidence().isEmpty()) {
        spans.putIfAbsent(
            key,
            f.evidence().stream()
                .map(s -> s.start() + "-" + s.end())
                .collect(Collectors.joining(" ")));
      }
    }
    return events.stream()
        .map(
            e -> {
              String prefix = e.id() + "/";
              Map<String, String> own = new HashMap<>();
              spans.forEach(
                  (key, value) -> {
                    if (key.startsWith(prefix)) {
                      own.put(key.substring(prefix.length()), value);
                    } else if (key.startsWith("part:")) {
                      own.put(key, value);
                    }
                  });
              return new ToldRecord(EventWords.of(e), own);
            })
        .toList();
  }

  /** The evidence key of a field, with its event's id in front for an event's own fields. */
  private static String key(DocumentField f) {
    return switch (f.subjectKind()) {
      case "event" ->
          f.subjectId() + "/" + (f.field().equals("exists") ? "event" : "field:" + f.field());
      case "event_actor" -> "part:" + f.subjectId();
      default -> null;
    };
  }
}
