/**
 * The evaluator: scores predicted records against the gold files of shared/gold, as its README
 * says.
 *
 * <p>{@link org.attache.eval.GoldSet#load} and {@link org.attache.eval.GoldFile#read} read gold
 * files into {@link org.attache.eval.Gold}; {@link org.attache.eval.RecordReducer} brings a
 * predicted record to the same reduced form; {@link org.attache.eval.Evaluator} pairs and counts,
 * section by section, into a {@link org.attache.eval.Report}.
 *
 * <p>Where the scoring rules are silent, the evaluator decides as follows.
 *
 * <ul>
 *   <li>Honorifics are dropped only at the start of a name. A label with letters and none in lower
 *       case ({@code CHN}, {@code CIS ATC}) is a code and matches only itself.
 *   <li>DatePrefixes match at component boundaries ({@code 2021-0} is not a prefix of anything);
 *       two full dates compare their day only.
 *   <li>A date, year or period end unknown on either side never prevents pairing. Where a date is
 *       scored (meeting date accuracy) an unknown gold date is right only if the prediction gives
 *       none: a date where the text gives none is a guess.
 *   <li>Meeting place accuracy compares only what the gold gives and skips pairs whose gold gives
 *       neither city nor country; cities compare folded, countries exactly.
 *   <li>People: a gold {@code of} or {@code to} that is unknown is not checked; a person with
 *       {@code other_posts} is right when any of their posts is. Pairing prefers pairs whose post
 *       is right.
 *   <li>Party sets "overlap at least half" when the shared parties are at least half of the larger
 *       set.
 *   <li>Statements pair greedily, likeliest reading first, then augmenting paths make the number of
 *       pairs the largest possible.
 *   <li>With nothing predicted and nothing in the gold, precision, recall and F1 are 1; an accuracy
 *       over no pairs has no value.
 *   <li>Documents the gold marks as not diplomatic score every event section as empty (each
 *       prediction a false positive); their people are not scored.
 * </ul>
 */
package org.attache.eval;
