package org.attache.eval;

import static java.util.Objects.requireNonNull;

/**
 * People figures.
 *
 * @param correct persons matched by name whose post is right as well
 * @param names persons matched by name alone
 */
public record PeopleFigures(Score correct, Score names) {
  public PeopleFigures {
    requireNonNull(correct, "correct is null");
    requireNonNull(names, "names is null");
  }

  public PeopleFigures plus(PeopleFigures other) {
    return new PeopleFigures(correct.plus(other.correct), names.plus(other.names));
  }
}
