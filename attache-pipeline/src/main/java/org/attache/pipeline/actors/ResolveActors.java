package org.attache.pipeline.actors;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.knowledge.KnowledgeBase;
import org.attache.model.Span;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.AnnotatedText;
import org.attache.pipeline.analysis.DeclaredStage;
import org.attache.pipeline.analysis.Layer;
import org.attache.pipeline.analysis.Mention;
import org.attache.pipeline.analysis.MentionKind;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.analysis.WordLists;

/**
 * Resolves the mentions of a document into actors: people with their posts (read by {@link
 * PostPhrases} and {@link NameLinker}, joined across the document by {@link PersonClusters}),
 * descriptions such as "the Secretary-General" resolved to the person who holds that post, and the
 * states and organisations named.
 */
public final class ResolveActors extends DeclaredStage {
  /**
   * The rule of the references that name a person with a post held before or after the time of the
   * report ("former president Marco Bellini"): the person is one of the story's, with no post.
   */
  public static final String PAST_POST = "post.past";

  private final KnowledgeBase knowledge;
  private final TitleKinds titleKinds;
  private final Set<String> honorifics;

  /** Honorifics and styles: the words that may stand between a title and the name it goes with. */
  private final Set<String> beforeNames;

  public ResolveActors(KnowledgeBase knowledge) {
    super("actors", EnumSet.of(Layer.SENTENCES, Layer.MENTIONS), EnumSet.of(Layer.ACTORS));
    this.knowledge = knowledge;
    this.titleKinds = new TitleKinds(knowledge);
    this.honorifics = WordLists.load("honorifics.txt");
    Set<String> words = new java.util.HashSet<>(honorifics);
    words.addAll(WordLists.load("name-styles.txt"));
    this.beforeNames = Set.copyOf(words);
  }

  @Override
  public Analysis apply(Analysis analysis) {
    AnnotatedText text = analysis.annotatedText();
    DocumentLinks found = DocumentLinks.find(analysis, beforeNames);
    List<PostLink> links = found.links;
    Map<PostLink, Integer> sentenceOf = found.sentenceOf;
    List<PostLink> pastLinks = found.pastLinks;
    Map<PostLink, Integer> pastSentence = found.pastSentence;

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

    adoptCounterparts(text, found, clusterOf, postsOf);
    Set<PersonClusters.Cluster> formerHolders = new HashSet<>();
    for (PostLink link : pastLinks) {
      formerHolders.add(clusterOf.get(link.name().get()));
    }
    ActorReferences references = new ActorReferences(knowledge, analysis, people, postsOf);
    new LoneHolders(references, titleKinds)
        .adoptLoneHolder(descriptions, plurals, people, formerHolders);
    for (PostLink description : descriptions) {
      references.noteAccreditation(description, sentenceOf.get(description));
      references.resolveDescription(description, sentenceOf.get(description));
    }
    for (PostLink description : plurals) {
      references.noteAccreditation(description, sentenceOf.get(description));
      references.referToHolders(description, sentenceOf.get(description));
    }
    for (Mention mention : analysis.mentionList().all()) {
      int sentence = text.sentenceAt(mention.span().start()).map(Sentence::index).orElse(-1);
      if (mention.kind() == MentionKind.PERSON) {
        references.referToPerson(clusterOf.get(mention), mention, sentence);
      } else if (mention.isParty()) {
        references.referToParty(mention, sentence, found.qualifierMentions.contains(mention));
      }
    }
    for (PostLink link : links) {
      if (link.name().isPresent()) {
        references.referToPost(clusterOf.get(link.name().get()), link, sentenceOf.get(link));
      }
    }
    for (PostLink link : pastLinks) {
      references.referToPost(
          clusterOf.get(link.name().get()), link.withRule(PAST_POST), pastSentence.get(link));
    }
    return analysis.withActors(references.build());
  }

  /**
   * "... met his Kuwaiti counterpart Abdullah Al-Yahya": the counterpart named without a post of
   * their own holds the subject's title for the counterpart's state.
   */
  private static void adoptCounterparts(
      AnnotatedText text,
      DocumentLinks found,
      Map<Mention, PersonClusters.Cluster> clusterOf,
      Map<PersonClusters.Cluster, List<PostLink>> postsOf) {
    for (Counterparts.Pending counterpart : found.counterparts) {
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
      found.links.add(link);
      found.sentenceOf.put(link, found.counterpartSentence.get(counterpart));
      found.qualifierMentions.add(party);
    }
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
}
