package org.attache.pipeline.events.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.attache.knowledge.AreaLexicon;
import org.attache.knowledge.AreaMatch;
import org.attache.knowledge.KnowledgeBase;
import org.attache.model.Agreement;
import org.attache.model.Area;
import org.attache.model.Event;
import org.attache.model.Meeting;
import org.attache.model.Period;
import org.attache.model.Plan;
import org.attache.model.PlanItem;
import org.attache.model.PlanStatus;
import org.attache.model.Span;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.Layer;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.analysis.Stage;
import org.attache.pipeline.events.agreement.KnownInstruments;
import org.attache.pipeline.events.parties.Collectives;
import org.attache.pipeline.events.parties.MeetingsTold;
import org.attache.pipeline.events.parties.Parties;
import org.attache.pipeline.events.parties.SentenceView;
import org.attache.pipeline.events.parties.TokenPhrases;
import org.attache.pipeline.time.DateFinder;
import org.attache.pipeline.time.TemporalMention;

/**
 * Finds joint plans: a noun of {@code plan-nouns.tsv} ("plan of consultations", "road map", "list
 * of possible mutual events") in a sentence with a word of {@code plan-cues.tsv} that says where it
 * stands ("drafting", "implemented", "signed"), the nearest verb deciding ("the draft programme was
 * approved"), else the nearest word ("the current programme").
 *
 * <p>The framework is the agreement named in the same sentence ("under the 2005 memorandum, ...
 * drafting a list of events"); a plan "similar" to an earlier one, or "the first" or "previous" of
 * its kind, shares the earlier plan's framework. The parties are the framework's parties, else the
 * actors of the plan's phrase, else a collective subject's sides, else the actors of the sentence.
 * The period is the span of years nearest the noun ("for 2021-2022"), or the year after "for" ("for
 * 2024"). Mentions with the same period and shared parties are one plan.
 */
public final class ExtractPlans implements Stage {
  private static final Set<String> KIN =
      Set.of("similar", "previous", "first", "such", "last", "former", "earlier", "next");

  private static final java.util.regex.Pattern YEARS =
      java.util.regex.Pattern.compile(
          "\\b((?:19|20)\\d\\d)\\s*(?:/|\u2013|\u2014|-|to|till|until|through)\\s*((?:19|20)\\d\\d)\\b");

  /** Kinds of plan that a single date places: a themed year, days, a week, a festival. */
  private static final Set<String> THEMED = Set.of("series");

  /** How much farther a bare date counts than a period or a year after "for". */
  private static final int THEMED_PENALTY = 100_000;

  /** How the provenance of a plan's title names the plan noun that found it. */
  private static final String TITLE_NOTE = "plan-nouns.tsv: ";

  private final KnowledgeBase knowledge;
  private final AreaLexicon areas;
  private final TokenPhrases<String> nouns = new TokenPhrases<>("plan-nouns.tsv", s -> s);
  private final TokenPhrases<PlanStatus> cues =
      new TokenPhrases<>("plan-cues.tsv", PlanStatus::parse);
  private final Collectives collectives = new Collectives();
  private final DateFinder dates = new DateFinder();
  private final KnownInstruments known = new KnownInstruments();
  private final PlanItems items = new PlanItems();

  public ExtractPlans(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
    this.areas = knowledge.areas();
  }

  @Override
  public String name() {
    return "plans";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.SENTENCES, Layer.ACTORS, Layer.HOSTS, Layer.AGREEMENTS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.PLANS);
  }

  @Override
  public Analysis apply(Analysis analysis) {
    ActorTable actors = analysis.actorTable();
    Told told = new Told(analysis.events());
    List<Plan> found = new ArrayList<>();
    List<KnownInstruments.Found> names = known.in(analysis.text());
    int nextName = 0;
    for (Sentence sentence : analysis.annotatedText().sentences()) {
      SentenceView view = new SentenceView(analysis.text(), sentence, actors);
      for (TokenPhrases.Found<String> noun : nouns.in(view, view.first(), view.last())) {
        int start = view.token(noun.firstToken()).start();
        while (nextName < names.size() && names.get(nextName).end() <= start) {
          nextName++;
        }
        boolean named = nextName < names.size() && names.get(nextName).start() <= start;
        if (!named && isPlan(view, noun)) {
          plan(analysis, told, view, noun, found).ifPresent(found::add);
        }
      }
    }
    List<Plan> plans = new ArrayList<>();
    List<Sentence> sentences = analysis.annotatedText().sentences();
    Map<Span, Integer> sentenceAt = new HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      sentenceAt.put(sentences.get(i).span(), i);
    }
    for (Plan plan : merge(found)) {
      List<PlanItem> listed = items.of(plan, sentences, sentenceAt, analysis.text(), actors);
      plans.add(listed.isEmpty() ? plan : withItems(plan, listed));
    }
    return analysis.withEvents(Layer.PLANS, plans);
  }

  private static boolean isPlan(SentenceView view, TokenPhrases.Found<String> noun) {
    for (int i = noun.firstToken(); i <= noun.lastToken(); i++) {
      if (view.inReference(i)) {
        return false;
      }
    }
    if (view.lower(noun.lastToken()).equals("of")) {
      return Character.isUpperCase(view.token(noun.firstToken()).text().charAt(0))
          && Character.isUpperCase(view.token(noun.lastToken() + 1).text().charAt(0));
    }
    return !view.lower(noun.lastToken() + 1).equals("to")
        && view.pos(noun.lastToken()).startsWith("NN");
  }

  /**
   * What the events before this stage tell the plans, indexed once: the meetings, the first
   * agreement each sentence reports and the agreements by id.
   */
  private static final class Told {
    private final MeetingsTold meetings;
    private final Map<Span, Agreement> agreementOfSentence = new HashMap<>();
    private final Map<String, Agreement> agreementById = new HashMap<>();

    /** The sides of the story, once asked for. */
    private Story story;

    Told(List<Event> events) {
      meetings = new MeetingsTold(events);
      for (Event event : events) {
        if (event instanceof Agreement agreement) {
          agreementById.putIfAbsent(agreement.id(), agreement);
          for (Span evidence : agreement.evidence()) {
            agreementOfSentence.putIfAbsent(evidence, agreement);
          }
        }
      }
    }
  }

  private Optional<Plan> plan(
      Analysis analysis,
      Told told,
      SentenceView view,
      TokenPhrases.Found<String> noun,
      List<Plan> before) {
    Optional<TokenPhrases.Found<PlanStatus>> cue = nearestCue(view, noun);
    if (cue.isEmpty() && !named(view, noun)) {
      return Optional.empty();
    }
    SortedMap<String, String> provenance = new TreeMap<>();
    cue.ifPresent(c -> provenance.put("status", "plan-cues.tsv: " + c.phrase()));
    provenance.put(
        "title",
        TITLE_NOTE
            + noun.phrase()
            + (noun.value().equals("series") || noun.phrase().contains("events")
                ? " (" + PlanItems.SERIES_MARK + ")"
                : ""));
    Optional<Agreement> framework =
        Optional.ofNullable(told.agreementOfSentence.get(view.sentence().span()));
    boolean kin = KIN.contains(view.lower(noun.firstToken() - 1));
    List<String> parties = new ArrayList<>();
    if (framework.isPresent()) {
      provenance.put("framework", "the agreement named in the same sentence");
      parties.addAll(framework.get().parties());
    } else if (kin && !before.isEmpty() && before.get(before.size() - 1).framework().isPresent()) {
      Plan earlier = before.get(before.size() - 1);
      provenance.put("framework", "the framework of the earlier plan it is like");
      parties.addAll(earlier.parties());
      framework = Optional.ofNullable(told.agreementById.get(earlier.framework().get()));
    }
    if (!parties.isEmpty()) {
      provenance.put("parties", "the parties of its framework");
    } else {
      parties.addAll(parties(analysis, told, view, noun, provenance));
    }
    if (parties.isEmpty()) {
      return Optional.empty();
    }
    Period period = period(analysis, view, noun, provenance);
    Optional<PlanStatus> status =
        cue.map(TokenPhrases.Found::value).or(() -> byPeriod(analysis, period, provenance));
    int titleEnd = titleEnd(view, noun.lastToken());
    String scope = view.text(noun.firstToken(), titleEnd);
    Set<Area> found = EnumSet.noneOf(Area.class);
    for (AreaMatch match : areas.find(scope)) {
      if (match.counted()) {
        found.addAll(match.areas());
      }
    }
    if (!found.isEmpty()) {
      provenance.put("areas", "areas.tsv, in the plan's title");
    }
    String id = "plan-" + view.index() + "-" + noun.firstToken();
    return Optional.of(
        new Plan(
            id,
            Optional.empty(),
            parties,
            framework.map(Event::id),
            period,
            status,
            Optional.of(scope),
            new ArrayList<>(found),
            List.of(),
            Optional.empty(),
            List.of(view.sentence().span()),
            0.7,
            provenance));
  }

  /**
   * Whether the plan is named as a title ("the Joint Action Programme", "the Year of ... Exchange",
   * "Days of Culture"): capitalised words, which need no cue to be a plan.
   */
  private static boolean named(SentenceView view, TokenPhrases.Found<String> noun) {
    for (int i = noun.firstToken(); i <= noun.lastToken(); i++) {
      String word = view.token(i).text();
      if (!view.lower(i).equals("of") && !Character.isUpperCase(word.charAt(0))) {
        return false;
      }
    }
    return noun.firstToken() > view.first() || view.lower(noun.lastToken()).equals("of");
  }

  /**
   * The status of a plan told with no cue, from its period: in progress over the publication year,
   * implemented before it, approved after it or when unknown.
   */
  private static Optional<PlanStatus> byPeriod(
      Analysis analysis, Period period, SortedMap<String, String> provenance) {
    Optional<Integer> year = analysis.document().published().map(LocalDate::getYear);
    Optional<Integer> from = period.from().map(f -> Integer.parseInt(f.substring(0, 4)));
    Optional<Integer> to = period.to().map(t -> Integer.parseInt(t.substring(0, 4)));
    PlanStatus status = PlanStatus.APPROVED;
    if (year.isPresent() && from.isPresent() && to.isPresent()) {
      if (from.get() <= year.get() && year.get() <= to.get()) {
        status = PlanStatus.IN_PROGRESS;
      } else if (to.get() < year.get()) {
        status = PlanStatus.IMPLEMENTED;
      }
    }
    provenance.put("status", "a plan named as a title, by its period: " + status.code());
    return Optional.of(status);
  }

  private Optional<TokenPhrases.Found<PlanStatus>> nearestCue(
      SentenceView view, TokenPhrases.Found<String> noun) {
    TokenPhrases.Found<PlanStatus> best = null;
    int bestDistance = Integer.MAX_VALUE;
    TokenPhrases.Found<PlanStatus> bestVerb = null;
    int bestVerbDistance = Integer.MAX_VALUE;
    for (TokenPhrases.Found<PlanStatus> cue : cues.in(view, view.first(), view.last())) {
      int distance =
          cue.firstToken() > noun.lastToken()
              ? cue.firstToken() - noun.lastToken()
              : noun.firstToken() - cue.lastToken();
      if (distance > 0 && distance < bestDistance) {
        best = cue;
        bestDistance = distance;
      }
      String pos = view.pos(cue.firstToken());
      if (distance > 0
          && (pos.startsWith("VB") || pos.equals("MD"))
          && distance < bestVerbDistance) {
        bestVerb = cue;
        bestVerbDistance = distance;
      }
    }
    if (bestVerb != null) {
      best = bestVerb;
    }
    if (best != null && best.phrase().equals("sign") && !infinitive(view, best.firstToken())) {
      best =
          new TokenPhrases.Found<>(
              best.firstToken(), best.lastToken(), best.phrase(), PlanStatus.APPROVED);
    }
    return Optional.ofNullable(best);
  }

  /** "to sign", "will sign", "should sign": not signed yet. */
  private static boolean infinitive(SentenceView view, int token) {
    return Set.of("to", "will", "would", "shall", "should", "must", "soon", "and")
        .contains(view.lower(token - 1));
  }

  private List<String> parties(
      Analysis analysis,
      Told told,
      SentenceView view,
      TokenPhrases.Found<String> noun,
      SortedMap<String, String> provenance) {
    ActorTable actors = analysis.actorTable();
    int titleEnd = titleEnd(view, noun.lastToken());
    List<String> parties =
        Parties.of(actors, ids(view.referencesBetween(noun.firstToken(), titleEnd)));
    if (!parties.isEmpty() && noun.value().equals("series")) {
      List<String> all = new ArrayList<>(parties);
      all.addAll(ids(view.sidesBetween(view.first(), view.last())));
      provenance.put("parties", "actors in the title of the series, then those of its sentence");
      return Parties.of(actors, all);
    }
    if (!parties.isEmpty()) {
      provenance.put("parties", "actors in the plan's title");
      return parties;
    }
    for (int i = view.first(); i <= view.last(); i++) {
      Optional<Collectives.Found> collective = collectives.endingAt(view, i);
      if (collective.isPresent()) {
        parties =
            Collectives.sides(Collectives.Kind.STATES, view, told.meetings, actors, knowledge);
        if (!parties.isEmpty()) {
          provenance.put("parties", "collective subject '" + collective.get().words() + "'");
          return Parties.of(actors, parties);
        }
      }
    }
    parties = Parties.of(actors, ids(view.sidesBetween(view.first(), view.last())));
    if (!parties.isEmpty()) {
      provenance.put("parties", "actors of the sentence");
      return parties;
    }
    return storyParties(analysis, told, provenance);
  }

  /**
   * The sides of the story, for a plan told in a sentence that names none ("The Joint Action
   * Programme was also discussed"): the sides of the first meeting told, else the states and
   * organisations of the first sentence (the title). Found once per document.
   */
  private static List<String> storyParties(
      Analysis analysis, Told told, SortedMap<String, String> provenance) {
    if (told.story == null) {
      told.story = story(analysis);
    }
    if (!told.story.sides().isEmpty()) {
      provenance.put("parties", told.story.note());
    }
    return told.story.sides();
  }

  private record Story(List<String> sides, String note) {}

  private static Story story(Analysis analysis) {
    ActorTable actors = analysis.actorTable();
    for (Event event : analysis.events()) {
      if (event instanceof Meeting meeting) {
        List<String> sides =
            Parties.of(actors, meeting.participants().stream().map(p -> p.actor()).toList());
        if (sides.size() > 1) {
          return new Story(sides, "the sides of the meeting told");
        }
      }
    }
    List<Sentence> sentences = analysis.annotatedText().sentences();
    if (!sentences.isEmpty()) {
      SentenceView first = new SentenceView(analysis.text(), sentences.get(0), actors);
      List<String> sides = Parties.of(actors, ids(first.sidesBetween(first.first(), first.last())));
      if (sides.size() > 1) {
        return new Story(sides, "the sides named in the first sentence");
      }
    }
    return new Story(List.of(), "");
  }

  private Period period(
      Analysis analysis,
      SentenceView view,
      TokenPhrases.Found<String> noun,
      SortedMap<String, String> provenance) {
    Optional<LocalDate> published = analysis.document().published();
    int offset = view.sentence().span().start();
    int at = view.token(noun.lastToken()).end();
    TemporalMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean themed = THEMED.contains(noun.value()) || view.lower(noun.lastToken()).equals("of");
    for (TemporalMention mention : dates.find(view.text(), published)) {
      int start = offset + mention.start();
      boolean forYear =
          mention.kind() == TemporalMention.Kind.DATE
              && (mention.value().length() == 4 && view.lower(view.tokenAt(start) - 1).equals("for")
                  || themed);
      if (mention.kind() != TemporalMention.Kind.PERIOD && !forYear) {
        continue;
      }
      int distance = Math.abs(start - at);
      if (mention.kind() == TemporalMention.Kind.DATE && !forYear(view, start, mention)) {
        distance += THEMED_PENALTY;
      }
      if (distance < bestDistance) {
        best = mention;
        bestDistance = distance;
      }
    }
    if (best == null) {
      java.util.regex.Matcher years = YEARS.matcher(view.text());
      if (years.find() && years.group(1).compareTo(years.group(2)) < 0) {
        provenance.put("period", "two years joined by '/', 'to' or a dash");
        return Period.of(years.group(1), years.group(2));
      }
      return Period.of(null, null);
    }
    provenance.put(
        "period",
        best.kind() == TemporalMention.Kind.PERIOD
            ? "the period nearest the plan"
            : "the date nearest the plan (a year after 'for', or any for a themed series)");
    return Period.of(best.value(), best.to().orElse(best.value()));
  }

  /**
   * The plan's title runs over its complement: "list of possible mutual events", "Plan ... for
   * 2024".
   */
  private static int titleEnd(SentenceView view, int last) {
    int i = last + 1;
    while (view.inside(i)) {
      String pos = view.pos(i);
      String word = view.lower(i);
      if (pos.startsWith("NN")
          || pos.startsWith("JJ")
          || pos.equals("CD")
          || pos.equals("DT")
          || pos.equals("CC")
          || word.equals("of")
          || word.equals("between")
          || word.equals("for")
          || word.equals("and")
          || word.equals("-")) {
        i++;
      } else {
        break;
      }
    }
    while (i - 1 > last
        && (view.pos(i - 1).equals("CC")
            || view.pos(i - 1).equals("DT")
            || view.pos(i - 1).equals("IN"))) {
      i--;
    }
    return i - 1;
  }

  private static List<String> ids(List<Reference> references) {
    Set<String> ids = new LinkedHashSet<>();
    references.forEach(r -> ids.add(r.actor()));
    return new ArrayList<>(ids);
  }

  private static Plan withItems(Plan plan, List<PlanItem> listed) {
    SortedMap<String, String> provenance = new TreeMap<>(plan.provenance());
    provenance.put("items", "the joint events listed after the plan (PlanItems)");
    return new Plan(
        plan.id(),
        plan.date(),
        plan.parties(),
        plan.framework(),
        plan.period(),
        plan.status(),
        plan.title(),
        plan.areas(),
        listed,
        plan.codes(),
        plan.evidence(),
        plan.confidence(),
        provenance);
  }

  private static boolean forYear(SentenceView view, int start, TemporalMention mention) {
    return mention.value().length() == 4 && view.lower(view.tokenAt(start) - 1).equals("for");
  }

  /** Whether two periods may be one: each end unknown on one side or a prefix of the other. */
  private static boolean compatible(Period a, Period b) {
    return prefix(a.from(), b.from()) && prefix(a.to(), b.to());
  }

  private static boolean prefix(Optional<String> a, Optional<String> b) {
    return a.isEmpty() || b.isEmpty() || a.get().startsWith(b.get()) || b.get().startsWith(a.get());
  }

  /** The more precise of two compatible periods. */
  private static Period precise(Period a, Period b) {
    int lengthA = a.from().map(String::length).orElse(0) + a.to().map(String::length).orElse(0);
    int lengthB = b.from().map(String::length).orElse(0) + b.to().map(String::length).orElse(0);
    return lengthB > lengthA ? b : a;
  }

  private static boolean cued(SortedMap<String, String> provenance) {
    return provenance.getOrDefault("status", "").startsWith("plan-cues.tsv");
  }

  /**
   * Whether two mentions name a plan by the same head noun ("consultation plan", "plan of ...").
   */
  private static boolean sameNoun(Plan a, Plan b) {
    return head(a).equals(head(b));
  }

  /**
   * The head noun of the plan noun that found the mention: the first word of "X of Y", else the
   * last; singular, one spelling ("programme", "map" for a road map).
   */
  private static String head(Plan plan) {
    String title = plan.provenance().getOrDefault("title", "");
    if (!title.startsWith(TITLE_NOTE)) {
      return title;
    }
    String phrase =
        title.substring(TITLE_NOTE.length()).replace(" (" + PlanItems.SERIES_MARK + ")", "");
    String[] words = phrase.split(" ");
    String head = (phrase + " ").contains(" of ") ? words[0] : words[words.length - 1];
    head = head.equals("roadmap") || head.equals("roadmaps") ? "map" : head;
    head = head.equals("program") || head.equals("programs") ? "programme" : head;
    return head.length() > 4 && head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
  }

  private static boolean unknown(Period period) {
    return period.from().isEmpty() && period.to().isEmpty();
  }

  /**
   * Mentions of one plan (shared parties, and compatible periods, or where a period is unknown the
   * same plan noun: "the plan of joint actions" is not "the programme for 2013-2015") are one plan:
   * the first wins. A mention is compared only with the plans that share a party with it, and each
   * plan's evidence is gathered in one set rather than copied at each mention.
   */
  private static List<Plan> merge(List<Plan> found) {
    List<Joined> merged = new ArrayList<>();
    Map<String, List<Integer>> byParty = new HashMap<>();
    for (Plan plan : found) {
      Joined same = null;
      for (int i : sharingAParty(byParty, plan.parties())) {
        Joined earlier = merged.get(i);
        boolean known = !unknown(earlier.period) && !unknown(plan.period());
        if (known ? compatible(earlier.period, plan.period()) : sameNoun(earlier.first, plan)) {
          same = earlier;
          break;
        }
      }
      if (same != null) {
        same.add(plan);
      } else {
        for (String party : new LinkedHashSet<>(plan.parties())) {
          byParty.computeIfAbsent(party, k -> new ArrayList<>()).add(merged.size());
        }
        merged.add(new Joined(plan));
      }
    }
    List<Plan> plans = new ArrayList<>();
    for (Joined plan : merged) {
      plans.add(plan.plan());
    }
    return plans;
  }

  /** The plans, by their order, that name one of the parties. */
  private static SortedSet<Integer> sharingAParty(
      Map<String, List<Integer>> byParty, List<String> parties) {
    SortedSet<Integer> found = new TreeSet<>();
    for (String party : parties) {
      found.addAll(byParty.getOrDefault(party, List.of()));
    }
    return found;
  }

  /** A plan and the mentions joined to it. */
  private static final class Joined {
    private final Plan first;
    private final Set<Span> evidence;
    private Optional<String> framework;
    private Period period;
    private Optional<PlanStatus> status;
    private SortedMap<String, String> provenance;
    private List<PlanItem> items;

    Joined(Plan first) {
      this.first = first;
      this.evidence = new LinkedHashSet<>(first.evidence());
      this.framework = first.framework();
      this.period = first.period();
      this.status = first.status();
      this.provenance = first.provenance();
      this.items = first.items();
    }

    /**
     * Joins a later mention: the more precise of two compatible periods, the status of the first
     * mention that a cue decides, the items of the first mention that lists some.
     */
    void add(Plan plan) {
      evidence.addAll(plan.evidence());
      framework = framework.or(plan::framework);
      period =
          unknown(period)
              ? plan.period()
              : unknown(plan.period()) ? period : precise(period, plan.period());
      if (!cued(provenance) && cued(plan.provenance())) {
        status = plan.status();
        provenance = plan.provenance();
      }
      items = items.isEmpty() ? plan.items() : items;
    }

    Plan plan() {
      return new Plan(
          first.id(),
          first.date(),
          first.parties(),
          framework,
          period,
          status,
          first.title(),
          first.areas(),
          items,
          first.codes(),
          new ArrayList<>(evidence),
          first.confidence(),
          provenance);
    }
  }
}
