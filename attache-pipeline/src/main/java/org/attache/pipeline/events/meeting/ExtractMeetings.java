package org.attache.pipeline.events.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.attache.knowledge.KnowledgeBase;
import org.attache.model.Codes;
import org.attache.model.Meeting;
import org.attache.model.MeetingFormat;
import org.attache.model.Participant;
import org.attache.model.Place;
import org.attache.model.Role;
import org.attache.model.Span;
import org.attache.pipeline.Analysis;
import org.attache.pipeline.Layer;
import org.attache.pipeline.Stage;
import org.attache.pipeline.WordLists;
import org.attache.pipeline.actors.ActorTable;
import org.attache.pipeline.actors.Reference;
import org.attache.pipeline.mentions.Mention;
import org.attache.pipeline.mentions.MentionKind;
import org.attache.pipeline.nlp.Sentence;
import org.attache.pipeline.nlp.Token;
import org.attache.pipeline.time.DateFinder;
import org.attache.pipeline.time.TemporalMention;

/**
 * Finds meetings, visits, talks, calls and receptions. A sentence with a meeting word ({@code
 * meeting-triggers.tsv}) gives a candidate whose sides are the actors referred to before and after
 * the word; the candidates of a document that share a person and agree on the date are one meeting
 * (the headline and the body usually report the same one). A meeting needs two sides or more, one
 * of them a person with a post or a state or organisation.
 */
public final class ExtractMeetings implements Stage {
  /** Words before a date that make it the date of something else ("since April 2016"). */
  private static final Set<String> NOT_EVENT_DATE = Set.of("since", "until", "till", "from");

  private static final Set<String> MEETING_NOUNS =
      Set.of("meeting", "talk", "consultation", "negotiation", "visit", "summit", "conversation");

  /**
   * How far back, in characters, a report of a meeting is compared with the meetings reported
   * before it: far more than any article, so that only digests of many articles are affected.
   */
  public static final int MERGE_REACH = 100_000;

  private static final Set<String> NOUN_FRAMES = Set.of("during", "after", "following", "at");
  private static final Set<String> PLACE_FILLERS =
      Set.of("the", "capital", "city", "of", "'s", "’s");
  private final KnowledgeBase knowledge;
  private final int mergeReach;
  private final Triggers triggers = Triggers.load();
  private final Venues venues = Venues.load();
  private final Set<String> notHeld = WordLists.load("meeting-not-held.txt");
  private final Set<String> clauseEnds = WordLists.load("clause-ends.txt");
  private final Set<String> venueNouns = WordLists.load("venue-nouns.txt");
  private final Map<String, MeetingFormat> cues = new TreeMap<>();
  private final DateFinder dates = new DateFinder();

  public ExtractMeetings(KnowledgeBase knowledge) {
    this(knowledge, MERGE_REACH);
  }

  /**
   * Meetings whose reports are joined within {@code mergeReach} characters rather than {@link
   * #MERGE_REACH}.
   *
   * @throws IllegalArgumentException if the reach is not positive
   */
  public ExtractMeetings(KnowledgeBase knowledge, int mergeReach) {
    if (mergeReach < 1) {
      throw new IllegalArgumentException("mergeReach must be positive: " + mergeReach);
    }
    this.mergeReach = mergeReach;
    this.knowledge = knowledge;
    for (List<String> row : WordLists.table("meeting-cues.tsv")) {
      cues.put(row.get(0), MeetingFormat.valueOf(row.get(1).toUpperCase(java.util.Locale.ROOT)));
    }
  }

  @Override
  public String name() {
    return "meetings";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.SENTENCES, Layer.MENTIONS, Layer.ACTORS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.MEETINGS);
  }

  @Override
  public Analysis apply(Analysis analysis) {
    ActorTable actors = analysis.actorTable();
    Optional<LocalDate> published = analysis.document().published();
    List<Candidate> candidates = new ArrayList<>();
    for (Sentence sentence : analysis.annotatedText().sentences()) {
      candidates.addAll(candidates(analysis, actors, sentence, published));
    }
    List<Candidate> merged = merge(candidates, actors, mergeReach);
    List<Candidate> kept = new ArrayList<>();
    for (Candidate candidate : merged) {
      if (diplomatic(candidate, actors)) {
        kept.add(candidate);
      }
    }
    Optional<Place> told = placeToldApart(analysis, actors);
    List<Meeting> meetings = new ArrayList<>();
    for (Candidate candidate : kept) {
      boolean only = kept.size() == 1;
      meetings.add(
          toMeeting(
              only && candidate.place().isEmpty() ? candidate.placed(told) : candidate, published));
    }
    return analysis.withEvents(Layer.MEETINGS, meetings);
  }

  /**
   * The meetings one sentence reports: one per meeting word, the side before a word bounded by the
   * word before it, the side after it by the word after it. A word joined to the one before by
   * "and" shares its subject ("A was received by B and held talks with C").
   */
  private List<Candidate> candidates(
      Analysis analysis, ActorTable actors, Sentence sentence, Optional<LocalDate> published) {
    List<Triggers.Found> found = new ArrayList<>();
    for (Triggers.Found trigger : triggers.find(sentence)) {
      if (!notHeld(sentence, trigger)
          && !bareNoun(sentence, trigger)
          && !inRelativeClause(sentence, trigger)) {
        found.add(trigger);
      }
    }
    List<Reference> references = actors.referencesIn(sentence.index());
    int sentenceEnd = sentence.firstToken() + sentence.tokens().size() - 1;
    List<Candidate> candidates = new ArrayList<>();
    List<String> previousLeft = List.of();
    for (int i = 0; i < found.size(); i++) {
      Triggers.Found trigger = found.get(i);
      int leftFrom = i == 0 ? sentence.firstToken() : found.get(i - 1).lastToken() + 1;
      int rightTo = i + 1 < found.size() ? found.get(i + 1).firstToken() - 1 : sentenceEnd;
      List<String> left =
          side(actors, references, sentence, leftFrom, trigger.firstToken() - 1, true);
      if (left.isEmpty() && i > 0 && coordinated(sentence, found.get(i - 1), trigger)) {
        left = previousLeft;
      }
      if (left.isEmpty() && framed(sentence, trigger)) {
        left = mainClauseSubject(actors, references, sentence, trigger, rightTo);
      }
      boolean objectIsTheMeeting = trigger.trigger().pattern() == Trigger.Pattern.PARTICIPATE;
      List<String> right =
          objectIsTheMeeting || topicFollows(sentence, trigger, left, actors)
              ? List.of()
              : side(actors, references, sentence, trigger.lastToken() + 1, rightTo, false);
      previousLeft = left;
      if (left.size() + right.size() < 2) {
        continue;
      }
      Set<String> hosts = new LinkedHashSet<>();
      switch (trigger.trigger().pattern()) {
        case RECEIVE -> hosts.addAll(left);
        case RECEIVED_BY -> hosts.addAll(right);
        case MEET, VISIT, PARTICIPATE -> {}
      }
      List<String> all = new ArrayList<>(left);
      right.stream().filter(id -> !all.contains(id)).forEach(all::add);
      Optional<MeetingFormat> format = trigger.trigger().format().or(() -> cue(sentence));
      Optional<TemporalMention> date = date(analysis, sentence, trigger, published);
      Map<String, String> provenance = new TreeMap<>();
      provenance.put("participants", trigger.trigger().rule());
      date.ifPresent(d -> provenance.put("date", "date.in_sentence"));
      Optional<Place> place = place(analysis, actors, sentence);
      place.ifPresent(p -> provenance.put("place", "place.in_sentence"));
      candidates.add(
          new Candidate(
              List.of(sentence.span()),
              all,
              hosts,
              date.map(TemporalMention::value),
              place,
              format,
              trigger.trigger().cameo(),
              provenance));
    }
    return candidates;
  }

  /**
   * Where a sentence of its own says the meeting was held: "The meeting is being held at the Arab
   * League's headquarters", "The first round of consultations was held in Baku". It places the
   * document's meeting when that is the only one and its own sentences say nowhere.
   */
  private Optional<Place> placeToldApart(Analysis analysis, ActorTable actors) {
    for (Sentence sentence : analysis.annotatedText().sentences()) {
      boolean meetingNoun = false;
      boolean held = false;
      for (Token token : sentence.tokens()) {
        String lemma = Triggers.lemma(token);
        meetingNoun =
            meetingNoun || (token.pos().startsWith("NN") && MEETING_NOUNS.contains(lemma));
        held =
            held
                || (token.pos().startsWith("VB") && (lemma.equals("hold") || lemma.equals("take")));
      }
      if (meetingNoun && held) {
        Optional<Place> place = place(analysis, actors, sentence);
        if (place.isPresent()) {
          return place;
        }
      }
    }
    return Optional.empty();
  }

  /** Whether only "and" (and commas) stands between two meeting words. */
  private static boolean coordinated(
      Sentence sentence, Triggers.Found before, Triggers.Found after) {
    boolean and = false;
    for (int i = before.lastToken() + 1; i < after.firstToken(); i++) {
      String word = word(sentence, i);
      and = and || word.equals("and");
    }
    return and;
  }

  /** "During the meeting, the heads of state will sum up ...": the frame's clause is to come. */
  private static boolean futureAfter(Sentence sentence, Triggers.Found trigger) {
    int end = sentence.firstToken() + sentence.tokens().size();
    for (int i = trigger.lastToken() + 1; i < end; i++) {
      Token token = sentence.token(i);
      String word = token.text().toLowerCase(java.util.Locale.ROOT);
      if (token.pos().equals("MD") && (word.equals("will") || word.equals("shall"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean framed(Sentence sentence, Triggers.Found trigger) {
    for (int i = trigger.firstToken() - 1; i >= trigger.firstToken() - 3; i--) {
      if (NOUN_FRAMES.contains(word(sentence, i))) {
        return true;
      }
    }
    return false;
  }

  /** "After talks with B in X, A wrote ...": the side named after the frame's comma. */
  private List<String> mainClauseSubject(
      ActorTable actors,
      List<Reference> references,
      Sentence sentence,
      Triggers.Found trigger,
      int limit) {
    int comma = -1;
    for (int i = trigger.lastToken() + 1; i <= limit; i++) {
      if (word(sentence, i).equals(",")) {
        comma = i;
        break;
      }
    }
    if (comma < 0) {
      return List.of();
    }
    int verb = limit;
    for (int i = comma + 1; i <= limit; i++) {
      if (sentence.token(i).isVerb()) {
        verb = i - 1;
        break;
      }
    }
    return side(actors, references, sentence, comma + 1, verb, true);
  }

  /**
   * Whether what follows the meeting word is its topic, not a side: "A and B talked about X", "A
   * held talks on X".
   */
  private static boolean topicFollows(
      Sentence sentence, Triggers.Found found, List<String> left, ActorTable actors) {
    if (found.trigger().pattern() != Trigger.Pattern.MEET) {
      return false;
    }
    String next = word(sentence, found.lastToken() + 1);
    if (next.equals("about") || next.equals("on") || next.equals("over") || next.equals("of")) {
      return true;
    }
    long people = left.stream().filter(actors::isPerson).count();
    return people >= 2 && !next.equals("with");
  }

  /**
   * A meeting noun alone ("the Council meeting") names a meeting without saying who held it; it
   * counts only as "meeting with ..." or "talks between ...", or where the sentence is framed by it
   * ("During the talks, A and B ...", "After talks in Beijing, A and B ...").
   */
  private static boolean bareNoun(Sentence sentence, Triggers.Found found) {
    if (found.firstToken() != found.lastToken()) {
      return false;
    }
    Token token = sentence.token(found.firstToken());
    if (!token.pos().startsWith("NN")) {
      return false;
    }
    String next = word(sentence, found.lastToken() + 1);
    if (next.equals("with") || next.equals("between")) {
      return false;
    }
    if (found.trigger().pattern() == Trigger.Pattern.VISIT && next.equals("to")) {
      return false;
    }
    for (int i = found.firstToken() - 1; i >= found.firstToken() - 3; i--) {
      if (NOUN_FRAMES.contains(word(sentence, i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The date the sentence gives its meeting: of the point dates outside the dateline and outside
   * relative clauses ("X, who arrived on Sunday, met Y"), the one nearest the meeting word.
   */
  private Optional<TemporalMention> date(
      Analysis analysis, Sentence sentence, Triggers.Found found, Optional<LocalDate> published) {
    int offset = sentence.span().start();
    int datelineEnd = datelineEnd(analysis, sentence);
    List<Span> relative = new ArrayList<>(relativeClauses(sentence));
    relative.addAll(sinceClauses(sentence));
    int trigger = sentence.token(found.firstToken()).start();
    TemporalMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TemporalMention mention : dates.find(sentence.text(analysis.text()), published)) {
      int start = offset + mention.start();
      if (mention.kind() != TemporalMention.Kind.DATE || start < datelineEnd) {
        continue;
      }
      if (relative.stream().anyMatch(r -> r.start() <= start && start < r.end())) {
        continue;
      }
      if (NOT_EVENT_DATE.contains(wordBefore(analysis.text(), start))) {
        continue;
      }
      int distance = Math.abs(start - trigger);
      if (distance < bestDistance) {
        best = mention;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean inRelativeClause(Sentence sentence, Triggers.Found found) {
    int start = sentence.token(found.firstToken()).start();
    return relativeClauses(sentence).stream().anyMatch(r -> r.start() <= start && start < r.end());
  }

  /** The word that ends just before the offset, in lower case. */
  private static String wordBefore(String text, int offset) {
    int end = offset;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * "since he took office in April 2016": a clause opened by "since" dates something else. It runs
   * to the next comma or the end of the sentence.
   */
  private static List<Span> sinceClauses(Sentence sentence) {
    List<Span> clauses = new ArrayList<>();
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      boolean since = tokens.get(i).text().equalsIgnoreCase("since");
      boolean clause =
          tokens.get(i + 1).pos().startsWith("PRP")
              || tokens.get(i + 1).isProperNoun()
              || tokens.get(i + 1).pos().equals("DT");
      if (!since || !clause) {
        continue;
      }
      int end = tokens.size() - 1;
      for (int j = i + 1; j < tokens.size(); j++) {
        if (tokens.get(j).text().equals(",")) {
          end = j;
          break;
        }
      }
      clauses.add(new Span(tokens.get(i).start(), tokens.get(end).end()));
    }
    return clauses;
  }

  /** ", who ... ," and ", which ... ,": the clauses that say something else about a side. */
  private static List<Span> relativeClauses(Sentence sentence) {
    List<Span> clauses = new ArrayList<>();
    List<Token> tokens = sentence.tokens();
    for (int i = 1; i < tokens.size(); i++) {
      String word = tokens.get(i).text().toLowerCase(java.util.Locale.ROOT);
      if (!tokens.get(i - 1).text().equals(",")
          || !(word.equals("who") || word.equals("which") || word.equals("where"))) {
        continue;
      }
      int end = tokens.size() - 1;
      for (int j = i + 1; j < tokens.size(); j++) {
        if (tokens.get(j).text().equals(",")) {
          end = j;
          break;
        }
      }
      clauses.add(new Span(tokens.get(i).start(), tokens.get(end).end()));
    }
    return clauses;
  }

  private boolean notHeld(Sentence sentence, Triggers.Found found) {
    if (framed(sentence, found) && futureAfter(sentence, found)) {
      return true;
    }
    for (int i = found.firstToken() - 1; i >= found.firstToken() - 2; i--) {
      if (i < sentence.firstToken()) {
        break;
      }
      String word = sentence.token(i).text().toLowerCase(java.util.Locale.ROOT);
      if (notHeld.contains(word) || notHeld.contains(Triggers.lemma(sentence.token(i)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The actors on one side of the trigger: people where the side names any, else the states and
   * organisations it names. Qualifiers of posts and venues do not count.
   */
  private List<String> side(
      ActorTable actors,
      List<Reference> references,
      Sentence sentence,
      int from,
      int to,
      boolean left) {
    int start = from;
    int end = to;
    if (left) {
      for (int i = to; i >= from; i--) {
        if (sentence.token(i).text().equals(";")) {
          start = i + 1;
          break;
        }
      }
    } else {
      for (int i = from; i <= to; i++) {
        Token token = sentence.token(i);
        String word = token.text().toLowerCase(java.util.Locale.ROOT);
        boolean purpose =
            word.equals("to") && i + 1 <= to && sentence.token(i + 1).pos().equals("VB");
        if (clauseEnds.contains(word) || purpose) {
          end = i - 1;
          break;
        }
      }
    }
    List<String> people = new ArrayList<>();
    List<String> parties = new ArrayList<>();
    for (Reference reference : references) {
      if (reference.qualifier() || reference.firstToken() < start || reference.lastToken() > end) {
        continue;
      }
      if (isVenue(sentence, reference)) {
        continue;
      }
      // "the ambassadors of A and B": unnamed people, who stand beside the named ones.
      boolean unnamedPeople = reference.rule().equals("coref.plural_description");
      List<String> target = actors.isPerson(reference.actor()) || unnamedPeople ? people : parties;
      if (!target.contains(reference.actor())) {
        target.add(reference.actor());
      }
    }
    return people.isEmpty() ? parties : people;
  }

  private boolean isVenue(Sentence sentence, Reference reference) {
    int next = reference.lastToken() + 1;
    if (next >= sentence.firstToken() + sentence.tokens().size()) {
      return false;
    }
    return venueNouns.contains(sentence.token(next).text().toLowerCase(java.util.Locale.ROOT));
  }

  private Optional<MeetingFormat> cue(Sentence sentence) {
    for (Token token : sentence.tokens()) {
      MeetingFormat format = cues.get(Triggers.lemma(token));
      if (format != null) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /** "in CITY", "in STATE", "at the ORG Secretariat": where the sentence says it happened. */
  private Optional<Place> place(Analysis analysis, ActorTable actors, Sentence sentence) {
    Optional<Place> known = venues.find(sentence.text(analysis.text()));
    if (known.isPresent()) {
      return known;
    }
    List<Mention> mentions = analysis.mentionList().in(sentence);
    for (Mention mention : mentions) {
      boolean located = located(sentence, mention.firstToken());
      if (mention.kind() == MentionKind.CITY && located) {
        return Optional.of(
            new Place(Optional.empty(), Optional.of(mention.value()), mention.country()));
      }
      String after = word(sentence, mention.lastToken() + 1);
      String last = word(sentence, mention.lastToken());
      boolean venue = venueNouns.contains(after) || venueNouns.contains(last);
      if (mention.kind() == MentionKind.ORGANISATION && venue) {
        int end =
            venueNouns.contains(after)
                ? sentence.token(mention.lastToken() + 1).end()
                : mention.span().end();
        String name = analysis.text().substring(mention.span().start(), end);
        Optional<Place> seat =
            knowledge
                .seat(mention.value())
                .map(
                    l ->
                        new Place(
                            Optional.of(name), Optional.of(l.city()), Optional.of(l.country())));
        if (seat.isPresent()) {
          return seat;
        }
      }
    }
    for (Mention mention : mentions) {
      String before = word(sentence, mention.firstToken() - 1);
      if (mention.kind() == MentionKind.STATE
          && !isQualifier(actors, mention)
          && (before.equals("in") || before.equals("to"))) {
        return Optional.of(
            new Place(Optional.empty(), Optional.empty(), Optional.of(mention.value())));
      }
    }
    return Optional.empty();
  }

  /** "in X", "at X", "in the capital X", "in the city of X": a place word before the token. */
  private static boolean located(Sentence sentence, int token) {
    for (int i = token - 1; i >= token - 4; i--) {
      String word = word(sentence, i);
      if (word.equals("in") || word.equals("at")) {
        return true;
      }
      if (!PLACE_FILLERS.contains(word)) {
        return false;
      }
    }
    return false;
  }

  private static boolean isQualifier(ActorTable actors, Mention mention) {
    return actors.qualifies(mention.span());
  }

  /**
   * Where the dateline of a sentence ends ("TEHRAN, Oct. 09 (MNA) –"): the first dash or closing
   * parenthesis after a city that opens the sentence; the sentence's start if it has none.
   */
  private static int datelineEnd(Analysis analysis, Sentence sentence) {
    List<Mention> mentions = analysis.mentionList().in(sentence);
    boolean opensWithCity =
        !mentions.isEmpty()
            && mentions.get(0).kind() == MentionKind.CITY
            && mentions.get(0).firstToken() == sentence.firstToken();
    if (!opensWithCity) {
      return sentence.span().start();
    }
    int limit = Math.min(sentence.tokens().size(), 12);
    for (int i = 0; i < limit; i++) {
      String word = sentence.tokens().get(i).text();
      if (word.equals("–") || word.equals("—") || word.equals("-") || word.equals("--")) {
        return sentence.tokens().get(i).end();
      }
    }
    return sentence.span().start();
  }

  private static String word(Sentence sentence, int index) {
    if (index < sentence.firstToken()
        || index >= sentence.firstToken() + sentence.tokens().size()) {
      return "";
    }
    return sentence.token(index).text().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Joins candidates that share a person (or, without people, a party) and agree on the date. A
   * candidate is compared with the meetings reported within {@code reach} characters before it, the
   * first of them that matches taking it: in a long digest, reports far apart are of different
   * meetings, and comparing each report with every other would cost the square of the document's
   * length.
   */
  private static List<Candidate> merge(List<Candidate> candidates, ActorTable actors, int reach) {
    List<Merging> merged = new ArrayList<>();
    List<Merging> open = new ArrayList<>();
    for (Candidate candidate : candidates) {
      int at = candidate.evidence().get(0).start();
      Merging target = null;
      int kept = 0;
      for (Merging existing : open) {
        if (existing.latest() < at - reach) {
          continue;
        }
        open.set(kept++, existing);
        if (target == null && existing.takes(candidate, actors)) {
          target = existing;
        }
      }
      open.subList(kept, open.size()).clear();
      if (target == null) {
        Merging started = new Merging(candidate);
        merged.add(started);
        open.add(started);
      } else {
        target.add(candidate, actors);
      }
    }
    List<Candidate> result = new ArrayList<>();
    for (Merging meeting : merged) {
      result.add(meeting.candidate());
    }
    return result;
  }

  /**
   * A meeting being joined from its reports: the fields as {@link Candidate#merge} gives them, and
   * the evidence gathered in one list rather than copied at each report.
   */
  private static final class Merging {
    private Candidate joined;
    private final List<Span> evidence;

    Merging(Candidate first) {
      this.joined = first;
      this.evidence = new ArrayList<>(first.evidence());
    }

    /** The start of the latest report joined. */
    int latest() {
      return evidence.get(evidence.size() - 1).start();
    }

    boolean takes(Candidate candidate, ActorTable actors) {
      boolean same =
          !evidence.equals(candidate.evidence())
              && (joined.sameSides(candidate, actors) || joined.samePeople(candidate, actors));
      return same && datesAgree(joined.date(), candidate.date());
    }

    void add(Candidate later, ActorTable actors) {
      joined = joined.merge(later).peopleOnly(actors);
      evidence.addAll(later.evidence());
    }

    Candidate candidate() {
      return joined.withEvidence(evidence);
    }
  }

  /**
   * What a report that gives no date says of its meeting: it was held shortly before publication,
   * so in the month of publication, or, in a month's first days, in its year.
   */
  static String publicationPeriod(LocalDate published) {
    return published.getDayOfMonth() > 3
        ? published.toString().substring(0, 7)
        : String.valueOf(published.getYear());
  }

  static boolean datesAgree(Optional<String> a, Optional<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    return a.get().startsWith(b.get()) || b.get().startsWith(a.get());
  }

  /** A meeting needs a side that is a person with a post, or a state or organisation. */
  private static boolean diplomatic(Candidate candidate, ActorTable actors) {
    for (String id : candidate.participants()) {
      boolean official =
          actors.actor(id).map(a -> !a.posts().isEmpty() || a.code().isPresent()).orElse(false);
      if (official) {
        return true;
      }
    }
    return false;
  }

  private static Meeting toMeeting(Candidate candidate, Optional<LocalDate> published) {
    Map<String, String> provenance = new TreeMap<>(candidate.provenance());
    Optional<String> date = candidate.date();
    if (date.isEmpty() && published.isPresent()) {
      date = Optional.of(publicationPeriod(published.get()));
      provenance.put("date", "date.publication_period");
    }
    Optional<Place> place = candidate.place();
    Set<String> hosts = candidate.hosts();
    if (!hosts.isEmpty()) {
      provenance.put("hosts", provenance.get("participants"));
    }
    List<Participant> participants = new ArrayList<>();
    for (String id : candidate.participants()) {
      Role role = hosts.isEmpty() ? Role.PARTICIPANT : hosts.contains(id) ? Role.HOST : Role.GUEST;
      participants.add(new Participant(id, role));
    }
    String cameo = candidate.cameo();
    Optional<MeetingFormat> format =
        candidate.format().or(() -> Optional.of(MeetingFormat.IN_PERSON));
    double confidence =
        0.6
            + (candidate.date().isPresent() ? 0.1 : 0)
            + (place.isPresent() ? 0.1 : 0)
            + (candidate.evidence().size() > 1 ? 0.1 : 0);
    return new Meeting(
        "",
        date,
        place,
        participants,
        format,
        Optional.of(Codes.of(cameo, "CONSULT")),
        candidate.evidence(),
        Math.min(confidence, 0.95),
        new TreeMap<>(provenance));
  }

  /** A meeting as read from one or more sentences. */
  private record Candidate(
      List<Span> evidence,
      List<String> participants,
      Set<String> hosts,
      Optional<String> date,
      Optional<Place> place,
      Optional<MeetingFormat> format,
      String cameo,
      Map<String, String> provenance) {
    /**
     * Whether the two report the same meeting: every side of the one with fewer sides is among the
     * other's, a state or organisation standing for the person who serves it.
     */
    boolean sameSides(Candidate other, ActorTable actors) {
      List<String> fewer =
          participants.size() <= other.participants.size() ? participants : other.participants;
      List<String> more = fewer == participants ? other.participants : participants;
      for (String id : fewer) {
        boolean found = false;
        for (String candidate : more) {
          found = found || sameSide(id, candidate, actors);
        }
        if (!found) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether the people of one are all among the other's, and are two or more: one traveller named
     * in two meetings ("was received by the president and held talks with the minister") is not
     * enough to make them one.
     */
    boolean samePeople(Candidate other, ActorTable actors) {
      Set<String> mine =
          new LinkedHashSet<>(participants.stream().filter(actors::isPerson).toList());
      Set<String> theirs =
          new LinkedHashSet<>(other.participants.stream().filter(actors::isPerson).toList());
      if (mine.isEmpty() || theirs.isEmpty()) {
        return false;
      }
      if (mine.equals(theirs)) {
        return true;
      }
      return (mine.size() >= 2 && theirs.containsAll(mine))
          || (theirs.size() >= 2 && mine.containsAll(theirs));
    }

    /** Where two people or more take part, the states and organisations named beside them go. */
    Candidate peopleOnly(ActorTable actors) {
      List<String> people = participants.stream().filter(actors::isPerson).toList();
      if (people.size() < 2 || people.size() == participants.size()) {
        return this;
      }
      Set<String> peopleHosts = new LinkedHashSet<>(hosts);
      peopleHosts.retainAll(people);
      return new Candidate(evidence, people, peopleHosts, date, place, format, cameo, provenance);
    }

    private static boolean sameSide(String a, String b, ActorTable actors) {
      if (a.equals(b)) {
        return true;
      }
      Optional<String> codeA = actors.code(a);
      Optional<String> codeB = actors.code(b);
      return (codeA.isPresent() && actors.affiliation(b).equals(codeA))
          || (codeB.isPresent() && actors.affiliation(a).equals(codeB));
    }

    private static Optional<Place> betterPlace(Optional<Place> a, Optional<Place> b) {
      if (a.isEmpty()) {
        return b;
      }
      if (b.isPresent() && a.get().city().isEmpty() && b.get().city().isPresent()) {
        return b;
      }
      return a;
    }

    Candidate withEvidence(List<Span> all) {
      return new Candidate(
          List.copyOf(all), participants, hosts, date, place, format, cameo, provenance);
    }

    Candidate placed(Optional<Place> where) {
      if (where.isEmpty()) {
        return this;
      }
      Map<String, String> moved = new TreeMap<>(provenance);
      moved.put("place", "place.told_apart");
      return new Candidate(evidence, participants, hosts, date, where, format, cameo, moved);
    }

    /** The fields of both reports; the evidence stays this one's, gathered by {@link Merging}. */
    Candidate merge(Candidate later) {
      List<String> all = new ArrayList<>(participants);
      later.participants.stream().filter(id -> !all.contains(id)).forEach(all::add);
      Set<String> allHosts = new LinkedHashSet<>(hosts);
      allHosts.addAll(later.hosts);
      Optional<String> bestDate =
          date.isEmpty()
                  || (later.date.isPresent() && later.date.get().length() > date.get().length())
              ? later.date
              : date;
      Map<String, String> merged = new TreeMap<>(later.provenance);
      merged.putAll(provenance);
      if (bestDate.equals(later.date) && later.provenance.containsKey("date")) {
        merged.put("date", later.provenance.get("date"));
      }
      return new Candidate(
          evidence,
          all,
          allHosts,
          bestDate,
          betterPlace(place, later.place),
          format.or(() -> later.format),
          cameo.equals("040") ? later.cameo : cameo,
          merged);
    }
  }
}
