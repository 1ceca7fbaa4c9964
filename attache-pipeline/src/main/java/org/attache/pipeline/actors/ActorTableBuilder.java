package org.attache.pipeline.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.attache.knowledge.KnowledgeBase;
import org.attache.model.Actor;
import org.attache.model.ActorKind;
import org.attache.model.Post;
import org.attache.model.Span;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Reference;

/**
 * Collects the references of a document's people, states and organisations, then numbers the actors
 * by their first mention and builds the {@link ActorTable}.
 */
final class ActorTableBuilder {
  private final KnowledgeBase knowledge;
  private final Map<Object, String> keys = new LinkedHashMap<>();
  private final Map<String, Integer> firstSeen = new HashMap<>();
  private final Map<String, List<Span>> mentionSpans = new HashMap<>();
  private final List<PendingReference> references = new ArrayList<>();
  private final Set<String> partyCodes = new LinkedHashSet<>();

  ActorTableBuilder(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
  }

  void party(String code) {
    partyCodes.add(code);
  }

  void addReference(
      Object owner,
      Span span,
      int sentence,
      int firstToken,
      int lastToken,
      boolean qualifier,
      String rule) {
    String key = key(owner, span.start());
    mentionSpans.computeIfAbsent(key, k -> new ArrayList<>()).add(span);
    references.add(
        new PendingReference(key, span, sentence, firstToken, lastToken, qualifier, rule));
  }

  String key(Object owner, int position) {
    String key = keys.computeIfAbsent(owner, o -> "k" + keys.size());
    firstSeen.merge(key, position, Math::min);
    return key;
  }

  ActorTable build(Map<PersonClusters.Cluster, List<PostLink>> postsOf) {
    for (String code : partyCodes) {
      key(code, Integer.MAX_VALUE);
    }
    List<String> ordered = new ArrayList<>(keys.values());
    ordered.sort(Comparator.comparing((String k) -> firstSeen.get(k)).thenComparing(k -> k));
    Map<String, String> ids = new HashMap<>();
    for (String key : ordered) {
      ids.put(key, "a" + (ids.size() + 1));
    }
    List<Actor> actors = new ArrayList<>();
    for (Map.Entry<Object, String> entry : keys.entrySet()) {
      String id = ids.get(entry.getValue());
      List<Span> spans = new ArrayList<>(mentionSpans.getOrDefault(entry.getValue(), List.of()));
      spans.sort(Comparator.naturalOrder());
      List<Span> distinct = spans.stream().distinct().toList();
      if (entry.getKey() instanceof PersonClusters.Cluster cluster) {
        actors.add(
            new Actor(
                id,
                ActorKind.PERSON,
                cluster.name(),
                Optional.empty(),
                posts(postsOf.getOrDefault(cluster, List.of()), code -> ids.get(keys.get(code))),
                distinct));
      } else {
        String code = (String) entry.getKey();
        actors.add(
            new Actor(
                id,
                knowledge.state(code).isPresent() ? ActorKind.STATE : ActorKind.ORGANISATION,
                partyName(code),
                Optional.of(code),
                List.of(),
                distinct));
      }
    }
    actors.sort(Comparator.comparing((Actor a) -> Integer.parseInt(a.id().substring(1))));
    List<Reference> resolved = new ArrayList<>();
    for (PendingReference r : references) {
      resolved.add(
          new Reference(
              r.span(),
              r.sentence(),
              r.firstToken(),
              r.lastToken(),
              ids.get(r.key()),
              r.qualifier(),
              r.rule()));
    }
    return new ActorTable(actors, resolved);
  }

  private String partyName(String code) {
    return knowledge
        .state(code)
        .map(s -> s.name())
        .or(() -> knowledge.organisation(code).map(o -> o.name()))
        .orElse(code);
  }

  /**
   * The posts of one person, most complete first: a post that adds nothing to another with the same
   * title is dropped.
   */
  static List<Post> posts(List<PostLink> links, Function<String, String> idOf) {
    List<Post> posts = new ArrayList<>();
    List<PostLink> sorted = new ArrayList<>(links);
    sorted.sort(
        Comparator.comparingInt(
                (PostLink l) -> (l.of().isPresent() ? 2 : 0) + (l.to().isPresent() ? 1 : 0))
            .reversed());
    Set<String> titles = new LinkedHashSet<>();
    for (PostLink link : sorted) {
      if (titles.add(link.title())) {
        posts.add(new Post(link.phrase().written(), link.of().map(idOf), link.to().map(idOf)));
      }
    }
    return posts;
  }

  private record PendingReference(
      String key,
      Span span,
      int sentence,
      int firstToken,
      int lastToken,
      boolean qualifier,
      String rule) {}
}
