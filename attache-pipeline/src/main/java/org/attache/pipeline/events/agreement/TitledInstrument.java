package org.attache.pipeline.events.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.attache.model.Agreement;
import org.attache.model.AgreementStatus;
import org.attache.model.Instrument;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.events.parties.Parties;
import org.attache.pipeline.events.parties.SentenceView;
import org.attache.pipeline.events.parties.TokenPhrases;
import org.attache.pipeline.time.DateFinder;
import org.attache.pipeline.time.TemporalMention;

/** A document that is itself a joint statement or declaration, as its title says. */
final class TitledInstrument {
  private final TokenPhrases<Instrument> instruments;
  private final DateFinder dates = new DateFinder();

  TitledInstrument(TokenPhrases<Instrument> instruments) {
    this.instruments = instruments;
  }

  /**
   * A document whose title names a joint statement or declaration and no verb ("BRICS Joint
   * Statement", "Joint Declaration of ... on ...") is that instrument: signed on the first full
   * date of its opening sentences, else on the publication date; its parties are those its title
   * names.
   */
  List<Told> in(Analysis analysis) {
    Optional<String> title = analysis.document().title();
    List<Sentence> sentences = analysis.annotatedText().sentences();
    if (title.isEmpty() || sentences.isEmpty()) {
      return List.of();
    }
    Sentence first = sentences.get(0);
    if (first.span().start() != 0 || first.span().end() > title.get().length()) {
      return List.of();
    }
    SentenceView view = new SentenceView(analysis.text(), first, analysis.actorTable());
    for (int i = view.first(); i <= view.last(); i++) {
      if (view.pos(i).startsWith("VB") || view.lower(i).equals(":")) {
        return List.of();
      }
    }
    for (TokenPhrases.Found<Instrument> instrument : instruments.in(view)) {
      if (instrument.value() != Instrument.JOINT_STATEMENT
          && instrument.value() != Instrument.DECLARATION) {
        continue;
      }
      List<String> parties = Parties.of(analysis.actorTable(), InstrumentPhrase.ids(view.sides()));
      if (parties.isEmpty()) {
        return List.of();
      }
      SortedMap<String, String> provenance = new TreeMap<>();
      provenance.put("instrument", "the document's title: " + instrument.phrase());
      provenance.put("parties", "the actors of the title");
      provenance.put("status", "a document that is the instrument: signed");
      Optional<String> signed = Optional.empty();
      for (int s = 1; s < Math.min(sentences.size(), 4) && signed.isEmpty(); s++) {
        Sentence sentence = sentences.get(s);
        for (TemporalMention date :
            dates.find(sentence.text(analysis.text()), analysis.document().published())) {
          if (date.isFullDate()) {
            signed = Optional.of(date.value());
            provenance.put("signed", "the first full date of the opening sentences");
            break;
          }
        }
      }
      if (signed.isEmpty() && analysis.document().published().isPresent()) {
        signed = analysis.document().published().map(LocalDate::toString);
        provenance.put("signed", "the publication date");
      }
      return List.of(
          new Told(
              new Agreement(
                  "agreement",
                  instrument.value(),
                  Optional.of(title.get().strip()),
                  parties,
                  signed,
                  Optional.empty(),
                  List.of(),
                  Optional.of(AgreementStatus.SIGNED),
                  Optional.empty(),
                  List.of(first.span()),
                  0.6,
                  provenance),
              1,
              List.of(),
              false));
    }
    return List.of();
  }
}
