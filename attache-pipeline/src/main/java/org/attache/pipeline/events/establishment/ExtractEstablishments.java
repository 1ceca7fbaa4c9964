package org.attache.pipeline.events.establishment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.attache.model.ActorKind;
import org.attache.model.Establishment;
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
 * Finds establishments: a founding verb of {@code establishment-words.tsv} ("established",
 * "founded", "set up") said of an organisation named before it ("The ASEAN-China Centre ...,
 * established by ASEAN member states and China in 2011 on the sidelines of the 14th ASEAN-China
 * Summit"). The founders are the actors after "by"; the date the first date after the verb; the
 * occasion the phrase after "on the sidelines of", "at" or "during".
 */
public final class ExtractEstablishments extends DeclaredStage {
  private final TokenPhrases<String> words = new TokenPhrases<>("establishment-words.tsv", s -> s);
  private final DateFinder dates = new DateFinder();

  public ExtractEstablishments() {
    super(
        "establishments",
        EnumSet.of(Layer.SENTENCES, Layer.ACTORS),
        EnumSet.of(Layer.ESTABLISHMENTS));
  }

  @Override
  public Analysis apply(Analysis analysis) {
    List<Establishment> found = new ArrayList<>();
    for (SentenceView view : SentenceView.all(analysis)) {
      List<TokenPhrases.Found<String>> here = words.in(view);
      for (TokenPhrases.Found<String> verb : here) {
        if (verb.value().equals("verb") && view.pos(verb.firstToken()).startsWith("VB")) {
          establishment(analysis, view, verb, here).ifPresent(found::add);
          break;
        }
      }
    }
    return analysis.withEvents(Layer.ESTABLISHMENTS, found);
  }

  private Optional<Establishment> establishment(
      Analysis analysis,
      SentenceView view,
      TokenPhrases.Found<String> verb,
      List<TokenPhrases.Found<String>> here) {
    ActorTable actors = analysis.actorTable();
    Optional<Reference> founded = Optional.empty();
    for (Reference reference : view.sidesBetween(view.first(), verb.firstToken() - 1)) {
      if (actors.is(reference.actor(), ActorKind.ORGANISATION)) {
        founded = Optional.of(reference);
        break;
      }
    }
    if (founded.isEmpty()) {
      return Optional.empty();
    }
    SortedMap<String, String> provenance = new TreeMap<>();
    provenance.put("actor", "the organisation named before '" + verb.phrase() + "'");
    Set<String> founders = new LinkedHashSet<>();
    Optional<TokenPhrases.Found<String>> by =
        here.stream()
            .filter(f -> f.value().equals("by") && f.firstToken() == verb.lastToken() + 1)
            .findFirst();
    if (by.isPresent()) {
      int end = by.get().lastToken() + 1;
      while (view.inside(end)
          && !view.lower(end).equals(",")
          && !view.pos(end).equals("IN")
          && !view.pos(end).startsWith("VB")) {
        end++;
      }
      List<String> ids = new ArrayList<>();
      for (Reference reference : view.sidesBetween(by.get().lastToken() + 1, end - 1)) {
        ids.add(reference.actor());
      }
      founders.addAll(Parties.of(actors, ids));
      founders.remove(founded.get().actor());
      if (!founders.isEmpty()) {
        provenance.put("founders", "the actors after 'by'");
      }
    }
    Optional<String> date = Optional.empty();
    Optional<LocalDate> published = analysis.document().published();
    int offset = view.sentence().span().start();
    for (TemporalMention mention : dates.find(view.text(), published)) {
      if (mention.kind() == TemporalMention.Kind.DATE
          && offset + mention.start() > view.token(verb.lastToken()).start()) {
        date = Optional.of(mention.value());
        provenance.put("date", "the first date after '" + verb.phrase() + "'");
        break;
      }
    }
    Optional<String> occasion = Optional.empty();
    for (TokenPhrases.Found<String> cue : here) {
      if (cue.value().equals("occasion") && cue.firstToken() > verb.lastToken()) {
        int start = cue.lastToken() + 1;
        if (view.lower(start).equals("the")) {
          start++;
        }
        int end = start;
        while (view.inside(end)
            && (view.pos(end).startsWith("NN")
                || view.pos(end).startsWith("JJ")
                || view.pos(end).equals("CD")
                || view.lower(end).equals("-"))) {
          end++;
        }
        if (end > start) {
          occasion = Optional.of(view.text(start, end - 1));
          provenance.put("occasion", "the phrase after '" + cue.phrase() + "'");
          break;
        }
      }
    }
    return Optional.of(
        new Establishment(
            "establishment-" + view.index(),
            date,
            founded.get().actor(),
            new ArrayList<>(founders),
            occasion,
            Optional.empty(),
            List.of(view.sentence().span()),
            0.7,
            provenance));
  }
}
