package org.attache.pipeline.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.knowledge.KnowledgeBase;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.Mention;
import org.attache.pipeline.analysis.MentionKind;

/**
 * Resolves descriptions ("the Secretary-General") to the people who hold their posts, and records
 * every reference of the document's people, states and organisations.
 */
final class ActorReferences {
  private final Analysis analysis;
  private final Map<PersonClusters.Cluster, List<PostLink>> postsOf;
  private final ActorTableBuilder table;
  private final Holders holders = new Holders();

  /** How often the document names each organisation: counted once, when first wanted. */
  private Map<String, Integer> organisationsNamed;

  ActorReferences(
      KnowledgeBase knowledge,
      Analysis analysis,
      PersonClusters people,
      Map<PersonClusters.Cluster, List<PostLink>> postsOf) {
    this.analysis = analysis;
    this.postsOf = postsOf;
    this.table = new ActorTableBuilder(knowledge);
    for (PersonClusters.Cluster cluster : people.clusters()) {
      table.key(cluster, cluster.firstStart());
    }
    for (Map.Entry<PersonClusters.Cluster, List<PostLink>> entry : postsOf.entrySet()) {
      for (PostLink link : entry.getValue()) {
        link.of().ifPresent(table::party);
        link.to().ifPresent(table::party);
        holders.add(entry.getKey(), link);
      }
    }
  }

  /** Gives a person a post, as {@link #postsOf} holds them, and indexes them as its holder. */
  void givePost(PersonClusters.Cluster holder, PostLink post) {
    postsOf.computeIfAbsent(holder, k -> new ArrayList<>()).add(post);
    holders.add(holder, post);
  }

  /**
   * "The ambassadors of Malaysia and Israel presented their credentials": holders named only by a
   * plural title stand for the states and organisations they serve, each a side of its own.
   */
  void referToHolders(PostLink description, int sentence) {
    if (DescriptionSyntax.governed(analysis.annotatedText(), description)) {
      return;
    }
    for (Mention party : description.phrase().qualifiers()) {
      boolean served = description.phrase().of().contains(party.value());
      if (!served && description.to().equals(Optional.of(party.value()))) {
        // "ambassadors to Ethiopia": where the envoys serve, not a side of its own
        continue;
      }
      if (party.kind() == MentionKind.STATE || party.kind() == MentionKind.ORGANISATION) {
        table.party(party.value());
        table.addReference(
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
   * "Ambassadors to Ethiopia", "the first ambassador to Washington": where the envoys of the story
   * are accredited, for {@link StoryPosts} to read.
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
        table.party(code);
        table.addReference(
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
    if (DescriptionSyntax.governed(analysis.annotatedText(), description)) {
      return;
    }
    int at = description.span().start();
    PersonClusters.Cluster best = nearestHolder(description, at, true);
    if (best == null) {
      best = nearestHolder(description, at, false);
      if (best != null
          && DescriptionSyntax.acrossAVerb(analysis.annotatedText(), best, description)) {
        best = null;
      }
    }
    if (best != null) {
      if (description.of().isPresent()) {
        table.party(description.of().get());
        description.to().ifPresent(table::party);
        givePost(best, description.withName(best.mentions().get(0), "post.of_from_description"));
      }
      referByDescription(best, description, sentence, "coref.description_by_post");
      return;
    }
    if (description.of().isPresent() && !description.title().isEmpty()) {
      String code = description.of().get();
      table.party(code);
      referByDescription(code, description, sentence, "coref.description_without_name");
      return;
    }
    Optional<String> organisation =
        OrganisationOfficials.organisation(description.title(), organisationsNamed());
    if (organisation.isPresent()) {
      table.party(organisation.get());
      referByDescription(organisation.get(), description, sentence, OrganisationOfficials.RULE);
    }
  }

  /**
   * The person holding the described post, named nearest before the description (else first after
   * it). With {@code exact}, their post must name the same state or organisation as the
   * description, where it names one; without, a post that names none will do.
   */
  PersonClusters.Cluster nearestHolder(PostLink description, int at, boolean exact) {
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
    table.addReference(
        cluster,
        mention.span(),
        sentence,
        mention.firstToken(),
        mention.lastToken(),
        false,
        "name");
  }

  void referToParty(Mention mention, int sentence, boolean qualifier) {
    table.party(mention.value());
    table.addReference(
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
    table.addReference(cluster, link.span(), sentence, first, last, false, link.rule());
  }

  Analysis analysis() {
    return analysis;
  }

  Map<PersonClusters.Cluster, List<PostLink>> postsOf() {
    return postsOf;
  }

  void party(String code) {
    table.party(code);
  }

  ActorTable build() {
    return table.build(postsOf);
  }

  private Map<String, Integer> organisationsNamed() {
    if (organisationsNamed == null) {
      organisationsNamed = OrganisationOfficials.named(analysis.mentionList().all());
    }
    return organisationsNamed;
  }

  /** A reference of the whole description to its owner: a person, or a state's or body's code. */
  private void referByDescription(Object owner, PostLink description, int sentence, String rule) {
    table.addReference(
        owner,
        description.span(),
        sentence,
        description.phrase().firstToken(),
        description.phrase().lastToken(),
        false,
        rule);
  }
}
