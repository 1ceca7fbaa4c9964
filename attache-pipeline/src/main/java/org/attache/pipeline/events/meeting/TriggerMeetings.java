package org.attache.pipeline.events.meeting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.attache.model.MeetingFormat;
import org.attache.model.Place;
import org.attache.model.Span;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Mention;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.analysis.Token;
import org.attache.pipeline.analysis.WordLists;
import org.attache.pipeline.time.TemporalMention;

/**
 * The meetings a sentence reports with a meeting word ({@code meeting-triggers.tsv}): one per word,
 * the side before a word bounded by the word before it, the side after it by the word after it. A
 * word joined to the one before by "and" shares its subject ("A was received by B and held talks
 * with C").
 */
final class TriggerMeetings {
  /** Words that open a frame before a sentence's main clause. */
  private static final Set<String> FRAME_OPENERS =
      Set.of("during", "after", "following", "at", "in", "on", "before", "while", "amid");

  /** Words of time and place that may stand between "received" and its guest. */
  private static final Set<String> TIME_WORDS =
      Set.of(
          "today",
          "yesterday",
          "tonight",
          "here",
          "there",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "morning",
          "afternoon",
          "evening");

  private final Triggers triggers = Triggers.load();
  private final Held held = new Held();
  private final Sides sides = new Sides();
  private final MeetingDates dates = new MeetingDates();
  private final MeetingPlaces places;
  private final CollectiveSides collectives = new CollectiveSides();
  private final Counterparts counterparts = new Counterparts();
  private final ListedCounterparts listedCounterparts = new ListedCounterparts();
  private final EarlierSession earlierSession;
  private final Map<String, MeetingFormat> cues = new TreeMap<>();
  private final Set<String> objectNouns = WordLists.load("meeting-object-nouns.txt");

  TriggerMeetings(MeetingPlaces places) {
    this.places = places;
    this.earlierSession = new EarlierSession(dates, places);
    for (List<String> row : WordLists.table("meeting-cues.tsv")) {
      cues.put(row.get(0), MeetingFormat.valueOf(row.get(1).toUpperCase(Locale.ROOT)));
    }
  }

  List<Candidate> read(MeetingSentence s) {
    List<Span> relative = s.relativeClauses();
    List<Triggers.Found> main = new ArrayList<>();
    List<Candidate> candidates = new ArrayList<>();
    Triggers.Found toCome = null;
    for (Triggers.Found trigger : triggers.find(s.sentence())) {
      Held.Verdict verdict = held.verdict(s, trigger);
      if (verdict == Held.Verdict.HELD && toCome != null && sameClause(s, toCome, trigger)) {
        verdict = Held.Verdict.TO_COME;
      }
      if (verdict == Held.Verdict.TO_COME) {
        toCome = trigger;
      }
      if (verdict != Held.Verdict.HELD || !objectFits(s, trigger)) {
        continue;
      }
      Optional<Span> clause = clauseOf(s, trigger, relative);
      if (clause.isEmpty()) {
        main.add(trigger);
      } else {
        relativeClauseMeeting(s, trigger, clause.get()).ifPresent(candidates::add);
      }
    }
    ActorTable actors = s.actors();
    int frameEnd = frameEnd(s);
    List<String> previousLeft = List.of();
    for (int i = 0; i < main.size(); i++) {
      Triggers.Found trigger = main.get(i);
      int leftFrom = i == 0 ? s.first() : main.get(i - 1).lastToken() + 1;
      if (trigger.firstToken() > frameEnd) {
        leftFrom = Math.max(leftFrom, frameEnd + 1);
      }
      if (FirstPersonOwner.owns(s, trigger)) {
        leftFrom = trigger.firstToken();
      }
      int rightTo = i + 1 < main.size() ? main.get(i + 1).firstToken() - 1 : s.last();
      List<String> left = sides.between(s, leftFrom, trigger.firstToken() - 1, true, relative);
      boolean joined = i > 0 && !previousLeft.isEmpty();
      if (joined && SharedSubject.shares(s, main.get(i - 1), trigger)) {
        left = previousLeft;
      }
      if (left.isEmpty() && i > 0 && coordinated(s, main.get(i - 1), trigger)) {
        left = previousLeft;
      }
      if (left.isEmpty() && Held.framed(s, trigger)) {
        left = mainClauseSubject(s, trigger, rightTo);
      }
      boolean objectIsTheMeeting = trigger.trigger().pattern() == Trigger.Pattern.PARTICIPATE;
      List<String> right =
          objectIsTheMeeting || topicFollows(s, trigger, left, actors)
              ? List.of()
              : sides.between(s, trigger.lastToken() + 1, rightTo, false, relative);
      if (left.isEmpty() && right.isEmpty()) {
        left = collectives.jointSubjectBefore(s, leftFrom, rightTo);
      }
      if (right.isEmpty()) {
        right = VisitToTheCountry.destination(s, trigger);
      }
      Optional<OwnedVisit> owned = OwnedVisit.of(s, trigger);
      if (owned.isPresent()) {
        left = List.of(owned.get().owner());
        if (right.isEmpty() && owned.get().state().isPresent()) {
          right = List.of(owned.get().state().get());
        }
      }
      Optional<VisitOf.Visit> visitOf = VisitOf.find(s, trigger);
      if (visitOf.isPresent()) {
        left = List.of(visitOf.get().visitor());
        right = List.of(visitOf.get().destination());
      }
      previousLeft = left;
      Candidate.Told told =
          Held.anaphoric(s, trigger) && visitOf.isEmpty()
              ? Candidate.Told.REFERS_BACK
              : Candidate.Told.REPORTED;
      Optional<EarlierSession.Session> session =
          objectIsTheMeeting ? earlierSession.of(s, trigger) : Optional.empty();
      if (session.isPresent()) {
        right = session.get().organisation().map(List::of).orElse(List.of());
      }
      for (List<String> counterparts : groups(s, trigger, left, right)) {
        candidate(s, trigger, left, counterparts, told, Optional.empty())
            .map(c -> session.map(c::heldAt).orElse(c))
            .ifPresent(candidates::add);
      }
    }
    return FramingVisits.without(candidates, actors);
  }

  /**
   * The counterparts of the side before a meeting word, one group per meeting: those a later
   * sentence lists ({@link ListedCounterparts}) each alone, else as {@link Counterparts} reads
   * them.
   */
  private List<List<String>> groups(
      MeetingSentence s, Triggers.Found trigger, List<String> left, List<String> right) {
    Optional<List<String>> listed =
        trigger.trigger().pattern() == Trigger.Pattern.PARTICIPATE
            ? Optional.empty()
            : listedCounterparts.of(s, trigger);
    if (listed.isEmpty()) {
      return counterparts.of(s, trigger, left, right);
    }
    return listed.get().stream().filter(id -> !left.contains(id)).map(List::of).toList();
  }

  /**
   * Where a sentence's opening frame ("During a visit to the UK, ...", "On Monday, ...") ends: its
   * first comma; before the sentence's first token if it opens with none. The frame names no side
   * of the main clause's meeting.
   */
  private static int frameEnd(MeetingSentence s) {
    if (!FRAME_OPENERS.contains(s.word(s.first()))) {
      return s.first() - 1;
    }
    for (int i = s.first() + 1; i <= s.last(); i++) {
      if (s.word(i).equals(",")) {
        return i;
      }
    }
    return s.first() - 1;
  }

  /** Whether nothing but words of one clause stands between two meeting words. */
  private static boolean sameClause(
      MeetingSentence s, Triggers.Found before, Triggers.Found after) {
    for (int i = before.lastToken() + 1; i < after.firstToken(); i++) {
      String word = s.word(i);
      if (word.equals(",") || word.equals(";") || s.token(i).isVerb()) {
        return false;
      }
    }
    return true;
  }

  /** The meeting of sides before and after a meeting word, if there are two sides or more. */
  private Optional<Candidate> candidate(
      MeetingSentence s,
      Triggers.Found trigger,
      List<String> left,
      List<String> right,
      Candidate.Told told,
      Optional<Span> clause) {
    if (left.size() + right.size() < 1) {
      return Optional.empty();
    }
    Set<String> hosts = new LinkedHashSet<>();
    switch (trigger.trigger().pattern()) {
      case RECEIVE -> hosts.addAll(left);
      case RECEIVED_BY -> hosts.addAll(right);
      case MEET, VISIT, PARTICIPATE -> {}
    }
    List<String> all = new ArrayList<>(left);
    right.stream().filter(id -> !all.contains(id)).forEach(all::add);
    Optional<MeetingFormat> format = trigger.trigger().format().or(() -> cue(s));
    Optional<TemporalMention> date = dates.near(s, trigger.firstToken(), clause);
    Map<String, String> provenance = new TreeMap<>();
    provenance.put("participants", trigger.trigger().rule());
    date.ifPresent(d -> provenance.put("date", "date.in_sentence"));
    if (date.isEmpty() && RecalledVisit.recalled(s, trigger)) {
      provenance.put("date", RecalledVisit.UNDATED);
    }
    Optional<Place> place = places.in(s, trigger.firstToken());
    place.ifPresent(p -> provenance.put("place", "place.in_sentence"));
    return Optional.of(
        new Candidate(
            List.of(s.sentence().span()),
            all,
            hosts,
            date.map(TemporalMention::value),
            place,
            format,
            trigger.trigger().cameo(),
            provenance,
            left.size() + right.size() < 2 ? Candidate.Told.ONE_SIDE : told));
  }

  /** The relative clause (", who ... ,") the meeting word stands in, if any. */
  private static Optional<Span> clauseOf(
      MeetingSentence s, Triggers.Found trigger, List<Span> relative) {
    int start = s.token(trigger.firstToken()).start();
    return relative.stream().filter(r -> r.start() <= start && start < r.end()).findFirst();
  }

  /**
   * "A, who met with B, said ...", "B, who is on a visit to C, ...": the meeting of a relative
   * clause about a person, whose sides are that person and those the clause names after its word.
   */
  private Optional<Candidate> relativeClauseMeeting(
      MeetingSentence s, Triggers.Found trigger, Span clause) {
    int who = s.firstTokenAfter(clause.start());
    if (!s.word(who).equals("who")) {
      return Optional.empty();
    }
    List<String> antecedent = List.of();
    for (Reference reference : s.references()) {
      if (reference.lastToken() == who - 2 && s.actors().isPerson(reference.actor())) {
        antecedent = List.of(reference.actor());
      }
    }
    if (antecedent.isEmpty()) {
      return Optional.empty();
    }
    int clauseEnd = s.firstTokenAfter(clause.end()) - 1;
    List<String> right = sides.between(s, trigger.lastToken() + 1, clauseEnd, false, List.of());
    return candidate(s, trigger, antecedent, right, Candidate.Told.REPORTED, Optional.of(clause));
  }

  /**
   * Whether what follows "received" or "hosted" can be a guest: a name, a title or description, or
   * a word such as "delegation" ({@code meeting-object-nouns.txt}); "hosting millions of refugees"
   * and "hosted the session" report no meeting of the host with anyone.
   */
  private boolean objectFits(MeetingSentence s, Triggers.Found trigger) {
    String lemma = s.lemma(trigger.firstToken());
    boolean receiving = lemma.equals("receive") || lemma.equals("host") || lemma.equals("welcome");
    if (!receiving || trigger.firstToken() != trigger.lastToken()) {
      return true;
    }
    for (int i = trigger.lastToken() + 1; i <= s.last(); i++) {
      int end = -1;
      for (Reference reference : s.references()) {
        if (reference.firstToken() <= i && i <= reference.lastToken()) {
          end = Math.max(end, reference.lastToken());
        }
      }
      for (Mention mention : s.mentions()) {
        if (mention.firstToken() <= i && i <= mention.lastToken()) {
          end = Math.max(end, mention.lastToken());
        }
      }
      if (end >= 0) {
        // The guest heads the phrase: not "welcomed Kazakhstan's initiative".
        String after = s.word(end + 1);
        boolean owner = s.pos(end + 1).equals("POS") || after.equals("'s") || after.equals("’s");
        boolean thing =
            s.pos(end + 1).startsWith("NN")
                && after.equals(s.token(end + 1).text())
                && !objectNouns.contains(after);
        return !owner && !thing;
      }
      String pos = s.pos(i);
      if (TIME_WORDS.contains(s.word(i)) || pos.startsWith("NNP")) {
        continue;
      }
      if (pos.startsWith("NN") || pos.equals("PRP") || pos.startsWith("VB")) {
        return objectNouns.contains(s.word(i)) || pos.equals("PRP");
      }
    }
    return false;
  }

  /** Whether only "and" (and commas) stands between two meeting words. */
  private static boolean coordinated(
      MeetingSentence s, Triggers.Found before, Triggers.Found after) {
    boolean and = false;
    for (int i = before.lastToken() + 1; i < after.firstToken(); i++) {
      and = and || s.word(i).equals("and");
    }
    return and;
  }

  /** "After talks with B in X, A wrote ...": the side named after the frame's comma. */
  private List<String> mainClauseSubject(MeetingSentence s, Triggers.Found trigger, int limit) {
    int comma = -1;
    for (int i = trigger.lastToken() + 1; i <= limit; i++) {
      if (s.word(i).equals(",")) {
        comma = i;
        break;
      }
    }
    if (comma < 0) {
      return List.of();
    }
    int verb = limit;
    for (int i = comma + 1; i <= limit; i++) {
      if (s.token(i).isVerb()) {
        verb = i - 1;
        break;
      }
    }
    return sides.between(s, comma + 1, verb, true, List.of());
  }

  /**
   * Whether what follows the meeting word is its topic, not a side: "A and B talked about X", "A
   * held talks on X".
   */
  private static boolean topicFollows(
      MeetingSentence s, Triggers.Found found, List<String> left, ActorTable actors) {
    if (found.trigger().pattern() != Trigger.Pattern.MEET) {
      return false;
    }
    String next = s.word(found.lastToken() + 1);
    if (s.word(found.lastToken()).equals("with")) {
      return false;
    }
    if (next.equals("about") || next.equals("on") || next.equals("over") || next.equals("of")) {
      return true;
    }
    long people = left.stream().filter(actors::isPerson).count();
    return people >= 2 && !next.equals("with");
  }

  private Optional<MeetingFormat> cue(MeetingSentence s) {
    for (Token token : s.sentence().tokens()) {
      MeetingFormat format = cues.get(Triggers.lemma(token));
      if (format != null) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
