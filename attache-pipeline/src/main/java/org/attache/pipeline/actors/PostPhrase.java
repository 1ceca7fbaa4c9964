package org.attache.pipeline.actors;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.attache.pipeline.analysis.Mention;

/**
 * A post title with what qualifies it: "SCO Secretary-General", "Ambassadors of Brunei Darussalam
 * and Indonesia to the People's Republic of China", "Brunei's foreign minister".
 *
 * @param title the title mention
 * @param of codes of the states or organisations served, in the order written
 * @param to code of the state or organisation an envoy is accredited to
 * @param firstToken first token of the phrase
 * @param lastToken last token of the phrase, inclusive
 * @param qualifiers the party mentions that the phrase uses as {@code of} or {@code to}
 * @param portfolio the office written after a title the knowledge base holds only the head of, as
 *     written ("for Latin America"), or ""
 */
record PostPhrase(
    Mention title,
    List<String> of,
    Optional<String> to,
    int firstToken,
    int lastToken,
    List<Mention> qualifiers,
    String portfolio) {
  PostPhrase {
    requireNonNull(title, "title is null");
    of = List.copyOf(of);
    to = to == null ? Optional.empty() : to;
    qualifiers = List.copyOf(qualifiers);
    requireNonNull(portfolio, "portfolio is null");
  }

  /**
   * The title as the record gives it: the normalised title with its portfolio as written ("Minister
   * for Latin America"), or the normalised title alone.
   */
  String written() {
    return portfolio.isEmpty() ? title.value() : title.value() + " " + portfolio;
  }
}
