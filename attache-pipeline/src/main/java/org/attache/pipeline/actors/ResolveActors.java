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
import org.attache.knowledge.PostKind;
import org.attache.model.Actor;
import org.attache.model.ActorKind;
import org.attache.model.Post;
import org.attache.model.Span;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.AnnotatedText;
import org.attache.pipeline.analysis.Layer;
import org.attache.pipeline.analysis.Mention;
import org.attache.pipeline.analysis.MentionKind;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.analysis.Stage;
import org.attache.pipeline.analysis.WordLists;

/**
 * Resolves the mentions of a document into actors: people with their posts (read by {@link
 * PostPhrases} and {@link NameLinker}, joined across the document by {@link PersonClusters}),
 * descriptions such as "the Secretary-General" resolved to the person who holds that post, and the
 * states and organisations named.
 */
public final class ResolveActors implements Stage {
  /**
   * The rule of the references that name a person with a post held before or after the time of the
   * report ("former president Marco Bellini"): the person is one of the story's, with no post.
   */
  public static final String PAST_POST = "post.past";

  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private static final Set<String> GOVERNING = Set.of("of", "for");

  /** Nouns after which "to" names the office served: "an assistant to the Secretary of State". */
  private static final Set<String> AIDES =
      Set.of("assistant", "adviser", "advisor", "aide", "counsellor", "counselor", "deputy");

  private final KnowledgeBase knowledge;
  private final TitleKinds titleKinds;
  private final Set<String> honorifics;

  /** Honorifics and styles: the words that may stand between a title and the name it goes with. */
  private final Set<String> beforeNames;

  public ResolveActors(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
    this.titleKinds = new TitleKinds(knowledge);
    this.honorifics = WordLists.load("honorifics.txt");
    Set<String> words = new java.util.HashSet<>(honorifics);
    words.addAll(WordLists.load("name-styles.txt"));
    this.beforeNames = Set.copyOf(words);
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
    List<PostLink> pastLinks = new ArrayList<>();
    Map<PostLink, Integer> pastSentence = new IdentityHashMap<>();
    List<Counterparts.Pending> counterparts = new ArrayList<>();
    Map<Counterparts.Pending, Integer> counterpartSentence = new HashMap<>();
    Set<Mention> qualifierMentions = new LinkedHashSet<>();
    Optional<Mention> lastOrganisation = Optional.empty();
    Optional<PostPhrase> pluralBefore = Optional.empty();
    for (Sentence sentence : text.sentences()) {
      List<Mention> inSentence = analysis.mentionList().in(sentence);
      SentenceMentions s = new SentenceMentions(sentence, inSentence, lastOrganisation);
      for (Mention mention : inSentence) {
        if (mention.kind() == MentionKind.ORGANISATION) {
          lastOrganisation = Optional.of(mention);
        }
      }
      List<PostPhrase> pastPhrases = PostPhrases.past(s);
      pastPhrases.forEach(phrase -> qualifierMentions.addAll(phrase.qualifiers()));
      for (PostLink link : NameLinker.link(s, pastPhrases, beforeNames)) {
        if (link.name().isPresent()) {
          pastLinks.add(link);
          pastSentence.put(link, sentence.index());
        }
      }
      List<PostPhrase> phrases = PostPhrases.find(s);
      List<PostLink> found =
          new ArrayList<>(
              Copulas.link(s, TitleChains.link(s, NameLinker.link(s, phrases, beforeNames))));
      found.addAll(Rosters.link(s, phrases, pluralBefore, found));
      pluralBefore = Rosters.lastPlural(s, phrases);
      found.addAll(Counterparts.link(s, found, beforeNames));
      for (Counterparts.Pending counterpart : Counterparts.pending(s, found, beforeNames)) {
        counterparts.add(counterpart);
        counterpartSentence.put(counterpart, sentence.index());
      }
      Map<Mention, String> leaders = Delegations.leaders(s, phrases, beforeNames);
      found.replaceAll(
          link ->
              link.of().isEmpty() && link.name().map(leaders::containsKey).orElse(false)
                  ? link.withOf(leaders.get(link.name().get()), "post.delegation_leader")
                  : link);
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

    for (Counterparts.Pending counterpart : counterparts) {
      List<PostLink> subjectPosts = postsOf.get(clusterOf.get(counterpart.subject()));
      PersonClusters.Cluster holder = clusterOf.get(counterpart.name());
      if (subjectPosts == null || subjectPosts.isEmpty() || postsOf.containsKey(holder)) {
        continue;
      }
      Mention party = counterpart.party();
      PostPhrase phrase =
          new PostPhrase(
              subjectPosts.get(0).phrase().title(),
              List.of(party.value()),
              Optional.empty(),
              counterpart.firstToken(),
              counterpart.lastToken(),
              List.of(party),
              "");
      Span span =
          new Span(
              text.tokens().get(counterpart.firstToken()).start(), counterpart.name().span().end());
      PostLink link =
          new PostLink(
              phrase,
              Optional.of(counterpart.name()),
              Optional.of(party.value()),
              Optional.empty(),
              span,
              "post.counterpart_of_named");
      postsOf.put(holder, new ArrayList<>(List.of(link)));
      links.add(link);
      sentenceOf.put(link, counterpartSentence.get(counterpart));
      qualifierMentions.add(party);
    }
    Set<PersonClusters.Cluster> formerHolders = new HashSet<>();
    for (PostLink link : pastLinks) {
      formerHolders.add(clusterOf.get(link.name().get()));
    }
    Builder builder = new Builder(analysis, people, postsOf);
    builder.adoptLoneHolder(descriptions, plurals, people, formerHolders);
    for (PostLink description : descriptions) {
      builder.noteAccreditation(description, sentenceOf.get(description));
      builder.resolveDescription(description, sentenceOf.get(description));
    }
    for (PostLink description : plurals) {
      builder.noteAccreditation(description, sentenceOf.get(description));
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
    for (PostLink link : pastLinks) {
      builder.referToPost(
          clusterOf.get(link.name().get()), link.withRule(PAST_POST), pastSentence.get(link));
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
     * person) holds the post it describes most among those no named person holds: a post described
     * with its state or organisation, else a head of state's or government's ("the President").
     */
    void adoptLoneHolder(
        List<PostLink> descriptions,
        List<PostLink> plurals,
        PersonClusters people,
        Set<PersonClusters.Cluster> formerHolders) {
      List<PersonClusters.Cluster> unposted =
          people.clusters().stream()
              .filter(c -> !postsOf.containsKey(c) && !formerHolders.contains(c))
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
        boolean leader =
            titleKinds
                .kind(description.title())
                .filter(k -> k == PostKind.HEAD_OF_STATE || k == PostKind.HEAD_OF_GOVERNMENT)
                .isPresent();
        if (!governed(description) && (description.of().isPresent() || leader) && unheld) {
          String post = description.title() + "|" + description.of().orElse("");
          described.putIfAbsent(post, description);
          times.merge(post, 1, Integer::sum);
        }
      }
      Map<String, Integer> withParty = new LinkedHashMap<>(times);
      withParty.keySet().removeIf(post -> post.endsWith("|"));
      Optional<String> mostDescribed = mostDescribed(withParty.isEmpty() ? times : withParty);
      if (mostDescribed.isEmpty()) {
        adoptPluralOffice(plurals, unposted.get(0));
        return;
      }
      PostLink description = described.get(mostDescribed.get());
      PersonClusters.Cluster holder = unposted.get(0);
      if (acrossAVerb(holder, description)) {
        // "Anna Berg met the Speaker of the Parliament of Freedonia": the speaker is someone else
        return;
      }
      description.of().ifPresent(this::party);
      description.to().ifPresent(this::party);
      givePost(holder, description.withName(holder.mentions().get(0), "post.lone_unnamed_holder"));
    }

    /**
     * "Foreign ministers of Uzbekistan and Kuwait discuss ..." and then "Saidov said": the one
     * person named without a post holds the office of the two for the state of it that the document
     * names most and no named person holds it for.
     */
    private void adoptPluralOffice(List<PostLink> plurals, PersonClusters.Cluster holder) {
      // What each title is held for, and how often each party is named: counted once, so that
      // every plural title is weighed in one look-up.
      Map<String, Set<String>> heldFor = new HashMap<>();
      for (List<PostLink> posts : postsOf.values()) {
        for (PostLink post : posts) {
          post.of()
              .ifPresent(of -> heldFor.computeIfAbsent(post.title(), k -> new HashSet<>()).add(of));
        }
      }
      Map<String, Integer> partyCounts = new HashMap<>();
      for (Mention mention : analysis.mentionList().all()) {
        if (mention.isParty()) {
          partyCounts.merge(mention.value(), 1, Integer::sum);
        }
      }
      for (PostLink plural : plurals) {
        List<String> open = new ArrayList<>(plural.phrase().of());
        open.removeAll(heldFor.getOrDefault(plural.title(), Set.of()));
        if (plural.phrase().of().size() != 2 || open.isEmpty() || governed(plural)) {
          continue;
        }
        Map<String, Integer> named = new HashMap<>();
        for (String code : open) {
          Integer times = partyCounts.get(code);
          if (times != null) {
            named.merge(code, times, Integer::sum);
          }
        }
        Optional<String> state = mostDescribed(named);
        if (state.isEmpty()) {
          continue;
        }
        party(state.get());
        givePost(
            holder,
            plural
                .withName(holder.mentions().get(0), "post.lone_holder_of_plural_office")
                .withOf(state.get(), "post.lone_holder_of_plural_office"));
        return;
      }
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
        boolean served = description.phrase().of().contains(party.value());
        if (!served && description.to().equals(Optional.of(party.value()))) {
          // "ambassadors to Ethiopia": where the envoys serve, not a side of its own
          continue;
        }
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

    /**
     * "Ambassadors to Ethiopia", "the first ambassador to Washington": where the envoys of the
     * story are accredited, for {@link StoryPosts} to read.
     */
    void noteAccreditation(PostLink description, int sentence) {
      if (description.to().isEmpty()) {
        return;
      }
      String code = description.to().get();
      for (Mention party : description.phrase().qualifiers()) {
        Optional<String> named =
            party.kind() == MentionKind.CITY ? party.country() : Optional.of(party.value());
        if (named.equals(Optional.of(code))) {
          party(code);
          addReference(
              code,
              party.span(),
              sentence,
              party.firstToken(),
              party.lastToken(),
              true,
              StoryPosts.ACCREDITED_TO);
          return;
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
        if (best != null && acrossAVerb(best, description)) {
          best = null;
        }
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
     * "Speaker Anna Berg met the Speaker of the Parliament of Freedonia": a description a verb
     * separates from the holder's name in its sentence is the other side of the verb, someone else,
     * and lends the holder nothing.
     */
    private boolean acrossAVerb(PersonClusters.Cluster holder, PostLink description) {
      AnnotatedText text = analysis.annotatedText();
      int first = description.phrase().firstToken();
      Optional<Sentence> sentence = text.sentenceAt(text.tokens().get(first).start());
      if (sentence.isEmpty()) {
        return false;
      }
      // The holder's mentions are in the order of the text: the last one before the description.
      List<Mention> mentions = holder.mentions();
      int low = 0;
      int high = mentions.size();
      while (low < high) {
        int middle = (low + high) >>> 1;
        if (mentions.get(middle).lastToken() < first) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      int nameEnd = -1;
      if (low > 0 && mentions.get(low - 1).firstToken() >= sentence.get().firstToken()) {
        nameEnd = mentions.get(low - 1).lastToken();
      }
      for (int at = nameEnd + 1; nameEnd >= 0 && at < first; at++) {
        if (text.tokens().get(at).isVerb()) {
          return true;
        }
      }
      return false;
    }

    /**
     * A title governed by a preposition ("an assistant to the Secretary of State", "the office of
     * the President") names the office, not a person taking part.
     */
    private boolean governed(PostLink description) {
      AnnotatedText text = analysis.annotatedText();
      int first = description.phrase().firstToken();
      List<org.attache.pipeline.analysis.Token> tokens = text.tokens();
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
