package org.attache.pipeline.events.agreement;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.attache.knowledge.AreaLexicon;
import org.attache.model.Agreement;
import org.attache.model.AgreementStatus;
import org.attache.model.Area;
import org.attache.model.Instrument;
import org.attache.model.Span;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.events.parties.SentenceView;
import org.attache.pipeline.events.parties.TokenPhrases;

/** The agreements told as the items of a list of documents under a heading ({@link Listed}). */
final class ListedAgreements {
  private final AreaLexicon areas;
  private final TokenPhrases<Instrument> instruments;
  private final TokenPhrases<String> planNouns = new TokenPhrases<>("plan-nouns.tsv", s -> s);

  ListedAgreements(AreaLexicon areas, TokenPhrases<Instrument> instruments) {
    this.areas = areas;
    this.instruments = instruments;
  }

  /**
   * The agreements of the lists of documents: one per item, of the item's own instrument or else
   * the heading's, with the item's areas, and the parties, date and status of the mention in the
   * heading, else of the count told since the list before that announced it; an item that names a
   * plan is left to the plans. The announcing mentions are removed from {@code found}. Each mention
   * is weighed for one list only, and each item reads only its own sentences.
   */
  List<Told> of(Analysis analysis, List<Listed.DocumentList> lists, List<Told> found) {
    if (lists.isEmpty()) {
      return List.of();
    }
    String text = analysis.text();
    DocumentLayout layout = new DocumentLayout(analysis);
    boolean[] removed = new boolean[found.size()];
    int from = 0;
    List<Told> result = new ArrayList<>();
    for (Listed.DocumentList list : lists) {
      int to = from;
      while (to < found.size()
          && found.get(to).agreement().evidence().get(0).start() < list.heading().end()) {
        to++;
      }
      Told announcing = null;
      for (int c = from; c < to; c++) {
        Span sentence = found.get(c).agreement().evidence().get(0);
        if (sentence.start() < list.heading().end() && list.heading().start() < sentence.end()) {
          announcing = announcing == null ? found.get(c) : announcing;
          removed[c] = true;
        }
      }
      int counted = announcing != null && announcing.count() > 1 ? announcing.count() : 0;
      Told group = null;
      for (int c = from; c < to; c++) {
        Told candidate = found.get(c);
        if (removed[c]
            || candidate.agreement().evidence().get(0).start() >= list.heading().start()) {
          continue;
        }
        if (candidate.count() == list.items().size() || candidate.count() == counted) {
          group = group == null ? candidate : group;
          removed[c] = true;
        } else if (group != null && candidate.refersBack()) {
          removed[c] = true;
        }
      }
      from = to;
      announcing = announcing == null ? group : announcing;
      Optional<Instrument> headingInstrument =
          announcing == null ? Optional.empty() : Optional.of(announcing.agreement().instrument());
      for (Span item : list.items()) {
        List<SentenceView> views = layout.views(item);
        if (planned(views, item)) {
          continue;
        }
        Optional<Instrument> own = instrumentOf(views, item);
        Optional<Instrument> instrument = own.or(() -> headingInstrument);
        if (instrument.isEmpty()) {
          continue;
        }
        List<String> parties =
            announcing == null ? layout.parties(item) : announcing.agreement().parties();
        if (parties.isEmpty()) {
          parties = layout.parties(item);
        }
        if (parties.isEmpty()) {
          parties = layout.headingParties(list.heading());
        }
        if (parties.isEmpty()) {
          continue;
        }
        String words = text.substring(item.start(), item.end());
        Set<Area> areasOf = EnumSet.noneOf(Area.class);
        areasOf.addAll(areas.areasIn(words));
        SortedMap<String, String> provenance = new TreeMap<>();
        provenance.put("instrument", own.isPresent() ? "the item's own noun" : "the heading's");
        provenance.put("parties", announcing == null ? "the item's actors" : "the heading's");
        provenance.put("evidence", "an item of a list of documents");
        Agreement base = announcing == null ? null : announcing.agreement();
        result.add(
            new Told(
                new Agreement(
                    "agreement",
                    instrument.get(),
                    Optional.of(words.strip()),
                    parties,
                    base == null ? Optional.empty() : base.signed(),
                    base == null ? Optional.empty() : base.place(),
                    new ArrayList<>(areasOf),
                    base == null ? Optional.of(AgreementStatus.SIGNED) : base.status(),
                    Optional.empty(),
                    List.of(list.heading(), item),
                    0.6,
                    provenance),
                1,
                List.of(),
                false));
      }
    }
    List<Told> kept = new ArrayList<>();
    for (int c = 0; c < found.size(); c++) {
      if (!removed[c]) {
        kept.add(found.get(c));
      }
    }
    found.clear();
    found.addAll(kept);
    return result;
  }

  /** The first instrument noun inside the item, none where a plan noun comes first. */
  private Optional<Instrument> instrumentOf(List<SentenceView> views, Span item) {
    for (SentenceView view : views) {
      for (int i = view.first(); i <= view.last(); i++) {
        if (view.token(i).start() < item.start() || view.token(i).end() > item.end()) {
          continue;
        }
        if (planNouns.at(view, i).isPresent()) {
          return Optional.empty();
        }
        Optional<TokenPhrases.Found<Instrument>> instrument = instruments.at(view, i);
        if (instrument.isPresent()) {
          return Optional.of(instrument.get().value());
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the item names a plan before any instrument: it is left to the plans. */
  private boolean planned(List<SentenceView> views, Span item) {
    for (SentenceView view : views) {
      for (int i = view.first(); i <= view.last(); i++) {
        if (view.token(i).start() < item.start() || view.token(i).end() > item.end()) {
          continue;
        }
        if (instruments.at(view, i).isPresent()) {
          return false;
        }
        if (planNouns.at(view, i).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }
}
