package org.attache.eval;

import static java.util.Objects.requireNonNull;

/**
 * Agreement figures.
 *
 * @param events paired agreements
 * @param areas areas of cooperation matched over pairs, as sets
 */
public record AgreementFigures(Score events, Score areas) {
  public AgreementFigures {
    requireNonNull(events, "events is null");
    requireNonNull(areas, "areas is null");
  }

  public AgreementFigures plus(AgreementFigures other) {
    return new AgreementFigures(events.plus(other.events), areas.plus(other.areas));
  }
}
