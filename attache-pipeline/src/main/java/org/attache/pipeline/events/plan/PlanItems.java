package org.attache.pipeline.events.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.attache.model.Period;
import org.attache.model.Plan;
import org.attache.model.PlanItem;
import org.attache.model.PlanItemKind;
import org.attache.model.PlanItemStatus;
import org.attache.model.PlanStatus;
import org.attache.model.Span;
import org.attache.model.Vocabulary;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.events.parties.SentenceView;
import org.attache.pipeline.events.parties.TokenPhrases;

/**
 * The joint events a text lists under a plan, in the plan's sentences and the few after them: the
 * members of a list after "include", parted by commas ("The programme will include a concert of
 * ..., an exhibition of ..., film screenings"), a member with no event noun of its own taking the
 * one before it ("the performance of the A band, the B ensemble"); and an event told as to be held
 * ("A joint gala concert will be held at ..."). Each takes its kind from {@code
 * plan-item-nouns.tsv}, the plan's parties and period, and is planned, or held when the plan is
 * implemented.
 */
final class PlanItems {
  private static final int WINDOW = 3;

  /** What the plan's provenance says of a plan that is a series of events. */
  static final String SERIES_MARK = "a series of events";

  private static final Set<String> INCLUDES =
      Set.of("include", "includes", "included", "including", "feature", "features", "comprise");
  private static final Set<String> FUTURE = Set.of("will", "shall", "scheduled", "planned");

  private final TokenPhrases<PlanItemKind> nouns =
      new TokenPhrases<>("plan-item-nouns.tsv", s -> Vocabulary.parse(PlanItemKind.class, s));

  /**
   * The items listed under the plan, read in each sentence that tells of it and the {@value
   * #WINDOW} after it: work in proportion to the plan's mentions.
   */
  List<PlanItem> of(
      Plan plan,
      List<Sentence> sentences,
      Map<Span, Integer> sentenceAt,
      String text,
      ActorTable actors) {
    if (!plan.provenance().getOrDefault("title", "").contains(SERIES_MARK)) {
      return List.of();
    }
    SortedSet<Integer> read = new TreeSet<>();
    for (Span evidence : plan.evidence()) {
      Integer at = sentenceAt.get(evidence);
      if (at != null) {
        for (int s = at; s < Math.min(sentences.size(), at + WINDOW + 1); s++) {
          read.add(s);
        }
      }
    }
    if (read.isEmpty()) {
      return List.of();
    }
    int first = read.first();
    PlanItemStatus status =
        plan.status().filter(s -> s == PlanStatus.IMPLEMENTED).isPresent()
            ? PlanItemStatus.HELD
            : PlanItemStatus.PLANNED;
    List<PlanItem> items = new ArrayList<>();
    for (int s : read) {
      Sentence sentence = sentences.get(s);
      SentenceView view = new SentenceView(text, sentence, actors);
      int include = -1;
      boolean future = false;
      for (int i = view.first(); i <= view.last(); i++) {
        if (include < 0 && INCLUDES.contains(view.lower(i))) {
          include = i;
        }
        future |= FUTURE.contains(view.lower(i));
      }
      if (include >= 0) {
        listed(view, include + 1, plan, status, items);
      } else if (future && s > first) {
        told(view, plan, status, items);
      }
    }
    return items;
  }

  /** The members of the list from {@code from} to the sentence's end. */
  private void listed(
      SentenceView view, int from, Plan plan, PlanItemStatus status, List<PlanItem> items) {
    Optional<TokenPhrases.Found<PlanItemKind>> previous = Optional.empty();
    int start = from;
    for (int i = from; i <= view.last() + 1; i++) {
      boolean end =
          i > view.last()
              || view.lower(i).equals(",")
              || view.lower(i).equals(";")
              || view.lower(i).equals(".");
      if (!end) {
        continue;
      }
      int last = i - 1;
      while (start <= last && Set.of("the", "a", "an", "and").contains(view.lower(start))) {
        start++;
      }
      if (start <= last) {
        Optional<TokenPhrases.Found<PlanItemKind>> noun = firstNoun(view, start, last);
        String title = view.text(start, last);
        if (noun.isPresent()) {
          previous = noun;
        } else if (previous.isPresent()) {
          title = previous.get().phrase() + " of " + title;
          noun = previous;
        }
        if (noun.isPresent()) {
          items.add(item(title, noun.get().value(), plan, status, view));
        }
      }
      start = i + 1;
    }
  }

  /** An event told as to be held: its noun phrase, from its first word to its complement. */
  private void told(SentenceView view, Plan plan, PlanItemStatus status, List<PlanItem> items) {
    for (TokenPhrases.Found<PlanItemKind> noun : nouns.in(view)) {
      int start = noun.firstToken();
      while (view.inside(start - 1)
          && (view.pos(start - 1).startsWith("JJ") || view.pos(start - 1).startsWith("NN"))) {
        start--;
      }
      int end = noun.lastToken();
      if (view.lower(end + 1).equals("with") || view.lower(end + 1).equals("of")) {
        end++;
        while (view.inside(end + 1)
            && !view.lower(end + 1).equals(",")
            && !view.lower(end + 1).equals(".")
            && !view.pos(end + 1).startsWith("VB")
            && !(view.lower(end + 1).equals("(") || view.lower(end + 1).equals("-lrb-"))) {
          end++;
        }
      }
      items.add(item(view.text(start, end), noun.value(), plan, status, view));
      return;
    }
  }

  private Optional<TokenPhrases.Found<PlanItemKind>> firstNoun(
      SentenceView view, int from, int to) {
    for (TokenPhrases.Found<PlanItemKind> noun : nouns.in(view, from, to)) {
      return Optional.of(noun);
    }
    return Optional.empty();
  }

  private static PlanItem item(
      String title, PlanItemKind kind, Plan plan, PlanItemStatus status, SentenceView view) {
    Period planned = plan.period();
    return new PlanItem(
        title,
        kind,
        plan.parties(),
        planned,
        Optional.empty(),
        Optional.of(status),
        List.of(view.sentence().span()));
  }
}
