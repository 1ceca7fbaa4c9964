package org.attache.pipeline.events.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.attache.knowledge.AreaLexicon;
import org.attache.knowledge.AreaMatch;
import org.attache.knowledge.Entity;
import org.attache.knowledge.KnowledgeBase;
import org.attache.knowledge.PhraseMatch;
import org.attache.model.Agreement;
import org.attache.model.AgreementStatus;
import org.attache.model.Area;
import org.attache.model.Instrument;
import org.attache.model.Place;
import org.attache.model.Span;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.Layer;
import org.attache.pipeline.analysis.Mention;
import org.attache.pipeline.analysis.MentionKind;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.analysis.Stage;
import org.attache.pipeline.events.parties.Collectives;
import org.attache.pipeline.events.parties.MeetingsTold;
import org.attache.pipeline.events.parties.Parties;
import org.attache.pipeline.events.parties.SentenceView;
import org.attache.pipeline.events.parties.TokenPhrases;
import org.attache.pipeline.time.DateFinder;
import org.attache.pipeline.time.TemporalMention;

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
public final class ExtractAgreements implements Stage {
  private static final int WINDOW = 6;
  private static final int ADOPTED_WINDOW = 12;
  private static final Set<String> ADOPTED = Set.of("adopted", "adoption", "approved");
  private static final Set<String> NOT_INSTRUMENT_BEFORE =
      Set.of("reach", "reached", "reaches", "reaching", "in", "broad", "full", "mutual", "common");

  private final KnowledgeBase knowledge;
  private final AreaLexicon areas;
  private final TokenPhrases<Instrument> instruments =
      new TokenPhrases<>("instruments.tsv", Instrument::parse);
  private final TokenPhrases<AgreementStatus> cues =
      new TokenPhrases<>("agreement-cues.tsv", AgreementStatus::parse);
  private final Collectives collectives = new Collectives();
  private final DateFinder dates = new DateFinder();
  private final KnownInstruments known = new KnownInstruments();
  private final TokenPhrases<Instrument> adoptedDocuments =
      new TokenPhrases<>("adopted-documents.tsv", Instrument::parse);
  private final TokenPhrases<String> planNouns = new TokenPhrases<>("plan-nouns.tsv", s -> s);

  public ExtractAgreements(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
    this.areas = knowledge.areas();
  }

  @Override
  public String name() {
    return "agreements";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.SENTENCES, Layer.MENTIONS, Layer.ACTORS, Layer.HOSTS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.AGREEMENTS);
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
      for (TokenPhrases.Found<Instrument> instrument :
          instruments.in(view, view.first(), view.last())) {
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
        if (!coordinated && (name.isPresent() || isInstrument(view, instrument))) {
          phrases.add(instrument);
        }
      }
      for (TokenPhrases.Found<Instrument> document :
          adoptedDocuments.in(view, view.first(), view.last())) {
        boolean taken =
            phrases.stream()
                .anyMatch(
                    p ->
                        p.firstToken() <= document.lastToken()
                            && document.firstToken() <= p.lastToken());
        if (!taken && adopted(view, document) && isInstrument(view, document)) {
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
      for (TokenPhrases.Found<Instrument> instrument : phrases) {
        Optional<KnownInstruments.Found> name = nameAt(sentenceNames, view, instrument);
        agreement(
                analysis,
                meetings,
                dated,
                view,
                instrument,
                name.map(KnownInstruments.Found::known),
                before)
            .ifPresent(found::add);
      }
      before = Optional.of(span);
    }
    List<Told> listed = listed(analysis, lists, found);
    found.addAll(titled(analysis));
    List<Agreement> agreements = Mentions.joinAll(found);
    agreements.addAll(listed.stream().map(Told::agreement).toList());
    List<Agreement> numbered = new ArrayList<>();
    for (Agreement agreement : agreements) {
      numbered.add(renumber(agreement, "agreement-" + numbered.size()));
    }
    return analysis.withEvents(Layer.AGREEMENTS, numbered);
  }

  /** Whether the nearest cue to a document that is an instrument only when adopted says so. */
  private boolean adopted(SentenceView view, TokenPhrases.Found<Instrument> document) {
    return nearestCue(view, document)
        .filter(c -> ADOPTED.contains(c.phrase()))
        .filter(
            c ->
                Math.abs(c.firstToken() - document.lastToken()) <= ADOPTED_WINDOW
                    || Math.abs(document.firstToken() - c.lastToken()) <= ADOPTED_WINDOW)
        .isPresent();
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

  private static boolean isInstrument(SentenceView view, TokenPhrases.Found<Instrument> found) {
    for (int i = found.firstToken(); i <= found.lastToken(); i++) {
      if (view.inReference(i)) {
        return false;
      }
    }
    if (!view.pos(found.lastToken()).startsWith("NN")) {
      return false;
    }
    String after = view.lower(found.lastToken() + 1) + " " + view.lower(found.lastToken() + 2);
    return !NOT_INSTRUMENT_BEFORE.contains(view.lower(found.firstToken() - 1))
        && !after.startsWith("reached")
        && !after.startsWith("was reached")
        && !after.startsWith("were reached")
        && !after.startsWith("has been")
        && !after.startsWith("had been");
  }

  private Optional<Told> agreement(
      Analysis analysis,
      MeetingsTold meetings,
      SigningDates.Meetings dated,
      SentenceView view,
      TokenPhrases.Found<Instrument> instrument,
      Optional<KnownInstruments.Known> name,
      Optional<Span> before) {
    int npStart = phraseStart(view, instrument.firstToken());
    int npEnd = phraseEnd(view, instrument.lastToken());
    Optional<LocalDate> published = analysis.document().published();
    int offset = view.sentence().span().start();
    List<TemporalMention> sentenceDates = dates.find(view.text(), published);
    Optional<String> ownYear = Optional.empty();
    for (TemporalMention date : sentenceDates) {
      int start = offset + date.start();
      if (date.kind() == TemporalMention.Kind.DATE
          && start >= view.token(npStart).start()
          && start < view.token(instrument.firstToken()).start()) {
        ownYear = Optional.of(date.value());
      }
    }
    Optional<TokenPhrases.Found<AgreementStatus>> cue = nearestCue(view, instrument);
    boolean plural =
        name.isEmpty() && Counts.plural(view, instrument.firstToken(), instrument.lastToken());
    OptionalInt count =
        plural ? Counts.of(view, npStart, instrument.firstToken()) : OptionalInt.empty();
    boolean definite =
        plural
            && count.isEmpty()
            && Set.of("the", "these", "those", "all").contains(view.lower(npStart));
    // "The memoranda cover trade and energy": a plural told again needs no cue, but it only tells
    // more of instruments counted before it (it names no party of its own, so alone it is none).
    boolean toldAgain = definite && cue.isEmpty() && ownYear.isEmpty();
    if (cue.isEmpty() && ownYear.isEmpty() && !toldAgain) {
      return Optional.empty();
    }
    SortedMap<String, String> provenance = new TreeMap<>();
    provenance.put("instrument", "instruments.tsv: " + instrument.phrase());
    name.ifPresent(
        n ->
            provenance.put(
                "instrument", "known-instruments.tsv: " + n.name() + " (" + n.source() + ")"));
    AgreementStatus status = cue.map(TokenPhrases.Found::value).orElse(AgreementStatus.SIGNED);
    provenance.put(
        "status",
        cue.map(c -> "agreement-cues.tsv: " + c.phrase()).orElse("a year of its own: signed"));
    Optional<String> signed = ownYear;
    if (signed.isPresent()) {
      provenance.put("signed", "the year inside the instrument's phrase");
    } else if (cue.isPresent() && cue.get().value() == AgreementStatus.SIGNED) {
      int cueStart = view.token(cue.get().firstToken()).start() - offset;
      int cueEnd = view.token(cue.get().lastToken()).end() - offset;
      signed =
          SigningDates.inSentence(
              sentenceDates, cueStart, cueEnd, view.text(), published, provenance);
      if (signed.isEmpty()) {
        signed = dated.of(view.sentence().span(), before, provenance);
      }
    }
    if (signed.isEmpty() && name.isPresent() && name.get().signed().isPresent()) {
      signed = name.get().signed();
      provenance.put("signed", "known-instruments.tsv");
    }
    List<String> parties = parties(analysis, meetings, view, npStart, npEnd, provenance);
    if (name.isPresent() && !name.get().parties().isEmpty()) {
      parties = knownParties(analysis.actorTable(), name.get(), parties, provenance);
    }
    if (toldAgain) {
      parties = List.of();
    }
    if (parties.isEmpty() && !definite) {
      return Optional.empty();
    }
    int clauseEnd = clauseEnd(view, instrument.lastToken());
    String scope = view.text(instrument.firstToken(), clauseEnd);
    Set<Area> found = EnumSet.noneOf(Area.class);
    List<String> words = new ArrayList<>();
    for (AreaMatch match : areas.find(scope)) {
      if (match.counted()) {
        found.addAll(match.areas());
        words.add(scope.substring(match.start(), match.end()));
      }
    }
    if (!words.isEmpty()) {
      provenance.put("areas", "areas.tsv: " + String.join(", ", words));
    }
    Optional<Place> place = place(analysis, view, status);
    place.ifPresent(p -> provenance.put("place", "a city named in the signing sentence"));
    provenance.put("title", "the instrument's phrase");
    int titleStart =
        view.lower(npStart).equals("the")
                || view.lower(npStart).equals("a")
                || view.lower(npStart).equals("an")
            ? npStart + 1
            : npStart;
    List<Set<Area>> subjects =
        plural ? Subjects.of(areas, view.text(instrument.lastToken() + 1, clauseEnd)) : List.of();
    Agreement agreement =
        new Agreement(
            "agreement",
            instrument.value(),
            Optional.of(
                view.text(titleStart, Math.max(npEnd, titleEnd(view, instrument.lastToken())))),
            parties,
            signed,
            place,
            new ArrayList<>(found),
            Optional.of(cue.isEmpty() && name.isPresent() ? name.get().status() : status),
            Optional.empty(),
            List.of(view.sentence().span()),
            cue.isPresent() ? 0.75 : 0.6,
            provenance);
    int members =
        count.orElse(
            plural && subjects.size() > 1 && status == AgreementStatus.SIGNED
                ? subjects.size()
                : 1);
    return Optional.of(new Told(agreement, members, subjects, definite));
  }

  /**
   * The parties of a well-known instrument: those of its parties that the document names, else the
   * parties the text gives.
   */
  private static List<String> knownParties(
      ActorTable actors,
      KnownInstruments.Known known,
      List<String> fromText,
      SortedMap<String, String> provenance) {
    List<String> named = new ArrayList<>();
    for (String code : known.parties()) {
      actors.byCode(code).ifPresent(a -> named.add(a.id()));
    }
    if (named.isEmpty()) {
      return fromText;
    }
    List<String> parties = new ArrayList<>(fromText.stream().filter(named::contains).toList());
    if (parties.isEmpty()) {
      parties = named;
    }
    provenance.put("parties", "the parties of known-instruments.tsv that the document names");
    return parties;
  }

  /**
   * A document whose title names a joint statement or declaration and no verb ("BRICS Joint
   * Statement", "Joint Declaration of ... on ...") is that instrument: signed on the first full
   * date of its opening sentences, else on the publication date; its parties are those its title
   * names.
   */
  private List<Told> titled(Analysis analysis) {
    Optional<String> title = analysis.document().title();
    List<Sentence> sentences = analysis.annotatedText().sentences();
    if (title.isEmpty() || sentences.isEmpty()) {
      return List.of();
    }
    Sentence first = sentences.get(0);
    if (first.span().start() != 0 || first.span().end() > title.get().length()) {
      return List.of();
    }
    SentenceView view = new SentenceView(analysis.text(), first, analysis.actorTable());
    for (int i = view.first(); i <= view.last(); i++) {
      if (view.pos(i).startsWith("VB") || view.lower(i).equals(":")) {
        return List.of();
      }
    }
    for (TokenPhrases.Found<Instrument> instrument :
        instruments.in(view, view.first(), view.last())) {
      if (instrument.value() != Instrument.JOINT_STATEMENT
          && instrument.value() != Instrument.DECLARATION) {
        continue;
      }
      List<String> parties =
          Parties.of(analysis.actorTable(), ids(view.sidesBetween(view.first(), view.last())));
      if (parties.isEmpty()) {
        return List.of();
      }
      SortedMap<String, String> provenance = new TreeMap<>();
      provenance.put("instrument", "the document's title: " + instrument.phrase());
      provenance.put("parties", "the actors of the title");
      provenance.put("status", "a document that is the instrument: signed");
      Optional<String> signed = Optional.empty();
      for (int s = 1; s < Math.min(sentences.size(), 4) && signed.isEmpty(); s++) {
        Sentence sentence = sentences.get(s);
        for (TemporalMention date :
            dates.find(sentence.text(analysis.text()), analysis.document().published())) {
          if (date.isFullDate()) {
            signed = Optional.of(date.value());
            provenance.put("signed", "the first full date of the opening sentences");
            break;
          }
        }
      }
      if (signed.isEmpty() && analysis.document().published().isPresent()) {
        signed = analysis.document().published().map(LocalDate::toString);
        provenance.put("signed", "the publication date");
      }
      return List.of(
          new Told(
              new Agreement(
                  "agreement",
                  instrument.value(),
                  Optional.of(title.get().strip()),
                  parties,
                  signed,
                  Optional.empty(),
                  List.of(),
                  Optional.of(AgreementStatus.SIGNED),
                  Optional.empty(),
                  List.of(first.span()),
                  0.6,
                  provenance),
              1,
              List.of(),
              false));
    }
    return List.of();
  }

  /**
   * The agreements of the lists of documents: one per item, of the item's own instrument or else
   * the heading's, with the item's areas, and the parties, date and status of the mention in the
   * heading, else of the count told since the list before that announced it; an item that names a
   * plan is left to the plans. The announcing mentions are removed from {@code found}. Each mention
   * is weighed for one list only, and each item reads only its own sentences.
   */
  private List<Told> listed(Analysis analysis, List<Listed.DocumentList> lists, List<Told> found) {
    if (lists.isEmpty()) {
      return List.of();
    }
    String text = analysis.text();
    Layout layout = new Layout(analysis);
    boolean[] removed = new boolean[found.size()];
    int from = 0;
    List<Told> result = new ArrayList<>();
    for (Listed.DocumentList list : lists) {
      int to = from;
      while (to < found.size()
          && found.get(to).agreement().evidence().get(0).start() < list.heading().end()) {
        to++;
      }
      Told announcing = null;
      for (int c = from; c < to; c++) {
        Span sentence = found.get(c).agreement().evidence().get(0);
        if (sentence.start() < list.heading().end() && list.heading().start() < sentence.end()) {
          announcing = announcing == null ? found.get(c) : announcing;
          removed[c] = true;
        }
      }
      int counted = announcing != null && announcing.count() > 1 ? announcing.count() : 0;
      Told group = null;
      for (int c = from; c < to; c++) {
        Told candidate = found.get(c);
        if (removed[c]
            || candidate.agreement().evidence().get(0).start() >= list.heading().start()) {
          continue;
        }
        if (candidate.count() == list.items().size() || candidate.count() == counted) {
          group = group == null ? candidate : group;
          removed[c] = true;
        } else if (group != null && candidate.refersBack()) {
          removed[c] = true;
        }
      }
      from = to;
      announcing = announcing == null ? group : announcing;
      Optional<Instrument> headingInstrument =
          announcing == null ? Optional.empty() : Optional.of(announcing.agreement().instrument());
      for (Span item : list.items()) {
        List<SentenceView> views = layout.views(item);
        if (planned(views, item)) {
          continue;
        }
        Optional<Instrument> own = instrumentOf(views, item);
        Optional<Instrument> instrument = own.or(() -> headingInstrument);
        if (instrument.isEmpty()) {
          continue;
        }
        List<String> parties =
            announcing == null ? layout.parties(item) : announcing.agreement().parties();
        if (parties.isEmpty()) {
          parties = layout.parties(item);
        }
        if (parties.isEmpty()) {
          parties = layout.headingParties(list.heading());
        }
        if (parties.isEmpty()) {
          continue;
        }
        String words = text.substring(item.start(), item.end());
        Set<Area> areasOf = EnumSet.noneOf(Area.class);
        areasOf.addAll(areas.areasIn(words));
        SortedMap<String, String> provenance = new TreeMap<>();
        provenance.put("instrument", own.isPresent() ? "the item's own noun" : "the heading's");
        provenance.put("parties", announcing == null ? "the item's actors" : "the heading's");
        provenance.put("evidence", "an item of a list of documents");
        Agreement base = announcing == null ? null : announcing.agreement();
        result.add(
            new Told(
                new Agreement(
                    "agreement",
                    instrument.get(),
                    Optional.of(words.strip()),
                    parties,
                    base == null ? Optional.empty() : base.signed(),
                    base == null ? Optional.empty() : base.place(),
                    new ArrayList<>(areasOf),
                    base == null ? Optional.of(AgreementStatus.SIGNED) : base.status(),
                    Optional.empty(),
                    List.of(list.heading(), item),
                    0.6,
                    provenance),
                1,
                List.of(),
                false));
      }
    }
    List<Told> kept = new ArrayList<>();
    for (int c = 0; c < found.size(); c++) {
      if (!removed[c]) {
        kept.add(found.get(c));
      }
    }
    found.clear();
    found.addAll(kept);
    return result;
  }

  /** The first instrument noun inside the item, none where a plan noun comes first. */
  private Optional<Instrument> instrumentOf(List<SentenceView> views, Span item) {
    for (SentenceView view : views) {
      for (int i = view.first(); i <= view.last(); i++) {
        if (view.token(i).start() < item.start() || view.token(i).end() > item.end()) {
          continue;
        }
        if (planNouns.at(view, i).isPresent()) {
          return Optional.empty();
        }
        Optional<TokenPhrases.Found<Instrument>> instrument = instruments.at(view, i);
        if (instrument.isPresent()) {
          return Optional.of(instrument.get().value());
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the item names a plan before any instrument: it is left to the plans. */
  private boolean planned(List<SentenceView> views, Span item) {
    for (SentenceView view : views) {
      for (int i = view.first(); i <= view.last(); i++) {
        if (view.token(i).start() < item.start() || view.token(i).end() > item.end()) {
          continue;
        }
        if (instruments.at(view, i).isPresent()) {
          return false;
        }
        if (planNouns.at(view, i).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The document's sentences and references by position, for the items of lists: each question is
   * answered by a binary search rather than by going through the document.
   */
  private static final class Layout {
    /** How many sentences before a heading are read for its parties. */
    private static final int HEADING_REACH = 5;

    private final Analysis analysis;
    private final List<Sentence> sentences;
    private final int[] sentenceEnds;
    private final List<Reference> references;
    private final int[] referenceStarts;

    Layout(Analysis analysis) {
      this.analysis = analysis;
      this.sentences = analysis.annotatedText().sentences();
      this.sentenceEnds = sentences.stream().mapToInt(s -> s.span().end()).toArray();
      this.references = analysis.actorTable().references();
      this.referenceStarts = references.stream().mapToInt(r -> r.span().start()).toArray();
    }

    /** The index of the first sentence that ends after the offset. */
    private int sentenceAfter(int offset) {
      int low = 0;
      int high = sentenceEnds.length;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (sentenceEnds[mid] <= offset) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return low;
    }

    /** The sentences that overlap the span. */
    List<SentenceView> views(Span span) {
      List<SentenceView> views = new ArrayList<>();
      for (int s = sentenceAfter(span.start());
          s < sentences.size() && sentences.get(s).span().start() < span.end();
          s++) {
        views.add(new SentenceView(analysis.text(), sentences.get(s), analysis.actorTable()));
      }
      return views;
    }

    /** The actors named inside the span. */
    List<String> parties(Span span) {
      int low = 0;
      int high = referenceStarts.length;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (referenceStarts[mid] < span.start()) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      Set<String> ids = new LinkedHashSet<>();
      for (int r = low; r < references.size() && referenceStarts[r] < span.end(); r++) {
        if (references.get(r).span().end() <= span.end()) {
          ids.add(references.get(r).actor());
        }
      }
      return Parties.of(analysis.actorTable(), new ArrayList<>(ids));
    }

    /** The sides named in the heading's sentence, else in the nearest of the few before it. */
    List<String> headingParties(Span heading) {
      int last = Math.min(sentences.size(), sentenceAfter(heading.end() - 1) + 1) - 1;
      for (int s = last; s >= 0 && s > last - HEADING_REACH; s--) {
        if (sentences.get(s).span().start() >= heading.end()) {
          continue;
        }
        SentenceView view =
            new SentenceView(analysis.text(), sentences.get(s), analysis.actorTable());
        List<String> sides =
            Parties.of(analysis.actorTable(), ids(view.sidesBetween(view.first(), view.last())));
        if (!sides.isEmpty()) {
          return sides;
        }
      }
      return List.of();
    }
  }

  private Optional<TokenPhrases.Found<AgreementStatus>> nearestCue(
      SentenceView view, TokenPhrases.Found<Instrument> instrument) {
    TokenPhrases.Found<AgreementStatus> best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TokenPhrases.Found<AgreementStatus> cue : cues.in(view, view.first(), view.last())) {
      int distance =
          cue.firstToken() > instrument.lastToken()
              ? cue.firstToken() - instrument.lastToken()
              : instrument.firstToken() - cue.lastToken();
      if (cue.firstToken() >= instrument.firstToken()
          && cue.lastToken() <= instrument.lastToken()) {
        continue;
      }
      if (distance < bestDistance) {
        best = cue;
        bestDistance = distance;
      }
    }
    if (best != null && best.phrase().equals("sign") && !infinitive(view, best.firstToken())) {
      best =
          new TokenPhrases.Found<>(
              best.firstToken(), best.lastToken(), best.phrase(), AgreementStatus.SIGNED);
    }
    return Optional.ofNullable(best);
  }

  private static boolean infinitive(SentenceView view, int token) {
    String before = view.lower(token - 1);
    return before.equals("to")
        || before.equals("will")
        || before.equals("would")
        || before.equals("shall");
  }

  private List<String> parties(
      Analysis analysis,
      MeetingsTold meetings,
      SentenceView view,
      int npStart,
      int npEnd,
      SortedMap<String, String> provenance) {
    ActorTable actors = analysis.actorTable();
    List<String> inside = ids(view.referencesBetween(npStart, npEnd));
    int from = view.token(npStart).start();
    int to = view.token(npEnd).end();
    for (Mention mention : analysis.mentionList().in(view.sentence())) {
      if (mention.isParty() && mention.span().start() >= from && mention.span().end() <= to) {
        actors
            .byCode(mention.value())
            .ifPresent(
                a -> {
                  if (!inside.contains(a.id())) {
                    inside.add(a.id());
                  }
                });
      }
    }
    for (PhraseMatch<Entity> match : knowledge.find(analysis.text().substring(from, to))) {
      Optional<String> code = Optional.empty();
      if (match.payload() instanceof Entity.OrganisationName name) {
        code = Optional.of(name.organisation().code());
      } else if (match.payload() instanceof Entity.StateName name) {
        code = Optional.of(name.state().code());
      }
      code.flatMap(actors::byCode)
          .ifPresent(
              a -> {
                if (!inside.contains(a.id())) {
                  inside.add(a.id());
                }
              });
    }
    List<String> parties = Parties.of(actors, inside);
    if (!parties.isEmpty()) {
      provenance.put("parties", "actors inside the instrument's phrase");
      return parties;
    }
    List<String> before = new ArrayList<>();
    for (int i = npStart - 1; i >= Math.max(view.first(), npStart - WINDOW); i--) {
      String pos = view.pos(i);
      boolean verbOfItsOwn =
          pos.startsWith("VB") && view.pos(i + 1).equals("DT") && cues.at(view, i).isEmpty();
      if (view.lower(i).equals(",") || view.lower(i).equals(";") || verbOfItsOwn) {
        break;
      }
      Optional<Reference> side = view.sideEndingAt(i);
      if (side.isPresent()) {
        before.add(0, side.get().actor());
        int j = side.get().firstToken() - 1;
        while (view.inside(j)
            && Set.of("and", ",", "the").contains(view.lower(j))
            && j > view.first()) {
          Optional<Reference> coordinated = view.sideEndingAt(j - 1);
          if (coordinated.isPresent()) {
            before.add(0, coordinated.get().actor());
            j = coordinated.get().firstToken() - 1;
          } else {
            j--;
          }
        }
        i = Math.min(i, side.get().firstToken());
      }
    }
    parties = Parties.of(actors, before);
    if (!parties.isEmpty()) {
      provenance.put("parties", "actors just before the instrument");
      return parties;
    }
    for (int i = view.first(); i <= view.last(); i++) {
      Optional<Collectives.Found> collective = collectives.endingAt(view, i);
      if (collective.isPresent()) {
        parties = Collectives.sides(Collectives.Kind.STATES, view, meetings, actors, knowledge);
        if (!parties.isEmpty()) {
          provenance.put(
              "parties",
              "collective subject '" + collective.get().words() + "': the sides of the meeting");
          return Parties.of(actors, parties);
        }
      }
    }
    parties = Parties.of(actors, ids(view.sidesBetween(view.first(), view.last())));
    if (!parties.isEmpty()) {
      provenance.put("parties", "actors of the sentence");
    }
    return parties;
  }

  private static List<String> ids(List<Reference> references) {
    Set<String> ids = new LinkedHashSet<>();
    references.forEach(r -> ids.add(r.actor()));
    return new ArrayList<>(ids);
  }

  /** The first token of the noun phrase that ends in the instrument: "the 2005 SCO-ASEAN". */
  private static int phraseStart(SentenceView view, int first) {
    int i = first - 1;
    while (view.inside(i)) {
      String pos = view.pos(i);
      if (pos.startsWith("NN")
          || pos.startsWith("JJ")
          || pos.equals("CD")
          || pos.equals("HYPH")
          || pos.equals("POS")
          || view.lower(i).equals("-")) {
        i--;
      } else if (pos.equals("DT")) {
        return i;
      } else {
        break;
      }
    }
    return i + 1;
  }

  /**
   * The last token of "between X and Y", "with X", "among X" after the instrument, else its own.
   */
  private static int phraseEnd(SentenceView view, int last) {
    String next = view.lower(last + 1);
    if (!next.equals("between") && !next.equals("with") && !next.equals("among")) {
      return last;
    }
    int i = last + 2;
    while (view.inside(i)) {
      String pos = view.pos(i);
      if (view.lower(i).equals(",")
          || view.lower(i).equals(".")
          || pos.startsWith("VB")
          || pos.equals("IN") && !view.lower(i).equals("of")) {
        break;
      }
      i++;
    }
    return i - 1;
  }

  /** The title runs over the instrument's complement: "MoU on High Impact ... Projects (CDP)". */
  private static int titleEnd(SentenceView view, int last) {
    String next = view.lower(last + 1);
    if (!next.equals("on") && !next.equals("of") && !next.equals("for")) {
      return last;
    }
    int i = last + 2;
    while (view.inside(i)) {
      String pos = view.pos(i);
      if (pos.startsWith("NN")
          || pos.startsWith("JJ")
          || pos.equals("CC")
          || pos.equals("-LRB-")
          || pos.equals("-RRB-")
          || pos.equals("DT")
          || pos.equals("HYPH")) {
        i++;
      } else {
        break;
      }
    }
    return i - 1;
  }

  /** The instrument's clause ends at a verb joined by "and", a semicolon or the sentence's end. */
  private static int clauseEnd(SentenceView view, int from) {
    for (int i = from + 1; i <= view.last(); i++) {
      if (view.lower(i).equals(";")
          || (view.lower(i).equals("and") && view.pos(i + 1).startsWith("VB"))) {
        return i - 1;
      }
    }
    return view.last();
  }

  private static Optional<Place> place(
      Analysis analysis, SentenceView view, AgreementStatus status) {
    if (status != AgreementStatus.SIGNED) {
      return Optional.empty();
    }
    for (Mention mention : analysis.mentionList().in(view.sentence())) {
      if (mention.kind() == MentionKind.CITY) {
        return Optional.of(
            new Place(Optional.empty(), Optional.of(mention.value()), mention.country()));
      }
    }
    return Optional.empty();
  }
}
