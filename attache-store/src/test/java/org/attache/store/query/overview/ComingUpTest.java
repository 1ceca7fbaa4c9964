package org.attache.store.query.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.attache.model.PlanItemKind;
import org.attache.store.TestingPostgres;
import org.attache.store.coordination.Drafting;
import org.attache.store.coordination.ItemDraft;
import org.attache.store.coordination.ItemStatus;
import org.attache.store.coordination.PlanDraft;
import org.attache.store.query.Sql;
import org.attache.store.users.User;
import org.attache.store.users.UserRole;
import org.junit.jupiter.api.Test;

/** The items of joint plans coming up, as the start page lists them, on a real PostgreSQL. */
class ComingUpTest {
  private static final User EDITOR = new User("sara", UserRole.EDITOR, Optional.of("SCO"));

  private static ItemDraft item(String title, String from, String to, ItemStatus status) {
    return new ItemDraft(
        title,
        PlanItemKind.MEETING,
        List.of(),
        Optional.empty(),
        Optional.of(from),
        Optional.ofNullable(to),
        Optional.of("Tashkent"),
        status,
        Optional.empty());
  }

  @Test
  void itemsMeetingTheNextDaysComeSoonestFirstAndHeldOrCancelledOnesNot() {
    Sql sql = new Sql(TestingPostgres.freshDatabase("coming"));
    Drafting drafting = new Drafting(sql);
    long plan =
        drafting.create(
            new PlanDraft(
                "Joint events 2025",
                List.of("SCO", "ASEAN"),
                Optional.empty(),
                Optional.empty(),
                "2025",
                "2025",
                List.of()),
            EDITOR);
    String[][] items = {
      {"Round table in May", "2025-05", null, "AGREED"},
      {"Summer school", "2025-06-20", "2025-07-05", "SCHEDULED"},
      {"Consultations in June", "2025-06", null, "PROPOSED"},
      {"Exhibition held early", "2025-06-15", null, "HELD"},
      {"Forum called off", "2025-07-01", null, "CANCELLED"},
      {"Autumn festival", "2025-09", null, "AGREED"},
      {"Exchanges all year", "2025", null, "AGREED"},
      {"Seminar on the last day", "2025-08-09", null, "POSTPONED"}
    };
    for (String[] i : items) {
      drafting.addItem(
          plan, item(i[0], i[1], i[2], ItemStatus.valueOf(i[3])), EDITOR, Optional.empty());
    }

    List<ComingItem> coming = new Overview(sql).comingUp(LocalDate.of(2025, 6, 10), 60, 10);

    assertThat(coming)
        .extracting(ComingItem::title, ComingItem::planned, ComingItem::status)
        .containsExactly(
            tuple("Exchanges all year", "2025", "agreed"),
            tuple("Consultations in June", "2025-06", "proposed"),
            tuple("Summer school", "2025-06-20 to 2025-07-05", "scheduled"),
            tuple("Seminar on the last day", "2025-08-09", "postponed"));
    assertThat(coming).allSatisfy(c -> assertThat(c.planTitle()).isEqualTo("Joint events 2025"));
    assertThat(new Overview(sql).comingUp(LocalDate.of(2025, 6, 10), 60, 2))
        .extracting(ComingItem::title)
        .containsExactly("Exchanges all year", "Consultations in June");
    assertThatThrownBy(() -> new Overview(sql).comingUp(LocalDate.of(2025, 6, 10), 60, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("days must be at least 0 and limit at least 1: 60, 0");
  }
}
