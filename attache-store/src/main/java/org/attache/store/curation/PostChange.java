package org.attache.store.curation;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.attache.model.error.AttacheException;
import org.attache.store.merge.IsoDates;

/**
 * What a post becomes.
 *
 * @param title its title: "Secretary-General", "Director"
 * @param organisation the organisation or state it serves, by name, code or {@code
 *     organisation:ID}; empty keeps the one it has
 * @param from when it began, an ISO date, if known
 * @param to when it ended, if known
 */
public record PostChange(
    String title, Optional<String> organisation, Optional<String> from, Optional<String> to) {
  /** The longest title, in characters. */
  static final int MAX_TITLE = 200;

  public PostChange {
    requireNonNull(title, "title is null");
    requireNonNull(organisation, "organisation is null");
    title = title.strip();
    organisation = organisation.map(String::strip).filter(o -> !o.isEmpty());
    from = requireNonNull(from, "from is null").map(String::strip).filter(d -> !d.isEmpty());
    to = requireNonNull(to, "to is null").map(String::strip).filter(d -> !d.isEmpty());
    if (title.isEmpty()) {
      throw AttacheException.badInput("A post needs a title");
    }
    if (title.length() > MAX_TITLE) {
      throw AttacheException.badInput(
          "A post's title is at most " + MAX_TITLE + " characters; this one has " + title.length());
    }
    for (Optional<String> date : java.util.List.of(from, to)) {
      if (date.isPresent() && !IsoDates.isValid(date.get())) {
        throw AttacheException.badInput(
            "Not a date (2021, 2021-02 or 2021-02-08): '" + date.get() + "'");
      }
    }
    if (from.isPresent() && to.isPresent()) {
      int common = Math.min(from.get().length(), to.get().length());
      if (from.get().substring(0, common).compareTo(to.get().substring(0, common)) > 0) {
        throw AttacheException.badInput(
            "A post cannot end (" + to.get() + ") before it begins (" + from.get() + ")");
      }
    }
  }
}
