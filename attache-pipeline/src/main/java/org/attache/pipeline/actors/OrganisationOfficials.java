package org.attache.pipeline.actors;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.pipeline.analysis.Mention;
import org.attache.pipeline.analysis.MentionKind;
import org.attache.pipeline.analysis.WordLists;

/**
 * "The Secretary-General met with the President of Malawi": an official of an organisation
 * described by title alone, whom the document never names, stands for the organisation, a side of
 * its own: the organisation the document names most, else the one the bare title names by
 * convention ({@code organisation-titles.tsv}).
 */
public final class OrganisationOfficials {
  /** The rule of the references that an unnamed organisation official makes to the organisation. */
  public static final String RULE = "coref.organisation_official";

  private static final Map<String, Optional<String>> TITLES = load();

  private OrganisationOfficials() {}

  /** The titles that organisations give their officials, and states seldom. */
  static Set<String> titles() {
    return TITLES.keySet();
  }

  /**
   * The organisation an unnamed official of this title stands for, given how often the document
   * names each organisation; empty for a title that organisations seldom give.
   */
  static Optional<String> organisation(String title, Map<String, Integer> named) {
    Optional<String> conventional = TITLES.get(title);
    if (conventional == null) {
      return Optional.empty();
    }
    return StoryCounts.most(named, Set.of()).or(() -> conventional);
  }

  /** How often the mentions name each organisation, in the order first named. */
  static Map<String, Integer> named(List<Mention> mentions) {
    Map<String, Integer> named = new LinkedHashMap<>();
    for (Mention mention : mentions) {
      if (mention.kind() == MentionKind.ORGANISATION) {
        named.merge(mention.value(), 1, Integer::sum);
      }
    }
    return named;
  }

  private static Map<String, Optional<String>> load() {
    Map<String, Optional<String>> titles = new HashMap<>();
    for (List<String> row : WordLists.table("organisation-titles.tsv")) {
      String organisation = row.size() > 1 ? row.get(1) : "";
      titles.put(row.get(0), organisation.isEmpty() ? Optional.empty() : Optional.of(organisation));
    }
    return Map.copyOf(titles);
  }
}
