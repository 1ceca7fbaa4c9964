package org.attache.pipeline.actors;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.attache.knowledge.KnowledgeBase;
import org.attache.knowledge.PostKind;
import org.attache.knowledge.PostTitle;

/**
 * The kind of post a record's title names. A title the knowledge base holds is looked up; a title
 * written with its portfolio ("Minister for Latin America", "Deputy Assistant Secretary of State
 * for European Affairs") has the kind of the longest known title it starts with. An envoy's title
 * with a portfolio ("Special Representative for Climate Change") names an official accredited to no
 * one; a title that names a body which is not a state's ("Vice President of China Public Diplomacy
 * Association") is of no kind, so that no state is inferred for it.
 */
public final class TitleKinds {
  private final Map<String, PostKind> kinds = new HashMap<>();

  public TitleKinds(KnowledgeBase knowledge) {
    for (PostTitle title : knowledge.postTitles()) {
      kinds.putIfAbsent(title.title().toLowerCase(Locale.ROOT), title.kind());
    }
  }

  public Optional<PostKind> kind(String title) {
    String lower = title.toLowerCase(Locale.ROOT);
    PostKind exact = kinds.get(lower);
    if (exact != null) {
      return Optional.of(exact);
    }
    for (int space = lower.lastIndexOf(' '); space > 0; space = lower.lastIndexOf(' ', space - 1)) {
      PostKind head = kinds.get(lower.substring(0, space));
      if (head != null && Bodies.nonState(lower.substring(space))) {
        // "Vice President of China Public Diplomacy Association": no state's office
        return Optional.empty();
      }
      if (head != null) {
        return Optional.of(head == PostKind.ENVOY ? PostKind.OFFICIAL : head);
      }
    }
    return Optional.empty();
  }

  /** Whether the title names a state's office: a head of state or government, or a minister. */
  public boolean national(String title) {
    return kind(title)
        .filter(
            k ->
                k == PostKind.HEAD_OF_STATE
                    || k == PostKind.HEAD_OF_GOVERNMENT
                    || k == PostKind.MINISTER)
        .isPresent();
  }

  /** Whether the title names an official's post that is neither national nor an envoy's. */
  public boolean official(String title) {
    return kind(title).filter(k -> k == PostKind.OFFICIAL).isPresent();
  }
}
