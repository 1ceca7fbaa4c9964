package org.attache.pipeline.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.AnnotatedText;
import org.attache.pipeline.analysis.Mention;
import org.attache.pipeline.analysis.MentionKind;
import org.attache.pipeline.analysis.Sentence;

/**
 * The post links of each sentence of a document, in the order of the text: those of present posts,
 * those of past posts ("former president ..."), and counterparts waiting for the subject's title
 * ("... met his Kuwaiti counterpart Abdullah Al-Yahya").
 */
final class DocumentLinks {
  final List<PostLink> links = new ArrayList<>();
  final Map<PostLink, Integer> sentenceOf = new IdentityHashMap<>();
  final List<PostLink> pastLinks = new ArrayList<>();
  final Map<PostLink, Integer> pastSentence = new IdentityHashMap<>();
  final List<Counterparts.Pending> counterparts = new ArrayList<>();
  final Map<Counterparts.Pending, Integer> counterpartSentence = new HashMap<>();
  final Set<Mention> qualifierMentions = new LinkedHashSet<>();

  private DocumentLinks() {}

  static DocumentLinks find(Analysis analysis, Set<String> beforeNames) {
    DocumentLinks d = new DocumentLinks();
    d.read(analysis, beforeNames);
    return d;
  }

  private void read(Analysis analysis, Set<String> beforeNames) {
    AnnotatedText text = analysis.annotatedText();
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
  }
}
