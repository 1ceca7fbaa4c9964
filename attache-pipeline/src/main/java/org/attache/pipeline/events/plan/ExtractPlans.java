package org.attache.pipeline.events.plan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.attache.knowledge.AreaLexicon;
import org.attache.knowledge.KnowledgeBase;
import org.attache.model.Agreement;
import org.attache.model.Area;
import org.attache.model.Event;
import org.attache.model.Period;
import org.attache.model.Plan;
import org.attache.model.PlanItem;
import org.attache.model.PlanStatus;
import org.attache.model.Span;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.DeclaredStage;
import org.attache.pipeline.analysis.Layer;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.events.agreement.KnownInstruments;
import org.attache.pipeline.events.parties.SentenceView;
import org.attache.pipeline.events.parties.TokenPhrases;

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
public final class ExtractPlans extends DeclaredStage {
  /** Parts of speech and words a plan's title runs over besides nouns and adjectives. */
  private static final Set<String> TITLE_TAGS = Set.of("CD", "DT", "CC");

  private static final Set<String> TITLE_WORDS = Set.of("of", "between", "for", "and", "-");

  /** A title ends on none of these: conjunctions, determiners, prepositions. */
  private static final Set<String> NOT_LAST_TAGS = Set.of("CC", "DT", "IN");

  private static final Set<String> KIN =
      Set.of("similar", "previous", "first", "such", "last", "former", "earlier", "next");

  /** How the provenance of a plan's title names the plan noun that found it. */
  static final String TITLE_NOTE = "plan-nouns.tsv: ";

  private final AreaLexicon areas;
  private final TokenPhrases<String> nouns = new TokenPhrases<>("plan-nouns.tsv", s -> s);
  private final PlanStatusCues cues = new PlanStatusCues();
  private final PlanParties partiesOf;
  private final PlanPeriods periods = new PlanPeriods();
  private final KnownInstruments known = new KnownInstruments();
  private final PlanItems items = new PlanItems();

  public ExtractPlans(KnowledgeBase knowledge) {
    super(
        "plans",
        EnumSet.of(Layer.SENTENCES, Layer.ACTORS, Layer.HOSTS, Layer.AGREEMENTS),
        EnumSet.of(Layer.PLANS));
    this.areas = knowledge.areas();
    this.partiesOf = new PlanParties(knowledge);
  }

  @Override
  public Analysis apply(Analysis analysis) {
    ActorTable actors = analysis.actorTable();
    ToldBefore told = new ToldBefore(analysis.events());
    List<Plan> found = new ArrayList<>();
    List<KnownInstruments.Found> names = known.in(analysis.text());
    int nextName = 0;
    for (SentenceView view : SentenceView.all(analysis)) {
      for (TokenPhrases.Found<String> noun : nouns.in(view)) {
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
    for (Plan plan : PlanMentions.merge(found)) {
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

  private Optional<Plan> plan(
      Analysis analysis,
      ToldBefore told,
      SentenceView view,
      TokenPhrases.Found<String> noun,
      List<Plan> before) {
    Optional<TokenPhrases.Found<PlanStatus>> cue = cues.nearest(view, noun);
    if (cue.isEmpty() && !named(view, noun)) {
      return Optional.empty();
    }
    SortedMap<String, String> provenance = new TreeMap<>();
    Optional<PlanStatus> cued = cue.map(c -> DiscussedPlans.status(view, c));
    cue.ifPresent(
        c ->
            provenance.put(
                "status",
                "plan-cues.tsv: "
                    + c.phrase()
                    + (cued.get() == c.value() ? "" : ", under a verb of discussion: proposed")));
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
      parties.addAll(partiesOf.of(analysis, told, view, noun, provenance));
    }
    if (parties.isEmpty()) {
      return Optional.empty();
    }
    Period period = periods.of(analysis, view, noun, provenance);
    Optional<PlanStatus> status =
        cued.or(() -> PlanStatusCues.byPeriod(analysis, period, provenance));
    int titleEnd = titleEnd(view, noun.lastToken());
    String scope = view.text(noun.firstToken(), titleEnd);
    Set<Area> found = areas.areasIn(scope);
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
   * The plan's title runs over its complement: "list of possible mutual events", "Plan ... for
   * 2024".
   */
  static int titleEnd(SentenceView view, int last) {
    int i = last + 1;
    while (view.inside(i)) {
      String pos = view.pos(i);
      String word = view.lower(i);
      if (pos.startsWith("NN")
          || pos.startsWith("JJ")
          || TITLE_TAGS.contains(pos)
          || TITLE_WORDS.contains(word)) {
        i++;
      } else {
        break;
      }
    }
    while (i - 1 > last && NOT_LAST_TAGS.contains(view.pos(i - 1))) {
      i--;
    }
    return i - 1;
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
}
