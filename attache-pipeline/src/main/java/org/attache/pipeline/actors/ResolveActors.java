package org.attache.pipeline.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.attache.knowledge.KnowledgeBase;
import org.attache.model.Actor;
import org.attache.model.ActorKind;
import org.attache.model.Post;
import org.attache.model.Span;
import org.attache.pipeline.Analysis;
import org.attache.pipeline.Layer;
import org.attache.pipeline.Stage;
import org.attache.pipeline.WordLists;
import org.attache.pipeline.mentions.Mention;
import org.attache.pipeline.mentions.MentionKind;
import org.attache.pipeline.nlp.AnnotatedText;
import org.attache.pipeline.nlp.Sentence;

/**
 * Resolves the mentions of a document into actors: people with their posts (read by {@link
 * PostPhrases} and {@link NameLinker}, joined across the document by {@link PersonClusters}),
 * descriptions such as "the Secretary-General" resolved to the person who holds that post, and the
 * states and organisations named.
 */
public final class ResolveActors implements Stage {
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private static final Set<String> GOVERNING = Set.of("of", "for");

  /** Nouns after which "to" names the office served: "an assistant to the Secretary of State". */
  private static final Set<String> AIDES =
      Set.of("assistant", "adviser", "advisor", "aide", "counsellor", "counselor", "deputy");

  private final KnowledgeBase knowledge;
  private final Set<String> honorifics;

  public ResolveActors(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
    this.honorifics = WordLists.load("honorifics.txt");
  }

  @Override
  public String name() {
    return "actors";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.SENTENCES, Layer.MENTIONS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.ACTORS);
  }

  @Override
  public Analysis apply(Analysis analysis) {
    AnnotatedText text = analysis.annotatedText();
    List<PostLink> links = new ArrayList<>();
    Map<PostLink, Integer> sentenceOf = new IdentityHashMap<>();
    Set<Mention> qualifierMentions = new LinkedHashSet<>();
    for (Sentence sentence : text.sentences()) {
      SentenceMentions s = new SentenceMentions(sentence, analysis.mentionList().in(sentence));
      PostPhrases.past(s).forEach(phrase -> qualifierMentions.addAll(phrase.qualifiers()));
      List<PostLink> found = new ArrayList<>(NameLinker.link(s, PostPhrases.find(s), honorifics));
      found.addAll(Counterparts.link(s, found));
      for (PostLink link : found) {
        links.add(link);
        sentenceOf.put(link, sentence.index());
        qualifierMentions.addAll(link.phrase().qualifiers());
      }
    }

    PersonClusters people = new PersonClusters(honorifics);
    Map<Mention, PersonClusters.Cluster> clusterOf = new HashMap<>();
    for (Mention mention : analysis.mentionList().all()) {
      if (mention.kind() == MentionKind.PERSON) {
        clusterOf.put(mention, people.add(mention));
      }
    }

    Map<PersonClusters.Cluster, List<PostLink>> postsOf = new LinkedHashMap<>();
    List<PostLink> descriptions = new ArrayList<>();
    List<PostLink> plurals = new ArrayList<>();
    for (PostLink link : links) {
      if (link.name().isPresent()) {
        postsOf.computeIfAbsent(clusterOf.get(link.name().get()), k -> new ArrayList<>()).add(link);
      } else if (plural(text, link)) {
        plurals.add(link);
      } else {
        descriptions.add(link);
      }
    }

    Builder builder = new Builder(analysis, people, postsOf);
    builder.adoptLoneHolder(descriptions, people);
    for (PostLink description : descriptions) {
      builder.resolveDescription(description, sentenceOf.get(description));
    }
    for (PostLink description : plurals) {
      builder.referToHolders(description, sentenceOf.get(description));
    }
    for (Mention mention : analysis.mentionList().all()) {
      int sentence = text.sentenceAt(mention.span().start()).map(Sentence::index).orElse(-1);
      if (mention.kind() == MentionKind.PERSON) {
        builder.referToPerson(clusterOf.get(mention), mention, sentence);
      } else if (mention.isParty()) {
        builder.referToParty(mention, sentence, qualifierMentions.contains(mention));
      }
    }
    for (PostLink link : links) {
      if (link.name().isPresent()) {
        builder.referToPost(clusterOf.get(link.name().get()), link, sentenceOf.get(link));
      }
    }
    return analysis.withActors(builder.build());
  }

  /**
   * "Arab foreign ministers", "Ministers of Foreign Affairs": a plural title describes no one
   * person. The title's head is its last word before "of".
   */
  private static boolean plural(AnnotatedText text, PostLink description) {
    Mention title = description.phrase().title();
    int head = title.lastToken();
    for (int i = title.firstToken() + 1; i <= title.lastToken(); i++) {
      if (text.tokens().get(i).text().equalsIgnoreCase("of")) {
        head = i - 1;
        break;
      }
    }
    String pos = text.tokens().get(head).pos();
    return pos.equals("NNS") || pos.equals("NNPS");
  }

  /** Collects people and parties with their references, then numbers them by first mention. */
  private final class Builder {
    private final Analysis analysis;
    private final Map<PersonClusters.Cluster, List<PostLink>> postsOf;
    private final Map<Object, String> keys = new LinkedHashMap<>();
    private final Map<String, Integer> firstSeen = new HashMap<>();
    private final Map<String, List<Span>> mentionSpans = new HashMap<>();
    private final List<PendingReference> references = new ArrayList<>();
    private final Set<String> partyCodes = new LinkedHashSet<>();
    private final Holders holders = new Holders();

    Builder(
        Analysis analysis,
        PersonClusters people,
        Map<PersonClusters.Cluster, List<PostLink>> postsOf) {
      this.analysis = analysis;
      this.postsOf = postsOf;
      for (PersonClusters.Cluster cluster : people.clusters()) {
        key(cluster, cluster.firstStart());
      }
      for (Map.Entry<PersonClusters.Cluster, List<PostLink>> entry : postsOf.entrySet()) {
        for (PostLink link : entry.getValue()) {
          link.of().ifPresent(this::party);
          link.to().ifPresent(this::party);
          holders.add(entry.getKey(), link);
        }
      }
    }

    /** Gives a person a post, as {@link #postsOf} holds them, and indexes them as its holder. */
    private void givePost(PersonClusters.Cluster holder, PostLink post) {
      postsOf.computeIfAbsent(holder, k -> new ArrayList<>()).add(post);
      holders.add(holder, post);
    }

    /**
     * "The Russian Foreign Minister, who is on a visit to Egypt, ..." and later "Lavrov": the
     * person with no post whom the document names most (at least twice as often as any other such
     * person) holds the post it describes most among those no named person holds.
     */
    void adoptLoneHolder(List<PostLink> descriptions, PersonClusters people) {
      List<PersonClusters.Cluster> unposted =
          people.clusters().stream()
              .filter(c -> !postsOf.containsKey(c))
              .sorted(Comparator.comparingInt(c -> -c.mentions().size()))
              .toList();
      if (unposted.isEmpty()
          || (unposted.size() > 1
              && unposted.get(0).mentions().size() < 2 * unposted.get(1).mentions().size())) {
        return;
      }
      Map<String, PostLink> described = new LinkedHashMap<>();
      Map<String, Integer> times = new LinkedHashMap<>();
      for (PostLink description : descriptions) {
        int at = description.span().start();
        boolean unheld =
            nearestHolder(description, at, true) == null
                && nearestHolder(description, at, false) == null;
        if (!governed(description) && description.of().isPresent() && unheld) {
          String post = description.title() + "|" + description.of().get();
          described.putIfAbsent(post, description);
          times.merge(post, 1, Integer::sum);
        }
      }
      Optional<String> mostDescribed = mostDescribed(times);
      if (mostDescribed.isEmpty()) {
        return;
      }
      PostLink description = described.get(mostDescribed.get());
      PersonClusters.Cluster holder = unposted.get(0);
      party(description.of().get());
      description.to().ifPresent(this::party);
      givePost(holder, description.withName(holder.mentions().get(0), "post.lone_unnamed_holder"));
    }

    /**
     * The post described most often ("the Russian Foreign Minister ... the Russian top diplomat"
     * against one mention of "the Egyptian president"), the first described among equals: the
     * document's subject.
     */
    private static Optional<String> mostDescribed(Map<String, Integer> times) {
      int most = times.values().stream().max(Integer::compare).orElse(0);
      return times.entrySet().stream()
          .filter(e -> e.getValue() == most)
          .map(Map.Entry::getKey)
          .findFirst();
    }

    /**
     * "The ambassadors of Malaysia and Israel presented their credentials": holders named only by a
     * plural title stand for the states and organisations they serve, each a side of its own.
     */
    void referToHolders(PostLink description, int sentence) {
      if (governed(description)) {
        return;
      }
      for (Mention party : description.phrase().qualifiers()) {
        if (party.kind() == MentionKind.STATE || party.kind() == MentionKind.ORGANISATION) {
          party(party.value());
          addReference(
              party.value(),
              party.span(),
              sentence,
              party.firstToken(),
              party.lastToken(),
              false,
              "coref.plural_description");
        }
      }
    }

    void resolveDescription(PostLink description, int sentence) {
      if (governed(description)) {
        return;
      }
      int at = description.span().start();
      PersonClusters.Cluster best = nearestHolder(description, at, true);
      if (best == null) {
        best = nearestHolder(description, at, false);
      }
      if (best != null) {
        if (description.of().isPresent()) {
          party(description.of().get());
          description.to().ifPresent(this::party);
          givePost(best, description.withName(best.mentions().get(0), "post.of_from_description"));
        }
        addReference(
            best,
            description.span(),
            sentence,
            description.phrase().firstToken(),
            description.phrase().lastToken(),
            false,
            "coref.description_by_post");
        return;
      }
      if (description.of().isPresent() && !description.title().isEmpty()) {
        String code = description.of().get();
        party(code);
        addReference(
            code,
            description.span(),
            sentence,
            description.phrase().firstToken(),
            description.phrase().lastToken(),
            false,
            "coref.description_without_name");
      }
    }

    /**
     * A title governed by a preposition ("an assistant to the Secretary of State", "the office of
     * the President") names the office, not a person taking part.
     */
    private boolean governed(PostLink description) {
      AnnotatedText text = analysis.annotatedText();
      int first = description.phrase().firstToken();
      List<org.attache.pipeline.nlp.Token> tokens = text.tokens();
      int at = first - 1;
      while (at >= 0
          && ARTICLES.contains(tokens.get(at).text().toLowerCase(java.util.Locale.ROOT))) {
        at--;
      }
      if (at < 1
          || !text.sentenceAt(tokens.get(at).start())
              .equals(text.sentenceAt(tokens.get(first).start()))) {
        return false;
      }
      String word = tokens.get(at).text().toLowerCase(java.util.Locale.ROOT);
      String before = tokens.get(at - 1).lemma().toLowerCase(java.util.Locale.ROOT);
      return GOVERNING.contains(word) || (word.equals("to") && AIDES.contains(before));
    }

    /**
     * The person holding the described post, named nearest before the description (else first after
     * it). With {@code exact}, their post must name the same state or organisation as the
     * description, where it names one; without, a post that names none will do.
     */
    private PersonClusters.Cluster nearestHolder(PostLink description, int at, boolean exact) {
      Holders.Key key =
          exact
              ? description
                  .of()
                  .map(of -> Holders.key(description.title(), "=" + of))
                  .orElse(Holders.key(description.title(), "*"))
              : Holders.key(description.title(), "-");
      return holders.nearest(key, at);
    }

    void referToPerson(PersonClusters.Cluster cluster, Mention mention, int sentence) {
      addReference(
          cluster,
          mention.span(),
          sentence,
          mention.firstToken(),
          mention.lastToken(),
          false,
          "name");
    }

    void referToParty(Mention mention, int sentence, boolean qualifier) {
      party(mention.value());
      addReference(
          mention.value(),
          mention.span(),
          sentence,
          mention.firstToken(),
          mention.lastToken(),
          qualifier,
          mention.rule());
    }

    void referToPost(PersonClusters.Cluster cluster, PostLink link, int sentence) {
      int first = Math.min(link.phrase().firstToken(), link.name().orElseThrow().firstToken());
      int last = Math.max(link.phrase().lastToken(), link.name().orElseThrow().lastToken());
      addReference(cluster, link.span(), sentence, first, last, false, link.rule());
    }

    private void party(String code) {
      partyCodes.add(code);
    }

    private void addReference(
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

    private String key(Object owner, int position) {
      String key = keys.computeIfAbsent(owner, o -> "k" + keys.size());
      firstSeen.merge(key, position, Math::min);
      return key;
    }

    ActorTable build() {
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
  }

  /**
   * The holders of each post, by the starts of their names: the person named nearest a description
   * is found by one look-up rather than among every holder's every mention.
   *
   * <p>A post is keyed by its title and by what it names: {@code "=CODE"} for a post of a state or
   * organisation, {@code "-"} for one that names none, and {@code "*"} for any post of that title.
   */
  private static final class Holders {
    /** Distances after the description count this much more than those before it. */
    private static final int AFTER = 1_000_000;

    private final Map<Key, TreeMap<Integer, PersonClusters.Cluster>> byStart = new HashMap<>();
    private final Map<Key, Set<PersonClusters.Cluster>> indexed = new HashMap<>();
    private final Map<PersonClusters.Cluster, Integer> order = new HashMap<>();

    /** A post as the index keys it. */
    record Key(String title, String of) {}

    static Key key(String title, String of) {
      return new Key(title, of);
    }

    /** Indexes a holder of a post; the holders are ordered as they first got a post. */
    void add(PersonClusters.Cluster holder, PostLink post) {
      order.putIfAbsent(holder, order.size());
      index(key(post.title(), "*"), holder);
      index(key(post.title(), post.of().map(of -> "=" + of).orElse("-")), holder);
    }

    private void index(Key key, PersonClusters.Cluster holder) {
      if (indexed.computeIfAbsent(key, k -> new HashSet<>()).add(holder)) {
        TreeMap<Integer, PersonClusters.Cluster> starts =
            byStart.computeIfAbsent(key, k -> new TreeMap<>());
        for (Mention mention : holder.mentions()) {
          starts.put(mention.span().start(), holder);
        }
      }
    }

    /**
     * The holder of the keyed post named last before the position, else first after it: the one
     * whose nearest name is closest, a name after the position counting {@link #AFTER} more; of two
     * as close, the one that got a post first.
     */
    PersonClusters.Cluster nearest(Key key, int at) {
      TreeMap<Integer, PersonClusters.Cluster> starts = byStart.get(key);
      if (starts == null) {
        return null;
      }
      Map.Entry<Integer, PersonClusters.Cluster> before = starts.floorEntry(at);
      Map.Entry<Integer, PersonClusters.Cluster> after = starts.higherEntry(at);
      if (before == null || after == null) {
        return before != null ? before.getValue() : after == null ? null : after.getValue();
      }
      int beforeDistance = at - before.getKey();
      int afterDistance = AFTER + after.getKey() - at;
      if (beforeDistance != afterDistance) {
        return beforeDistance < afterDistance ? before.getValue() : after.getValue();
      }
      return order.get(before.getValue()) <= order.get(after.getValue())
          ? before.getValue()
          : after.getValue();
    }
  }

  /**
   * The posts of one person, most complete first: a post that adds nothing to another with the same
   * title is dropped.
   */
  static List<Post> posts(List<PostLink> links, java.util.function.Function<String, String> idOf) {
    List<Post> posts = new ArrayList<>();
    List<PostLink> sorted = new ArrayList<>(links);
    sorted.sort(
        Comparator.comparingInt(
                (PostLink l) -> (l.of().isPresent() ? 2 : 0) + (l.to().isPresent() ? 1 : 0))
            .reversed());
    Set<String> titles = new LinkedHashSet<>();
    for (PostLink link : sorted) {
      if (titles.add(link.title())) {
        posts.add(new Post(link.title(), link.of().map(idOf), link.to().map(idOf)));
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
