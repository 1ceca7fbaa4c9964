package org.attache.pipeline.events.priorities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.attache.knowledge.AreaLexicon;
import org.attache.knowledge.KnowledgeBase;
import org.attache.model.ActorKind;
import org.attache.model.Area;
import org.attache.model.Priorities;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.DeclaredStage;
import org.attache.pipeline.analysis.Layer;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.events.parties.Parties;
import org.attache.pipeline.events.parties.SentenceView;
import org.attache.pipeline.events.parties.TokenPhrases;
import org.attache.pipeline.time.DateFinder;
import org.attache.pipeline.time.TemporalMention;

/**
 * Finds priorities: a sentence with a priority word and a capacity word ({@code
 * priority-words.tsv}: "the priorities of his country's presidency of ASEAN in 2021"). The actor is
 * the state named before the capacity word, or, for "his country's", the state of the person named
 * before; the capacity is the organisation chaired and the capacity word ("ASEAN chairmanship");
 * the period the year nearest the capacity word; the areas the wording of areas after the priority
 * word.
 */
public final class ExtractPriorities extends DeclaredStage {
  private final AreaLexicon areas;
  private final TokenPhrases<String> words = new TokenPhrases<>("priority-words.tsv", s -> s);
  private final DateFinder dates = new DateFinder();

  public ExtractPriorities(KnowledgeBase knowledge) {
    super("priorities", EnumSet.of(Layer.SENTENCES, Layer.ACTORS), EnumSet.of(Layer.PRIORITIES));
    this.areas = knowledge.areas();
  }

  @Override
  public Analysis apply(Analysis analysis) {
    ActorTable actors = analysis.actorTable();
    List<Priorities> found = new ArrayList<>();
    for (SentenceView view : SentenceView.all(analysis)) {
      List<TokenPhrases.Found<String>> here = words.in(view);
      Optional<TokenPhrases.Found<String>> priority =
          here.stream().filter(f -> f.value().equals("priority")).findFirst();
      Optional<TokenPhrases.Found<String>> capacity =
          here.stream().filter(f -> f.value().startsWith("capacity")).findFirst();
      if (priority.isEmpty() || capacity.isEmpty()) {
        continue;
      }
      SortedMap<String, String> provenance = new TreeMap<>();
      Optional<String> actor = actor(view, actors, capacity.get(), here, provenance);
      if (actor.isEmpty()) {
        continue;
      }
      Optional<String> body = chaired(view, actors);
      Optional<String> capacityText = body.map(code -> code + " chairmanship");
      capacityText.ifPresent(
          c ->
              provenance.put(
                  "capacity",
                  "priority-words.tsv: "
                      + capacity.get().phrase()
                      + ", of the organisation named beside it"));
      Optional<String> period = period(analysis, view, capacity.get());
      period.ifPresent(p -> provenance.put("period", "the year nearest the capacity word"));
      int from = priority.get().firstToken();
      String clause = view.text(from, view.last());
      Set<Area> named = areas.areasIn(clause);
      if (!named.isEmpty()) {
        provenance.put("areas", "areas.tsv, after the priority word");
      }
      provenance.put("text", "from the priority word to the end of the sentence");
      found.add(
          new Priorities(
              "priorities-" + view.index(),
              Optional.empty(),
              actor.get(),
              capacityText,
              period,
              new ArrayList<>(named),
              clause,
              Optional.empty(),
              List.of(view.sentence().span()),
              0.7,
              provenance));
    }
    return analysis.withEvents(Layer.PRIORITIES, found);
  }

  private static Optional<String> actor(
      SentenceView view,
      ActorTable actors,
      TokenPhrases.Found<String> capacity,
      List<TokenPhrases.Found<String>> here,
      SortedMap<String, String> provenance) {
    boolean own =
        here.stream()
            .anyMatch(
                f ->
                    f.value().equals("own")
                        && f.firstToken() < capacity.firstToken()
                        && capacity.firstToken() - f.firstToken() <= 4);
    if (own) {
      for (int i = capacity.firstToken() - 1; i >= view.first(); i--) {
        Optional<Reference> reference = view.sideEndingAt(i);
        if (reference.isPresent() && actors.isPerson(reference.get().actor())) {
          List<String> parties = Parties.of(actors, List.of(reference.get().actor()));
          if (!parties.isEmpty()) {
            provenance.put("actor", "'his country': the state of the person named before");
            return Optional.of(parties.get(0));
          }
        }
      }
    }
    for (Reference reference : view.references()) {
      if (actors.is(reference.actor(), ActorKind.STATE)) {
        provenance.put("actor", "the state named in the sentence");
        return Optional.of(reference.actor());
      }
    }
    return Optional.empty();
  }

  /**
   * The organisation chaired: "presidency of ASEAN", "ASEAN chairmanship", "CSTO member states".
   */
  private static Optional<String> chaired(SentenceView view, ActorTable actors) {
    for (Reference reference : view.references()) {
      if (actors.is(reference.actor(), ActorKind.ORGANISATION)) {
        return actors.code(reference.actor());
      }
    }
    return Optional.empty();
  }

  private Optional<String> period(
      Analysis analysis, SentenceView view, TokenPhrases.Found<String> capacity) {
    Optional<LocalDate> published = analysis.document().published();
    int at = view.token(capacity.firstToken()).start();
    int offset = view.sentence().span().start();
    TemporalMention best = null;
    for (TemporalMention mention : dates.find(view.text(), published)) {
      if (mention.kind() == TemporalMention.Kind.DATE
          && (best == null
              || Math.abs(offset + mention.start() - at) < Math.abs(offset + best.start() - at))) {
        best = mention;
      }
    }
    return Optional.ofNullable(best).map(m -> m.value().substring(0, 4));
  }
}
