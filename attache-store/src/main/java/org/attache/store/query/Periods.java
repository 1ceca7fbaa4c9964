package org.attache.store.query;

import java.util.List;
import java.util.Optional;

/** The conditions on an event's area and period that the event queries share. */
public final class Periods {
  private Periods() {}

  /**
   * Appends to a WHERE clause over {@code event_date e} the conditions for an area and a period
   * (ISO dates of any precision), adding their parameters in order.
   */
  public static void where(
      StringBuilder where,
      List<Object> parameters,
      Optional<String> area,
      Optional<String> from,
      Optional<String> to) {
    area.ifPresent(
        a -> {
          where.append(
              " AND EXISTS (SELECT 1 FROM event_area_view x WHERE x.event_id = e.id"
                  + " AND x.area = ?)");
          parameters.add(a);
        });
    from.ifPresent(
        d -> {
          where.append(" AND iso_date_last(e.date) >= iso_date_first(?)");
          parameters.add(d);
        });
    to.ifPresent(
        d -> {
          where.append(" AND iso_date_first(e.date) <= iso_date_last(?)");
          parameters.add(d);
        });
  }
}
