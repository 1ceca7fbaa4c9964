package org.attache.pipeline.events.agreement;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.attache.knowledge.AreaLexicon;
import org.attache.knowledge.AreaMatch;
import org.attache.model.Agreement;
import org.attache.model.Area;
import org.attache.model.Instrument;
import org.attache.model.Span;
import org.attache.pipeline.events.parties.SentenceView;
import org.attache.pipeline.events.parties.TokenPhrases;

/**
 * The areas of an instrument told in the sentences after its signing: a sentence that opens on the
 * instrument told before ("The MoU provides for ...", "Under the agreement, the sides will ...")
 * gives it the areas it names, and so do the sentences right after it that go on with its content
 * ("Specifically, ...", "In particular, ...", "At the same time, ..."). The instrument is the
 * latest one of the same kind told in the few sentences before; a sentence that tells an instrument
 * of its own opens nothing.
 */
final class AreasToldAfter {
  /** How many sentences back the instrument may have been told. */
  private static final int REACH = 3;

  private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "said");

  private static final Set<String> FRAMES = Set.of("under", "in", "according");

  private static final List<List<String>> CONTINUATIONS =
      List.of(
          List.of("specifically"),
          List.of("in", "particular"),
          List.of("particularly"),
          List.of("at", "the", "same", "time"),
          List.of("in", "addition"),
          List.of("besides"),
          List.of("moreover"),
          List.of("furthermore"),
          List.of("also"),
          List.of("it", "also"),
          List.of("accordingly"));

  private final AreaLexicon areas;
  private final TokenPhrases<Instrument> instruments;

  AreasToldAfter(AreaLexicon areas, TokenPhrases<Instrument> instruments) {
    this.areas = areas;
    this.instruments = instruments;
  }

  /** A reader of one document's sentences, in order. */
  Reader reader() {
    return new Reader();
  }

  /** Reads one document: it remembers the instrument being described. */
  final class Reader {
    /** The mention being described, by its place in the mentions found, or -1. */
    private int target = -1;

    /** The offsets where the last sentences read start, the latest last. */
    private final ArrayDeque<Integer> starts = new java.util.ArrayDeque<>();

    private Reader() {}

    /**
     * Reads the next sentence: where it opens on an instrument told before or goes on describing
     * one, the areas it names join that instrument's mention in {@code found}.
     *
     * @param toldHere whether the sentence told an instrument of its own
     */
    void read(SentenceView view, boolean toldHere, List<Told> found) {
      starts.addLast(view.sentence().span().start());
      if (starts.size() > REACH + 1) {
        starts.removeFirst();
      }
      if (toldHere) {
        target = -1;
        return;
      }
      Optional<Instrument> opening = opening(view);
      if (opening.isPresent()) {
        target = latest(found, opening.get(), starts.getFirst());
      } else if (target < 0 || !continues(view)) {
        target = -1;
      }
      if (target >= 0) {
        describe(view, found, target);
      }
    }
  }

  private void describe(SentenceView view, List<Told> found, int target) {
    Set<Area> named = EnumSet.noneOf(Area.class);
    List<String> words = new ArrayList<>();
    String text = view.text(view.first(), view.last());
    for (AreaMatch match : areas.find(text)) {
      if (match.counted()) {
        named.addAll(match.areas());
        words.add(text.substring(match.start(), match.end()));
      }
    }
    if (!named.isEmpty()) {
      found.set(target, withAreas(found.get(target), named, words, view.sentence().span()));
    }
  }

  /** The instrument a sentence opens on: "The MoU ...", "Under the agreement, ...". */
  private Optional<Instrument> opening(SentenceView view) {
    int i = view.first();
    if (FRAMES.contains(view.lower(i))) {
      i += view.lower(i).equals("according") ? 2 : 1;
    }
    if (!DETERMINERS.contains(view.lower(i))) {
      return Optional.empty();
    }
    Optional<TokenPhrases.Found<Instrument>> instrument = instruments.at(view, i + 1);
    if (instrument.isEmpty()
        || Counts.plural(view, instrument.get().firstToken(), instrument.get().lastToken())) {
      return Optional.empty();
    }
    return Optional.of(instrument.get().value());
  }

  private static boolean continues(SentenceView view) {
    for (List<String> words : CONTINUATIONS) {
      boolean all = true;
      for (int k = 0; k < words.size() && all; k++) {
        all = view.lower(view.first() + k).equals(words.get(k));
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /** The latest single instrument of the kind told since the offset, or -1. */
  private static int latest(List<Told> found, Instrument instrument, int since) {
    for (int t = found.size() - 1; t >= 0; t--) {
      Told told = found.get(t);
      if (told.agreement().evidence().get(0).start() < since) {
        return -1;
      }
      if (told.agreement().instrument() == instrument && told.count() == 1) {
        return t;
      }
    }
    return -1;
  }

  private static Told withAreas(Told told, Set<Area> named, List<String> words, Span sentence) {
    Agreement a = told.agreement();
    Set<Area> all = EnumSet.noneOf(Area.class);
    all.addAll(a.areas());
    all.addAll(named);
    SortedMap<String, String> provenance = new TreeMap<>(a.provenance());
    String note = "areas.tsv, in a sentence that describes it: " + String.join(", ", words);
    provenance.merge("areas", note, (x, y) -> x + "; " + y);
    List<Span> evidence = new ArrayList<>(a.evidence());
    if (!evidence.contains(sentence)) {
      evidence.add(sentence);
    }
    return new Told(
        new Agreement(
            a.id(),
            a.instrument(),
            a.title(),
            a.parties(),
            a.signed(),
            a.place(),
            new ArrayList<>(all),
            a.status(),
            a.codes(),
            evidence,
            a.confidence(),
            provenance),
        told.count(),
        told.subjects(),
        told.refersBack());
  }
}
