package org.attache.pipeline.events.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
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
import org.attache.pipeline.Analysis;
import org.attache.pipeline.Layer;
import org.attache.pipeline.Stage;
import org.attache.pipeline.actors.ActorTable;
import org.attache.pipeline.actors.Reference;
import org.attache.pipeline.events.parties.Collectives;
import org.attache.pipeline.events.parties.MeetingsTold;
import org.attache.pipeline.events.parties.Parties;
import org.attache.pipeline.events.parties.SentenceView;
import org.attache.pipeline.events.parties.TokenPhrases;
import org.attache.pipeline.mentions.Mention;
import org.attache.pipeline.mentions.MentionKind;
import org.attache.pipeline.nlp.Sentence;
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
 */
public final class ExtractAgreements implements Stage {
  private static final int WINDOW = 6;
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
    return EnumSet.of(Layer.ACTORS, Layer.HOSTS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.AGREEMENTS);
  }

  @Override
  public Analysis apply(Analysis analysis) {
    ActorTable actors = analysis.actorTable();
    MeetingsTold meetings = new MeetingsTold(analysis.events());
    List<Agreement> found = new ArrayList<>();
    for (Sentence sentence : analysis.annotatedText().sentences()) {
      SentenceView view = new SentenceView(analysis.text(), sentence, actors);
      for (TokenPhrases.Found<Instrument> instrument :
          instruments.in(view, view.first(), view.last())) {
        if (isInstrument(view, instrument)) {
          agreement(analysis, meetings, view, instrument, found.size()).ifPresent(found::add);
        }
      }
    }
    return analysis.withEvents(Layer.AGREEMENTS, Mentions.merge(found));
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

  private Optional<Agreement> agreement(
      Analysis analysis,
      MeetingsTold meetings,
      SentenceView view,
      TokenPhrases.Found<Instrument> instrument,
      int number) {
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
    if (cue.isEmpty() && ownYear.isEmpty()) {
      return Optional.empty();
    }
    SortedMap<String, String> provenance = new TreeMap<>();
    provenance.put("instrument", "instruments.tsv: " + instrument.phrase());
    AgreementStatus status = cue.map(TokenPhrases.Found::value).orElse(AgreementStatus.SIGNED);
    provenance.put(
        "status",
        cue.map(c -> "agreement-cues.tsv: " + c.phrase()).orElse("a year of its own: signed"));
    Optional<String> signed = ownYear;
    if (signed.isPresent()) {
      provenance.put("signed", "the year inside the instrument's phrase");
    } else if (cue.isPresent() && cue.get().value() == AgreementStatus.SIGNED) {
      int cueEnd = view.token(cue.get().lastToken()).end();
      for (TemporalMention date : sentenceDates) {
        int start = offset + date.start();
        if (date.kind() == TemporalMention.Kind.DATE && start >= cueEnd && start - cueEnd <= 12) {
          signed = Optional.of(date.value());
          provenance.put("signed", "the date right after '" + cue.get().phrase() + "'");
          break;
        }
      }
    }
    List<String> parties = parties(analysis, meetings, view, npStart, npEnd, provenance);
    if (parties.isEmpty()) {
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
    return Optional.of(
        new Agreement(
            "agreement-" + number,
            instrument.value(),
            Optional.of(
                view.text(titleStart, Math.max(npEnd, titleEnd(view, instrument.lastToken())))),
            parties,
            signed,
            place,
            new ArrayList<>(found),
            Optional.of(status),
            Optional.empty(),
            List.of(view.sentence().span()),
            cue.isPresent() ? 0.75 : 0.6,
            provenance));
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
      view.sideEndingAt(i).ifPresent(r -> before.add(0, r.actor()));
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
