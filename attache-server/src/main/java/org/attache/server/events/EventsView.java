package org.attache.server.events;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.attache.store.query.events.EventDetail;

/**
 * The events page: what it lists, which of them it shows, links to the newer and older pages, and
 * the filters for the downloads ({@code &name=value}, encoded), and the filter form.
 */
public record EventsView(
    String heading,
    String range,
    List<EventDetail> items,
    Optional<String> newer,
    Optional<String> older,
    String filters,
    EventsForm form) {
  public EventsView {
    requireNonNull(heading, "heading is null");
    requireNonNull(range, "range is null");
    items = List.copyOf(items);
    requireNonNull(newer, "newer is null");
    requireNonNull(older, "older is null");
    requireNonNull(filters, "filters is null");
    requireNonNull(form, "form is null");
  }
}
