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
    Map<String, String> parts = new HashMap<>();
    Map<Long, Map<String, String>> ofEvent = new HashMap<>();
    for (DocumentField f : fields) {
      if (f.evidence().isEmpty()) {
        continue;
      }
      String spans =
          f.evidence().stream()
              .map(s -> s.start() + "-" + s.end())
              .collect(Collectors.joining(" "));
      switch (f.subjectKind()) {
        case "event" ->
            ofEvent
                .computeIfAbsent(f.subjectId(), id -> new HashMap<>())
                .putIfAbsent(f.field().equals("exists") ? "event" : "field:" + f.field(), spans);
        case "event_actor" -> parts.putIfAbsent("part:" + f.subjectId(), spans);
        default -> {}
      }
    }
    return events.stream()
        .map(
            e -> {
              Map<String, String> spans = new HashMap<>(parts);
              spans.putAll(ofEvent.getOrDefault(e.id(), Map.of()));
              return new ToldRecord(EventWords.of(e), spans);
            })
        .toList();
  }
}
