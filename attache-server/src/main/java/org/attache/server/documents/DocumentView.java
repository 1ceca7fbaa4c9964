package org.attache.server.documents;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.server.page.Links;
import org.attache.server.records.Words;
import org.attache.store.query.documents.DocumentDetail;
import org.attache.store.query.documents.DocumentField;
import org.attache.store.query.events.EventDetail;

/**
 * The document page: a notice after a submission, the text cut into highlighted segments, the
 * records it tells in words, and the fields by subject.
 */
public record DocumentView(
    DocumentDetail document,
    Optional<String> notice,
    List<Segment> segments,
    List<ToldRecord> records,
    List<FieldRow> rows) {
  public DocumentView {
    requireNonNull(document, "document is null");
    requireNonNull(notice, "notice is null");
    segments = List.copyOf(segments);
    records = List.copyOf(records);
    rows = List.copyOf(rows);
  }

  /**
   * The view of a document.
   *
   * @param events the events the document reports, with their current fields and parties
   * @param submitted {@code new} or {@code known} after a submission
   */
  static DocumentView of(
      DocumentDetail document, List<EventDetail> events, Optional<String> submitted) {
    List<FieldRow> rows = new ArrayList<>();
    String subject = "";
    for (DocumentField f : document.fields()) {
      String s = f.subjectKind() + " " + f.subjectId();
      Optional<String> heading = Optional.empty();
      if (!s.equals(subject)) {
        subject = s;
        heading = Optional.of(heading(f));
      }
      rows.add(new FieldRow(heading, f));
    }
    return new DocumentView(
        document,
        submitted.map(
            s ->
                s.equals("new")
                    ? "Submitted: the document is stored with its records."
                    : "This document was stored already; nothing changed."),
        TextMarks.segments(document.text(), document.fields()),
        ToldRecord.of(events, document.fields()),
        rows);
  }

  /** What a field's subject is, in words: "Meeting 14", "Post of Lina Hartono". */
  static String heading(DocumentField f) {
    String name = f.subjectName().orElse(f.subjectKind() + " " + f.subjectId());
    return switch (f.subjectKind()) {
      case "person" -> name + " (person)";
      case "organisation" -> name + " (organisation)";
      case "membership" -> "Post of " + name;
      case "event_actor" -> "Part of " + name;
      case "event_area" -> "Area of cooperation " + f.subjectId();
      case "plan_item" -> "Plan item " + f.subjectId();
      case "event" ->
          Links.capitalised(Words.of(f.eventType().orElse("event"))) + " " + f.subjectId();
      default -> f.subjectKind() + " " + f.subjectId();
    };
  }
}
