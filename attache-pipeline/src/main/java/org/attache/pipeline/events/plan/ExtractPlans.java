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
import org.attache.model.Period;
import org.attache.model.Plan;
import org.attache.model.PlanStatus;
import org.attache.model.Span;
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
import org.attache.pipeline.nlp.Sentence;
import org.attache.pipeline.time.DateFinder;
import org.attache.pipeline.time.TemporalMention;

/**
 * Finds joint plans: a noun of {@code plan-nouns.tsv} ("plan of consultations", "road map", "list
 * of possible mutual events") in a sentence with a word of {@code plan-cues.tsv} that says where it
 * stands ("drafting", "implemented", "signed"), the nearest deciding.
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

  private final KnowledgeBase knowledge;
  private final AreaLexicon areas;
  private final TokenPhrases<String> nouns = new TokenPhrases<>("plan-nouns.tsv", s -> s);
  private final TokenPhrases<PlanStatus> cues =
      new TokenPhrases<>("plan-cues.tsv", PlanStatus::parse);
  private final Collectives collectives = new Collectives();
  private final DateFinder dates = new DateFinder();

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
    return EnumSet.of(Layer.ACTORS, Layer.HOSTS, Layer.AGREEMENTS);
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
    for (Sentence sentence : analysis.annotatedText().sentences()) {
      SentenceView view = new SentenceView(analysis.text(), sentence, actors);
      for (TokenPhrases.Found<String> noun : nouns.in(view, view.first(), view.last())) {
        if (isPlan(view, noun)) {
          plan(analysis, told, view, noun, found).ifPresent(found::add);
        }
      }
    }
    return analysis.withEvents(Layer.PLANS, merge(found));
  }

  private static boolean isPlan(SentenceView view, TokenPhrases.Found<String> noun) {
    for (int i = noun.firstToken(); i <= noun.lastToken(); i++) {
      if (view.inReference(i)) {
        return false;
      }
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
    if (cue.isEmpty()) {
      return Optional.empty();
    }
    SortedMap<String, String> provenance = new TreeMap<>();
    provenance.put("status", "plan-cues.tsv: " + cue.get().phrase());
    provenance.put("title", "plan-nouns.tsv: " + noun.phrase());
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
      parties.addAll(parties(analysis, told.meetings, view, noun, provenance));
    }
    if (parties.isEmpty()) {
      return Optional.empty();
    }
    Period period = period(analysis, view, noun, provenance);
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
            Optional.of(cue.get().value()),
            Optional.of(scope),
            new ArrayList<>(found),
            List.of(),
            Optional.empty(),
            List.of(view.sentence().span()),
            0.7,
            provenance));
  }

  private Optional<TokenPhrases.Found<PlanStatus>> nearestCue(
      SentenceView view, TokenPhrases.Found<String> noun) {
    TokenPhrases.Found<PlanStatus> best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TokenPhrases.Found<PlanStatus> cue : cues.in(view, view.first(), view.last())) {
      int distance =
          cue.firstToken() > noun.lastToken()
              ? cue.firstToken() - noun.lastToken()
              : noun.firstToken() - cue.lastToken();
      if (distance > 0 && distance < bestDistance) {
        best = cue;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  private List<String> parties(
      Analysis analysis,
      MeetingsTold meetings,
      SentenceView view,
      TokenPhrases.Found<String> noun,
      SortedMap<String, String> provenance) {
    ActorTable actors = analysis.actorTable();
    int titleEnd = titleEnd(view, noun.lastToken());
    List<String> parties =
        Parties.of(actors, ids(view.referencesBetween(noun.firstToken(), titleEnd)));
    if (!parties.isEmpty()) {
      provenance.put("parties", "actors in the plan's title");
      return parties;
    }
    for (int i = view.first(); i <= view.last(); i++) {
      Optional<Collectives.Found> collective = collectives.endingAt(view, i);
      if (collective.isPresent()) {
        parties = Collectives.sides(Collectives.Kind.STATES, view, meetings, actors, knowledge);
        if (!parties.isEmpty()) {
          provenance.put("parties", "collective subject '" + collective.get().words() + "'");
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
    for (TemporalMention mention : dates.find(view.text(), published)) {
      int start = offset + mention.start();
      boolean forYear =
          mention.kind() == TemporalMention.Kind.DATE
              && mention.value().length() == 4
              && view.lower(view.tokenAt(start) - 1).equals("for");
      if (mention.kind() != TemporalMention.Kind.PERIOD && !forYear) {
        continue;
      }
      int distance = Math.abs(start - at);
      if (distance < bestDistance) {
        best = mention;
        bestDistance = distance;
      }
    }
    if (best == null) {
      return Period.of(null, null);
    }
    provenance.put(
        "period",
        best.kind() == TemporalMention.Kind.PERIOD
            ? "the period nearest the plan"
            : "the year after 'for'");
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

  private static boolean unknown(Period period) {
    return period.from().isEmpty() && period.to().isEmpty();
  }

  /**
   * Mentions of one plan (the same period or one unknown, shared parties) are one plan: the first
   * wins. A mention is compared only with the plans that share a party with it, and each plan's
   * evidence is gathered in one set rather than copied at each mention.
   */
  private static List<Plan> merge(List<Plan> found) {
    List<Joined> merged = new ArrayList<>();
    Map<String, List<Integer>> byParty = new HashMap<>();
    for (Plan plan : found) {
      Joined same = null;
      for (int i : sharingAParty(byParty, plan.parties())) {
        Joined earlier = merged.get(i);
        if (earlier.period.equals(plan.period())
            || unknown(earlier.period)
            || unknown(plan.period())) {
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

    Joined(Plan first) {
      this.first = first;
      this.evidence = new LinkedHashSet<>(first.evidence());
      this.framework = first.framework();
      this.period = first.period();
    }

    void add(Plan plan) {
      evidence.addAll(plan.evidence());
      framework = framework.or(plan::framework);
      period = unknown(period) ? plan.period() : period;
    }

    Plan plan() {
      return new Plan(
          first.id(),
          first.date(),
          first.parties(),
          framework,
          period,
          first.status(),
          first.title(),
          first.areas(),
          first.items(),
          first.codes(),
          new ArrayList<>(evidence),
          first.confidence(),
          first.provenance());
    }
  }
}
