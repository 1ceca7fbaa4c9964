package org.attache.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.attache.model.PlanItemKind;
import org.attache.store.Database;
import org.attache.store.coordination.Drafting;
import org.attache.store.coordination.ItemDraft;
import org.attache.store.coordination.ItemImport;
import org.attache.store.coordination.ItemStatus;
import org.attache.store.coordination.PlanDraft;
import org.attache.store.query.Sql;
import org.attache.store.users.User;
import org.attache.store.users.UserRole;

/**
 * Joint plans for the load benchmark: SCO-ASEAN plans of two years each, their items spread over
 * the years, kinds, places and statuses, written through the store's drafting and import.
 */
final class CoordinationLoad {
  private static final User BENCH = new User("bench", UserRole.ADMIN);
  private static final String[] PLACES = {"Beijing", "Jakarta", "Tashkent", "Bangkok", "Astana"};
  private static final ItemStatus[] STATUSES = {
    ItemStatus.PROPOSED,
    ItemStatus.AGREED,
    ItemStatus.SCHEDULED,
    ItemStatus.HELD,
    ItemStatus.POSTPONED
  };

  private CoordinationLoad() {}

  /**
   * Adds {@code plans} plans of {@code items} items each, unless the store has them from an earlier
   * run.
   *
   * @return the id of the first of them
   */
  static long addPlans(Database database, int plans, int items) {
    Sql sql = new Sql(database);
    List<Long> made =
        sql.ids("SELECT id FROM coord_plan WHERE title LIKE 'Bench plan %' ORDER BY id");
    if (made.size() >= plans) {
      return made.get(0);
    }
    Drafting drafting = new Drafting(sql);
    ItemImport imports = new ItemImport(sql);
    long first = -1;
    for (int p = made.size(); p < plans; p++) {
      int from = 2016 + p % 9;
      long id =
          drafting.create(
              new PlanDraft(
                  "Bench plan " + p,
                  List.of("SCO", "ASEAN"),
                  Optional.of("2005 SCO-ASEAN memorandum of understanding"),
                  Optional.empty(),
                  String.valueOf(from),
                  String.valueOf(from + 1),
                  List.of("tourism", "trade")),
              BENCH);
      first = first < 0 ? id : first;
      List<ItemDraft> rows = new ArrayList<>();
      for (int i = 0; i < items; i++) {
        rows.add(
            new ItemDraft(
                "Joint event " + i + " of plan " + p,
                PlanItemKind.values()[i % PlanItemKind.values().length],
                i % 3 == 0 ? List.of("SCO") : List.of(),
                Optional.of("Secretariat"),
                Optional.of(String.format(Locale.ROOT, "%d-%02d", from + i % 2, i % 12 + 1)),
                Optional.empty(),
                Optional.of(PLACES[i % PLACES.length]),
                STATUSES[i % STATUSES.length],
                Optional.empty()));
      }
      imports.importItems(id, rows, "bench.csv", BENCH, Optional.empty());
    }
    return made.isEmpty() ? first : made.get(0);
  }
}
