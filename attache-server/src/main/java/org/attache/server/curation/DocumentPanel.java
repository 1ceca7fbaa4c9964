package org.attache.server.curation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.attache.store.curation.Act;
import org.attache.store.curation.Curation;
import org.attache.store.query.documents.DocumentDetail;
import org.attache.store.query.documents.DocumentField;
import org.attache.store.query.events.EventDetail;

/**
 * What the document page offers an editor: the events it tells with their parts, the posts it
 * gives, and the history of the acts that changed what it says.
 */
public record DocumentPanel(
    String documentId,
    String back,
    boolean diplomatic,
    List<EventDetail> told,
    List<PostRow> posts,
    List<Act> history) {
  /**
   * A post a document gives.
   *
   * @param id the post's id
   * @param person whose post
   * @param title its title as the document's assertion has it
   */
  public record PostRow(long id, String person, String title) {
    public PostRow {
      requireNonNull(person, "person is null");
      requireNonNull(title, "title is null");
    }
  }

  public DocumentPanel {
    requireNonNull(documentId, "documentId is null");
    requireNonNull(back, "back is null");
    told = List.copyOf(told);
    posts = List.copyOf(posts);
    history = List.copyOf(history);
  }

  /** The panel of a document whose told events have been read. */
  public static DocumentPanel of(
      DocumentDetail document, List<EventDetail> told, Curation curation) {
    List<PostRow> posts = new ArrayList<>();
    for (DocumentField f : document.fields()) {
      if (f.subjectKind().equals("membership")
          && f.field().equals("post")
          && !f.state().equals("rejected")) {
        posts.add(
            new PostRow(
                f.subjectId(),
                f.subjectName().orElse("post " + f.subjectId()),
                f.value().orElse("")));
      }
    }
    return new DocumentPanel(
        document.id(),
        "/documents/" + document.id(),
        document.diplomatic(),
        told,
        posts,
        curation.ofDocument(document.id()));
  }

  /** The roles a part of this link may be given. */
  public static List<String> roles(String link) {
    return link.equals("participant") ? List.of("host", "guest", "participant") : List.of(link);
  }

  /** The fields of an event that the correction form offers. */
  public static List<String> fields(String type) {
    return switch (type) {
      case "meeting" ->
          List.of("date", "place.name", "place.city", "place.country", "format", "cameo", "plover");
      case "statement" -> List.of("date", "stance", "text", "cameo", "plover");
      case "agreement" -> List.of("date", "instrument", "title", "status", "cameo", "plover");
      case "plan" -> List.of("title", "status", "period.from", "period.to", "cameo", "plover");
      default -> List.of("date", "cameo", "plover");
    };
  }
}
