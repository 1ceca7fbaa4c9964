package org.attache.pipeline.events.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attache.knowledge.KnowledgeBase;
import org.attache.model.Agreement;
import org.attache.model.Instrument;
import org.attache.model.Span;
import org.attache.model.Vocabulary;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.DeclaredStage;
import org.attache.pipeline.analysis.Layer;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.events.parties.MeetingsTold;
import org.attache.pipeline.events.parties.SentenceView;
import org.attache.pipeline.events.parties.TokenPhrases;

/**
 * Finds agreements: a noun of {@code instruments.tsv} ("memorandum of understanding", "treaty",
 * "joint statement") in a sentence that says where it stands (a cue of {@code agreement-cues.tsv}:
 * "signed", "under", "in force", "under discussion") or gives it a year of its own ("the 2005
 * memorandum"), agreements mentioned in passing included. The nearest cue gives the status.
 *
 * <p>The parties are, the first that gives any: the actors inside the instrument's phrase ("the
 * SCO-ASEAN memorandum", "a memorandum between the SCO and ASEAN"); those just before it ("Russia's
 * breach of the INF treaty"); a collective subject ("the two sides", "both countries") standing for
 * the sides of the meeting told of; the actors of the sentence. People stand for the state or
 * organisation they serve. The signing date is a date inside the phrase or right after the signing
 * word; the areas are the wording of areas from the instrument to the end of its clause. Mentions
 * of one instrument in a document (same kind, compatible years, shared parties) are one agreement.
 *
 * <p>Several instruments may be told at once: a plural with a number ("signed four memoranda on A,
 * B, C and D", "two MoUs were signed") is that many agreements, and a plural with a list of
 * subjects and no number one per subject ({@link Subjects}); each takes its own subject's areas. A
 * later plural with the definite article ("The MoUs cover health, education, ...") gives the
 * subjects of the instruments counted before it. A list of documents under a heading ("The
 * following documents were signed:") is one agreement per item ({@link Listed}), in place of the
 * count that announced it. Well-known instruments are found by their names ({@link
 * KnownInstruments}), and a document whose title is a joint statement or declaration is one.
 */
public final class ExtractAgreements extends DeclaredStage {
  private final TokenPhrases<Instrument> instruments =
      new TokenPhrases<>("instruments.tsv", s -> Vocabulary.parse(Instrument.class, s));
  private final StatusCues cues = new StatusCues();
  private final KnownInstruments known = new KnownInstruments();
  private final TokenPhrases<Instrument> adoptedDocuments =
      new TokenPhrases<>("adopted-documents.tsv", s -> Vocabulary.parse(Instrument.class, s));
  private final SentenceAgreement sentences;
  private final TitledInstrument titled = new TitledInstrument(instruments);
  private final ListedAgreements listedDocuments;
  private final AreasToldAfter areasAfter;

  public ExtractAgreements(KnowledgeBase knowledge) {
    super(
        "agreements",
        EnumSet.of(Layer.SENTENCES, Layer.MENTIONS, Layer.ACTORS, Layer.HOSTS),
        EnumSet.of(Layer.AGREEMENTS));
    this.sentences = new SentenceAgreement(knowledge, cues);
    this.listedDocuments = new ListedAgreements(knowledge.areas(), instruments);
    this.areasAfter = new AreasToldAfter(knowledge.areas(), instruments);
  }

  @Override
  public Analysis apply(Analysis analysis) {
    ActorTable actors = analysis.actorTable();
    String text = analysis.text();
    MeetingsTold meetings = new MeetingsTold(analysis.events());
    SigningDates.Meetings dated = new SigningDates.Meetings(analysis.events());
    List<KnownInstruments.Found> names = known.in(text);
    List<Listed.DocumentList> lists = Listed.in(text);
    List<Span> items = new ArrayList<>();
    lists.forEach(l -> items.addAll(l.items()));
    List<Told> found = new ArrayList<>();
    Optional<Span> before = Optional.empty();
    int nextItem = 0;
    int nextName = 0;
    AreasToldAfter.Reader described = areasAfter.reader();
    for (Sentence sentence : analysis.annotatedText().sentences()) {
      SentenceView view = new SentenceView(text, sentence, actors);
      Span span = sentence.span();
      while (nextName < names.size() && names.get(nextName).end() <= span.start()) {
        nextName++;
      }
      List<KnownInstruments.Found> sentenceNames = new ArrayList<>();
      for (int n = nextName; n < names.size() && names.get(n).start() < span.end(); n++) {
        sentenceNames.add(names.get(n));
      }
      List<TokenPhrases.Found<Instrument>> phrases = new ArrayList<>();
      for (TokenPhrases.Found<Instrument> instrument : instruments.in(view)) {
        int start = view.token(instrument.firstToken()).start();
        while (nextItem < items.size() && items.get(nextItem).end() <= start) {
          nextItem++;
        }
        if (nextItem < items.size() && items.get(nextItem).start() <= start) {
          continue;
        }
        Optional<KnownInstruments.Found> name = nameAt(sentenceNames, view, instrument);
        boolean coordinated =
            !phrases.isEmpty()
                && phrases.get(phrases.size() - 1).lastToken() == instrument.firstToken() - 2
                && Set.of("and", "or", "&").contains(view.lower(instrument.firstToken() - 1));
        if (!coordinated && (name.isPresent() || InstrumentPhrase.isInstrument(view, instrument))) {
          phrases.add(instrument);
        }
      }
      for (TokenPhrases.Found<Instrument> document : adoptedDocuments.in(view)) {
        boolean taken =
            phrases.stream()
                .anyMatch(
                    p ->
                        p.firstToken() <= document.lastToken()
                            && document.firstToken() <= p.lastToken());
        if (!taken
            && cues.adopted(view, document)
            && InstrumentPhrase.isInstrument(view, document)) {
          phrases.add(document);
        }
      }
      for (KnownInstruments.Found name : sentenceNames) {
        if (name.start() >= span.start()
            && name.end() <= span.end()
            && phrases.stream().noneMatch(p -> covers(name, view, p))) {
          int first = view.tokenAt(name.start());
          int last = view.tokenAt(name.end() - 1);
          if (first >= 0 && last >= first) {
            phrases.add(
                new TokenPhrases.Found<>(
                    first, last, name.known().name(), name.known().instrument()));
          }
        }
      }
      phrases.sort(Comparator.comparingInt(TokenPhrases.Found::firstToken));
      int toldBefore = found.size();
      for (TokenPhrases.Found<Instrument> instrument : phrases) {
        Optional<KnownInstruments.Found> name = nameAt(sentenceNames, view, instrument);
        sentences
            .read(
                analysis,
                meetings,
                dated,
                view,
                instrument,
                name.map(KnownInstruments.Found::known),
                before)
            .ifPresent(found::add);
      }
      described.read(view, found.size() > toldBefore, found);
      before = Optional.of(span);
    }
    List<Told> listed = listedDocuments.of(analysis, lists, found);
    found.addAll(titled.in(analysis));
    List<Agreement> agreements = InstrumentMentions.joinAll(found);
    agreements.addAll(listed.stream().map(Told::agreement).toList());
    List<Agreement> numbered = new ArrayList<>();
    for (Agreement agreement : agreements) {
      numbered.add(renumber(agreement, "agreement-" + numbered.size()));
    }
    return analysis.withEvents(Layer.AGREEMENTS, numbered);
  }

  private static boolean covers(
      KnownInstruments.Found name, SentenceView view, TokenPhrases.Found<Instrument> phrase) {
    int start = view.token(phrase.firstToken()).start();
    return name.start() <= start && start < name.end()
        || start <= name.start() && name.start() < view.token(phrase.lastToken()).end();
  }

  private static Optional<KnownInstruments.Found> nameAt(
      List<KnownInstruments.Found> names,
      SentenceView view,
      TokenPhrases.Found<Instrument> instrument) {
    int start = view.token(instrument.firstToken()).start();
    int end = view.token(instrument.lastToken()).end();
    return names.stream().filter(n -> n.start() < end && start < n.end()).findFirst();
  }

  private static Agreement renumber(Agreement a, String id) {
    return new Agreement(
        id,
        a.instrument(),
        a.title(),
        a.parties(),
        a.signed(),
        a.place(),
        a.areas(),
        a.status(),
        a.codes(),
        a.evidence(),
        a.confidence(),
        a.provenance());
  }
}
