package org.attache.pipeline.events.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.attache.knowledge.AreaLexicon;
import org.attache.knowledge.AreaMatch;
import org.attache.knowledge.KnowledgeBase;
import org.attache.model.Agreement;
import org.attache.model.AgreementStatus;
import org.attache.model.Area;
import org.attache.model.Instrument;
import org.attache.model.Place;
import org.attache.model.Span;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.Mention;
import org.attache.pipeline.analysis.MentionKind;
import org.attache.pipeline.events.parties.MeetingsTold;
import org.attache.pipeline.events.parties.SentenceView;
import org.attache.pipeline.events.parties.TokenPhrases;
import org.attache.pipeline.time.DateFinder;
import org.attache.pipeline.time.TemporalMention;

/**
 * One instrument told in a sentence: the nearest cue gives its status (a year of its own alone says
 * it was signed); the signing date is a date inside the phrase or right after the signing word,
 * else the meeting told of ({@link SigningDates}); the parties those of {@link AgreementParties};
 * the areas the wording of areas from the instrument to the end of its clause. A plural with a
 * number is that many instruments ({@link Counts}), a plural with a list of subjects one per
 * subject ({@link Subjects}); a plural with the definite article and no cue tells more of
 * instruments counted before it.
 */
final class SentenceAgreement {
  private final AreaLexicon areas;
  private final StatusCues cues;
  private final AgreementParties partiesOf;
  private final DateFinder dates = new DateFinder();

  SentenceAgreement(KnowledgeBase knowledge, StatusCues cues) {
    this.areas = knowledge.areas();
    this.cues = cues;
    this.partiesOf = new AgreementParties(knowledge, cues);
  }

  /**
   * What the sentence tells of the instrument found in it: none where no cue and no year of its own
   * says where it stands, or where no party is named.
   */
  Optional<Told> read(
      Analysis analysis,
      MeetingsTold meetings,
      SigningDates.Meetings dated,
      SentenceView view,
      TokenPhrases.Found<Instrument> instrument,
      Optional<KnownInstruments.Known> name,
      Optional<Span> before) {
    int npStart = InstrumentPhrase.phraseStart(view, instrument.firstToken());
    int npEnd = InstrumentPhrase.phraseEnd(view, instrument.lastToken());
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
    Optional<TokenPhrases.Found<AgreementStatus>> cue = cues.nearest(view, instrument);
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
    List<String> parties = partiesOf.of(analysis, meetings, view, npStart, npEnd, provenance);
    if (name.isPresent() && !name.get().parties().isEmpty()) {
      parties = AgreementParties.known(analysis.actorTable(), name.get(), parties, provenance);
    }
    if (toldAgain) {
      parties = List.of();
    }
    if (parties.isEmpty() && !definite) {
      return Optional.empty();
    }
    int clauseEnd = InstrumentPhrase.clauseEnd(view, instrument.lastToken());
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
                view.text(
                    titleStart,
                    Math.max(npEnd, InstrumentPhrase.titleEnd(view, instrument.lastToken())))),
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
