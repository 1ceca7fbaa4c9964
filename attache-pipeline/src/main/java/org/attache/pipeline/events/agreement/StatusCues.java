package org.attache.pipeline.events.agreement;

import java.util.Optional;
import java.util.Set;
import org.attache.model.AgreementStatus;
import org.attache.model.Instrument;
import org.attache.model.Vocabulary;
import org.attache.pipeline.events.parties.SentenceView;
import org.attache.pipeline.events.parties.TokenPhrases;

/**
 * The words of {@code agreement-cues.tsv} that say where an instrument stands ("signed", "in
 * force", "under discussion"), and the nearest of them to an instrument.
 */
final class StatusCues {
  private static final int ADOPTED_WINDOW = 12;
  private static final Set<String> ADOPTED = Set.of("adopted", "adoption", "approved");

  private final TokenPhrases<AgreementStatus> cues =
      new TokenPhrases<>("agreement-cues.tsv", s -> Vocabulary.parse(AgreementStatus.class, s));

  /** The cue that starts at the token, if any. */
  Optional<TokenPhrases.Found<AgreementStatus>> at(SentenceView view, int token) {
    return cues.at(view, token);
  }

  /** Whether the nearest cue to a document that is an instrument only when adopted says so. */
  boolean adopted(SentenceView view, TokenPhrases.Found<Instrument> document) {
    return nearest(view, document)
        .filter(c -> ADOPTED.contains(c.phrase()))
        .filter(
            c ->
                Math.abs(c.firstToken() - document.lastToken()) <= ADOPTED_WINDOW
                    || Math.abs(document.firstToken() - c.lastToken()) <= ADOPTED_WINDOW)
        .isPresent();
  }

  /**
   * The cue nearest the instrument, outside its phrase; "sign" after "to" or "will" is not yet
   * signed.
   */
  Optional<TokenPhrases.Found<AgreementStatus>> nearest(
      SentenceView view, TokenPhrases.Found<Instrument> instrument) {
    TokenPhrases.Found<AgreementStatus> best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TokenPhrases.Found<AgreementStatus> cue : cues.in(view)) {
      int distance = cue.distanceTo(instrument);
      if (cue.firstToken() >= instrument.firstToken()
          && cue.lastToken() <= instrument.lastToken()) {
        continue;
      }
      if (distance < bestDistance) {
        best = cue;
        bestDistance = distance;
      }
    }
    if (best != null && best.phrase().equals("sign") && !infinitive(view, best.firstToken())) {
      best = best.withValue(AgreementStatus.SIGNED);
    }
    return Optional.ofNullable(best);
  }

  private static boolean infinitive(SentenceView view, int token) {
    String before = view.lower(token - 1);
    return before.equals("to")
        || before.equals("will")
        || before.equals("would")
        || before.equals("shall");
  }
}
