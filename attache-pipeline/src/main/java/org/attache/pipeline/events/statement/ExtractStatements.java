package org.attache.pipeline.events.statement;

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
import org.attache.knowledge.KnowledgeBase;
import org.attache.knowledge.StanceLexicon;
import org.attache.knowledge.StanceWord;
import org.attache.model.Area;
import org.attache.model.Meeting;
import org.attache.model.Span;
import org.attache.model.Stance;
import org.attache.model.Statement;
import org.attache.pipeline.actors.OrganisationOfficials;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.DeclaredStage;
import org.attache.pipeline.analysis.Layer;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.analysis.TextNormaliser;
import org.attache.pipeline.events.parties.Collectives;
import org.attache.pipeline.events.parties.MeetingsTold;
import org.attache.pipeline.events.parties.Parties;
import org.attache.pipeline.events.parties.SentenceView;
import org.attache.pipeline.time.DateFinder;
import org.attache.pipeline.time.TemporalMention;

/**
 * Finds statements: each verb of reported speech (stance words of {@code stance-words.tsv} used as
 * verbs) with its speaker (see {@link Speakers}), read as one statement per speaker. The clause
 * said runs from the verb to the next verb of speech; its weightiest stance word gives the stance
 * ("reaffirmed ASEAN's readiness" is intent to cooperate), its actors whom it is about and its
 * wording of areas the areas.
 *
 * <p>Denied acts ("did not criticise") give no statement rather than the opposite one; an act
 * reported inside another's clause with a subject of its own ("X said that Y had rejected ...") is
 * the first speaker's claim, not a statement of Y; hearsay markers ("reportedly") lower the
 * confidence. Only states, organisations, office holders and people taking part in a meeting speak:
 * anyone else in the story is not a diplomatic speaker. The title only announces what the body
 * tells ("Putin Suggests Holding Consultations ..."): no statement is read from it.
 */
public final class ExtractStatements extends DeclaredStage {
  private static final Set<String> TRAILING =
      Set.of("and", "but", "while", "as", "it", "he", "she", "they");

  private final KnowledgeBase knowledge;
  private final StanceLexicon stances;
  private final AreaLexicon areas;
  private final StatementWords words = new StatementWords();
  private final Acts acts;
  private final Speakers speakers;
  private final TrailingAttribution trailing = new TrailingAttribution(words);
  private final ReportedClause reported;
  private final Receptions receptions = new Receptions(words);
  private final DateFinder dates = new DateFinder();
  private final ActChecks checks = new ActChecks(words);

  public ExtractStatements(KnowledgeBase knowledge) {
    super(
        "statements",
        EnumSet.of(Layer.SENTENCES, Layer.MENTIONS, Layer.ACTORS, Layer.HOSTS),
        EnumSet.of(Layer.STATEMENTS));
    this.knowledge = knowledge;
    this.stances = knowledge.stances();
    this.areas = knowledge.areas();
    this.acts = new Acts(stances, words);
    this.reported = new ReportedClause(stances, words);
    this.speakers = new Speakers(words, new Collectives(), knowledge);
  }

  @Override
  public Analysis apply(Analysis analysis) {
    ActorTable actors = analysis.actorTable();
    List<Statement> found = new ArrayList<>();
    Optional<String> lastPerson = Optional.empty();
    Optional<String> author = DocumentAuthor.of(analysis.text(), actors);
    UnnamedOfficials officials = UnnamedOfficials.of(analysis.mentionList(), actors, knowledge);
    MeetingsTold meetings = new MeetingsTold(analysis.events());
    List<String> titleSides = TitleSides.of(analysis);
    int titleEnd =
        analysis.document().title().map(t -> TextNormaliser.normalise(t).length()).orElse(0);
    for (Sentence sentence : analysis.annotatedText().sentences()) {
      if (sentence.span().end() <= titleEnd) {
        continue;
      }
      SentenceView view = new SentenceView(analysis.text(), sentence, actors);
      List<Act> sentenceActs = new ArrayList<>(acts.in(view));
      List<Optional<Speakers.Found>> sentenceSpeakers = new ArrayList<>();
      List<Boolean> kept = new ArrayList<>();
      Optional<Act> previousAct = Optional.empty();
      Optional<Speakers.Found> previous = Optional.empty();
      for (int a = 0; a < sentenceActs.size(); a++) {
        Act act = sentenceActs.get(a);
        Optional<Speakers.Found> speaker =
            speakers.of(
                view,
                act,
                previousAct,
                previous,
                lastPerson,
                author,
                officials,
                meetings,
                actors,
                titleSides);
        boolean embedded =
            speaker.isPresent()
                && previousAct.isPresent()
                && previous.isPresent()
                && speaker.get().subjectToken() >= 0
                && checks.embeddingBetween(
                    view, previousAct.get().lastToken(), speaker.get().subjectToken());
        boolean attribution =
            a > 0
                && a == sentenceActs.size() - 1
                && ActChecks.attributionOnly(view, act, view.last());
        if (speaker.isPresent() && speaker.get().rule().equals(Speakers.QUOTED)) {
          sentenceActs.remove(a);
          a--;
          continue;
        }
        previousAct = Optional.of(act);
        sentenceSpeakers.add(speaker);
        boolean relative =
            speaker.isPresent() && checks.inRelativeClause(view, speaker.get().subjectToken());
        kept.add(speaker.isPresent() && !embedded && !attribution && !relative);
        if (speaker.isPresent() && !embedded && !attribution && !relative) {
          previous = speaker;
        }
      }
      for (int a = 0; a < sentenceActs.size(); a++) {
        Act act = sentenceActs.get(a);
        if (!kept.get(a) || checks.negated(view, act) || ActChecks.scheduled(view, act)) {
          continue;
        }
        int clauseEnd = view.last();
        if (a + 1 < sentenceActs.size()) {
          clauseEnd = sentenceActs.get(a + 1).firstToken() - 1;
          int subject = sentenceSpeakers.get(a + 1).map(Speakers.Found::subjectToken).orElse(-1);
          if (subject > act.lastToken() && subject <= clauseEnd) {
            clauseEnd = subject - 1;
          }
        }
        Speakers.Found speaker = sentenceSpeakers.get(a).orElseThrow();
        if (trailing.newsSource(view, act, clauseEnd) || receptions.receives(view, act, actors)) {
          continue;
        }
        // An official told by title alone ("the Secretary-General") is the "he" or "she" of the
        // next sentences, though the side is the organisation the official stands for.
        boolean official =
            speaker.rule().equals(Speakers.UNNAMED_OFFICIAL)
                || (speaker.subjectToken() >= 0
                    && view.sideAt(speaker.subjectToken())
                        .filter(r -> r.rule().equals(OrganisationOfficials.RULE))
                        .isPresent());
        for (String id : speaker.ids()) {
          if (actors.isPerson(id) || official) {
            lastPerson = Optional.of(id);
          }
        }
        int clauseStart = act.firstToken();
        if (a == 0) {
          Optional<TrailingAttribution.Said> said =
              trailing.before(view, act, clauseEnd, speaker.subjectToken());
          if (said.isPresent()) {
            clauseStart = said.get().first();
            clauseEnd = said.get().last();
          }
        }
        found.addAll(
            statements(
                analysis,
                meetings,
                view,
                act,
                clauseStart,
                clauseEnd,
                speaker,
                checks.hearsay(view, act),
                actors));
      }
    }
    return analysis.withEvents(Layer.STATEMENTS, distinct(found));
  }

  private List<Statement> statements(
      Analysis analysis,
      MeetingsTold meetings,
      SentenceView view,
      Act act,
      int clauseStart,
      int clauseEnd,
      Speakers.Found speaker,
      boolean hearsay,
      ActorTable actors) {
    boolean before = clauseStart < act.firstToken();
    int end = clauseEnd;
    int least = before ? clauseStart : act.lastToken();
    while (end > least
        && (ActChecks.isPunctuation(view.lower(end)) || TRAILING.contains(view.lower(end)))) {
      end--;
    }
    String clause = view.text(clauseStart, end);
    Optional<ReportedClause.Decisive> decisive = reported.decisive(view, act, clauseStart, end);
    if (decisive.isEmpty()) {
      return List.of();
    }
    StanceWord best = decisive.get().word();
    Stance stance = reported.stance(view, decisive.get(), clauseStart, end);
    Set<String> about = new LinkedHashSet<>();
    int aboutStart = before ? clauseStart : act.lastToken() + 1;
    for (Reference reference : view.referencesBetween(aboutStart, end)) {
      if (!namesSomethingElse(view, reference)) {
        about.add(reference.actor());
      }
    }
    List<Area> clauseAreas = new ArrayList<>();
    List<String> areaWords = new ArrayList<>();
    for (AreaMatch match : areas.find(clause)) {
      if (match.counted()) {
        for (Area area : match.areas()) {
          if (!clauseAreas.contains(area)) {
            clauseAreas.add(area);
          }
        }
        areaWords.add(clause.substring(match.start(), match.end()));
      }
    }
    clauseAreas.sort(null);
    Optional<String> date = date(analysis, meetings, view);
    List<Statement> statements = new ArrayList<>();
    for (String id : speaker.ids()) {
      if (!Parties.official(actors, id) && !meetings.takesPart(id)) {
        continue;
      }
      SortedMap<String, String> provenance = new TreeMap<>();
      provenance.put("speaker", "speaker." + speaker.rule());
      provenance.put("stance", "stance-words.tsv: " + best.lemma());
      provenance.put(
          "text",
          (before ? "what was said before the closing verb '" : "clause from the verb '")
              + view.text(act.firstToken(), act.lastToken())
              + "'");
      if (!about.isEmpty()) {
        provenance.put("about", "actors named in the clause");
      }
      if (!areaWords.isEmpty()) {
        provenance.put("areas", "areas.tsv: " + String.join(", ", areaWords));
      }
      if (hearsay) {
        provenance.put("confidence", "hearsay: reported second-hand");
      }
      date.ifPresent(d -> provenance.put("date", "date of the sentence or of the meeting told of"));
      List<String> aboutOthers =
          about.stream()
              .filter(a -> !a.equals(id))
              .filter(a -> Parties.official(actors, a) || meetings.takesPart(a))
              .toList();
      double confidence = (speaker.rule().startsWith("subject") ? 0.8 : 0.65) - (hearsay ? 0.2 : 0);
      statements.add(
          new Statement(
              "statement-" + view.index() + "-" + act.firstToken() + "-" + id,
              date,
              id,
              stance,
              clause,
              aboutOthers,
              clauseAreas,
              Optional.empty(),
              List.of(view.sentence().span()),
              confidence,
              provenance));
    }
    return statements;
  }

  /**
   * Whether the reference only opens the name of something else that is no actor: "the U.S.
   * Geological Survey" is an agency, not the United States.
   */
  private static boolean namesSomethingElse(SentenceView view, Reference reference) {
    int next = reference.lastToken() + 1;
    return view.inside(next) && view.pos(next).startsWith("NNP") && !view.inReference(next);
  }

  /**
   * The sentence's own full date, else the date of the last meeting told of before it, else the
   * publication date.
   */
  private Optional<String> date(Analysis analysis, MeetingsTold meetings, SentenceView view) {
    Optional<LocalDate> published = analysis.document().published();
    for (TemporalMention mention : dates.find(view.text(), published)) {
      if (mention.isFullDate()) {
        return Optional.of(mention.value());
      }
    }
    Optional<String> meetingDate =
        meetings.lastStartingBefore(view.sentence().span().start(), true).flatMap(Meeting::date);
    return meetingDate.or(() -> published.map(Object::toString));
  }

  /** One statement per speaker, stance and sentence. */
  private static List<Statement> distinct(List<Statement> statements) {
    List<Statement> kept = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Statement statement : statements) {
      Span evidence = statement.evidence().get(0);
      String key =
          statement.speaker()
              + "|"
              + statement.stance()
              + "|"
              + evidence.start()
              + "|"
              + statement.text();
      if (seen.add(key)) {
        kept.add(statement);
      }
    }
    return kept;
  }
}
