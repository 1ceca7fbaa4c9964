package org.attache.server.review;

import java.util.ArrayList;
import java.util.List;
import org.attache.server.page.Links;
import org.attache.server.records.Words;
import org.attache.server.search.Piece;
import org.attache.store.review.QueueField;
import org.attache.store.review.ReviewItem;

/** A field of the review queue in words: what it is about, its name and its value. */
public final class QueueWords {
  private QueueWords() {}

  /**
   * What the field is about: "Vladimir Norov (person)", "Post of Vladimir Norov", "Part of Kenji
   * Morita in a meeting", "Meeting 14".
   */
  public static String subject(QueueField f) {
    ReviewItem item = f.item();
    String name = f.subjectName().orElse(item.subjectKind() + " " + item.subjectId());
    String record = f.record().map(Words::of).orElse("event");
    return switch (item.subjectKind()) {
      case "person" -> name + " (person)";
      case "organisation" -> name + " (" + record + ")";
      case "membership" -> "Post of " + name;
      case "event_actor" -> "Part of " + name + " in a " + record;
      case "event_area" -> "Area of cooperation of a " + record;
      case "plan_item" -> "Item of a " + record;
      case "event" -> Links.capitalised(record) + " " + item.subjectId();
      default -> item.subjectKind() + " " + item.subjectId();
    };
  }

  /** The field's name in words: "on behalf of", "place.city". */
  public static String name(QueueField f) {
    return Words.of(f.item().field());
  }

  /**
   * The field's evidence: the sentence that holds its span with the span marked, or the text at the
   * span alone when no one sentence holds it.
   */
  public static List<Piece> evidence(QueueField f) {
    String quote = f.item().quote().orElse("");
    if (f.sentence().isEmpty() || f.item().span().isEmpty() || f.sentenceStart().isEmpty()) {
      return List.of(new Piece(quote, false));
    }
    String sentence = f.sentence().get();
    int start = f.item().span().get().start() - f.sentenceStart().get();
    int end = start + quote.length();
    if (start < 0 || end > sentence.length()) {
      return List.of(new Piece(quote, false));
    }
    List<Piece> pieces = new ArrayList<>();
    if (start > 0) {
      pieces.add(new Piece(sentence.substring(0, start), false));
    }
    pieces.add(new Piece(quote, true));
    if (end < sentence.length()) {
      pieces.add(new Piece(sentence.substring(end), false));
    }
    return pieces;
  }

  /**
   * The field's value: the name of the actor it points to, a post with its organisation ("Head of
   * Uzbekistan"), or the value itself.
   */
  public static String value(QueueField f) {
    String value = f.valueName().or(() -> f.item().value()).orElse("–");
    return f.organisationName().map(o -> value + " of " + o).orElse(value);
  }
}
