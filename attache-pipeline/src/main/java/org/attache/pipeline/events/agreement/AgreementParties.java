package org.attache.pipeline.events.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.attache.knowledge.Entity;
import org.attache.knowledge.KnowledgeBase;
import org.attache.knowledge.PhraseMatch;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.Mention;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.events.parties.Collectives;
import org.attache.pipeline.events.parties.MeetingsTold;
import org.attache.pipeline.events.parties.Parties;
import org.attache.pipeline.events.parties.SentenceView;

/**
 * The parties of an instrument told in a sentence: the actors inside its phrase ("the SCO-ASEAN
 * memorandum", "a memorandum between the SCO and ASEAN"); those just before it ("Russia's breach of
 * the INF treaty"); a collective subject ("the two sides") standing for the sides of the meeting
 * told of; the actors of the sentence. People stand for the state or organisation they serve.
 */
final class AgreementParties {
  private static final int WINDOW = 6;

  private final KnowledgeBase knowledge;
  private final StatusCues cues;
  private final Collectives collectives = new Collectives();

  AgreementParties(KnowledgeBase knowledge, StatusCues cues) {
    this.knowledge = knowledge;
    this.cues = cues;
  }

  /**
   * The parties of the instrument whose noun phrase runs over the tokens, the first that gives any:
   * the actors inside its phrase, those just before it, a collective subject's sides, the actors of
   * the sentence.
   */
  List<String> of(
      Analysis analysis,
      MeetingsTold meetings,
      SentenceView view,
      int npStart,
      int npEnd,
      SortedMap<String, String> provenance) {
    ActorTable actors = analysis.actorTable();
    List<String> inside = InstrumentPhrase.ids(view.referencesBetween(npStart, npEnd));
    int from = view.token(npStart).start();
    int to = view.token(npEnd).end();
    for (Mention mention : analysis.mentionList().in(view.sentence())) {
      if (mention.isParty() && mention.span().start() >= from && mention.span().end() <= to) {
        actors
            .byCode(mention.value())
            .ifPresent(
                a -> {
                  if (!inside.contains(a.id())) {
                    inside.add(a.id());
                  }
                });
      }
    }
    for (PhraseMatch<Entity> match : knowledge.find(analysis.text().substring(from, to))) {
      Optional<String> code = Optional.empty();
      if (match.payload() instanceof Entity.OrganisationName name) {
        code = Optional.of(name.organisation().code());
      } else if (match.payload() instanceof Entity.StateName name) {
        code = Optional.of(name.state().code());
      }
      code.flatMap(actors::byCode)
          .ifPresent(
              a -> {
                if (!inside.contains(a.id())) {
                  inside.add(a.id());
                }
              });
    }
    List<String> parties = Parties.of(actors, inside);
    if (!parties.isEmpty()) {
      provenance.put("parties", "actors inside the instrument's phrase");
      return parties;
    }
    List<String> before = new ArrayList<>();
    for (int i = npStart - 1; i >= Math.max(view.first(), npStart - WINDOW); i--) {
      String pos = view.pos(i);
      boolean verbOfItsOwn =
          pos.startsWith("VB") && view.pos(i + 1).equals("DT") && cues.at(view, i).isEmpty();
      if (view.lower(i).equals(",") || view.lower(i).equals(";") || verbOfItsOwn) {
        break;
      }
      Optional<Reference> side = view.sideEndingAt(i);
      if (side.isPresent()) {
        before.add(0, side.get().actor());
        int j = side.get().firstToken() - 1;
        while (view.inside(j)
            && Set.of("and", ",", "the").contains(view.lower(j))
            && j > view.first()) {
          Optional<Reference> coordinated = view.sideEndingAt(j - 1);
          if (coordinated.isPresent()) {
            before.add(0, coordinated.get().actor());
            j = coordinated.get().firstToken() - 1;
          } else {
            j--;
          }
        }
        i = Math.min(i, side.get().firstToken());
      }
    }
    parties = Parties.of(actors, before);
    if (!parties.isEmpty()) {
      provenance.put("parties", "actors just before the instrument");
      return parties;
    }
    Optional<Collectives.Subject> collective =
        collectives.firstStates(view, meetings, actors, knowledge);
    if (collective.isPresent()) {
      String words = collective.get().subject().words();
      provenance.put("parties", "collective subject '" + words + "': the sides of the meeting");
      return Parties.of(actors, collective.get().actors());
    }
    parties = Parties.of(actors, InstrumentPhrase.ids(view.sides()));
    if (!parties.isEmpty()) {
      provenance.put("parties", "actors of the sentence");
    }
    return parties;
  }

  /**
   * The parties of a well-known instrument: those of its parties that the document names, else the
   * parties the text gives.
   */
  static List<String> known(
      ActorTable actors,
      KnownInstruments.Known known,
      List<String> fromText,
      SortedMap<String, String> provenance) {
    List<String> named = new ArrayList<>();
    for (String code : known.parties()) {
      actors.byCode(code).ifPresent(a -> named.add(a.id()));
    }
    if (named.isEmpty()) {
      return fromText;
    }
    List<String> parties = new ArrayList<>(fromText.stream().filter(named::contains).toList());
    if (parties.isEmpty()) {
      parties = named;
    }
    provenance.put("parties", "the parties of known-instruments.tsv that the document names");
    return parties;
  }
}
