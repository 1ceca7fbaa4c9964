package org.attache.store.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.model.PlanItemKind;
import org.attache.model.PlanStatus;
import org.attache.model.error.AttacheException;
import org.attache.model.error.ErrorCode;
import org.attache.store.Database;
import org.attache.store.TestingPostgres;
import org.attache.store.TestingStore;
import org.attache.store.query.Sql;
import org.attache.store.users.User;
import org.attache.store.users.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drafting, agreeing, approving and tracking joint plans on a real PostgreSQL. */
class CoordinationTest {
  private static final User SCO_EDITOR = new User("sara", UserRole.EDITOR, Optional.of("SCO"));
  private static final User ASEAN_EDITOR = new User("adi", UserRole.EDITOR, Optional.of("ASEAN"));
  private static final User SCO_COORDINATOR =
      new User("sam", UserRole.COORDINATOR, Optional.of("SCO"));
  private static final User ASEAN_COORDINATOR =
      new User("ayu", UserRole.COORDINATOR, Optional.of("ASEAN"));
  private static final Clock JUNE_2025 =
      Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);

  private Database database;
  private Drafting drafting;
  private Plans plans;
  private Tracking tracking;
  private Suggestions suggestions;

  @BeforeEach
  void freshStore() {
    database = TestingPostgres.freshDatabase("coordination");
    Sql sql = new Sql(database);
    drafting = new Drafting(sql);
    plans = new Plans(sql, JUNE_2025);
    tracking = new Tracking(sql, Map.of("ASEAN", List.of("BRN", "IDN")));
    suggestions = new Suggestions(sql, drafting);
  }

  private static PlanDraft plan(String... parties) {
    return new PlanDraft(
        "List of possible mutual events",
        List.of(parties),
        Optional.of("2005 memorandum of understanding"),
        Optional.empty(),
        "2021",
        "2022",
        List.of("tourism"));
  }

  private static ItemDraft item(String title, String planned, String place) {
    return new ItemDraft(
        title,
        PlanItemKind.MEETING,
        List.of(),
        Optional.of("SCO Secretariat"),
        Optional.of(planned),
        Optional.empty(),
        Optional.of(place),
        ItemStatus.PROPOSED,
        Optional.empty());
  }

  /** Both parties agree to every item, and both coordinators approve. */
  private void agreeAndApprove(long planId) {
    for (JointItem i : plans.plan(planId).items()) {
      drafting.respond(i.id(), SCO_EDITOR, true, Optional.empty());
      drafting.respond(i.id(), ASEAN_EDITOR, true, Optional.empty());
    }
    drafting.approve(planId, SCO_COORDINATOR);
    drafting.approve(planId, ASEAN_COORDINATOR);
  }

  @Test
  void bothPartiesDraftAgreeItemByItemAndTheCoordinatorsApprovalLocksThePlan() {
    long id = drafting.create(plan("SCO", "ASEAN"), SCO_EDITOR);
    long consultations =
        drafting.addItem(
            id,
            item("Consultations of the secretariats", "2021-02", "Beijing"),
            SCO_EDITOR,
            Optional.empty());
    long exhibition =
        drafting.addItem(
            id, item("Tourism exhibition", "2022-05", "Jakarta"), ASEAN_EDITOR, Optional.empty());
    drafting.respond(consultations, SCO_EDITOR, true, Optional.empty());
    drafting.respond(consultations, ASEAN_EDITOR, true, Optional.of("Agreed; Beijing suits us"));
    drafting.respond(exhibition, SCO_EDITOR, false, Optional.of("May we hold it in June?"));

    JointPlan drafted = plans.plan(id);
    assertThat(drafted.items())
        .extracting(JointItem::title, JointItem::status, JointItem::proposedBy)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Consultations of the secretariats", ItemStatus.AGREED, "SCO"),
            org.assertj.core.groups.Tuple.tuple(
                "Tourism exhibition", ItemStatus.PROPOSED, "ASEAN"));
    assertThat(drafted.items().get(1).responseOf("SCO").orElseThrow().comment())
        .contains("May we hold it in June?");
    assertThatThrownBy(() -> drafting.approve(id, SCO_COORDINATOR))
        .isInstanceOf(AttacheException.class)
        .hasMessage(
            "Item "
                + exhibition
                + " 'Tourism exhibition' waits for the agreement of SCO and ASEAN");

    drafting.respond(exhibition, SCO_EDITOR, true, Optional.empty());
    drafting.respond(exhibition, ASEAN_EDITOR, true, Optional.empty());
    assertThat(drafting.approve(id, SCO_COORDINATOR)).isFalse();
    assertThat(plans.plan(id).awaitingApproval()).containsExactly("ASEAN");
    assertThat(drafting.approve(id, ASEAN_COORDINATOR)).isTrue();

    JointPlan approved = plans.plan(id);
    assertThat(approved.status()).isEqualTo(PlanStatus.APPROVED);
    assertThat(approved.locked()).isTrue();
    assertThat(approved.awaitingApproval()).isEmpty();
    assertThat(approved.approvals()).extracting(Approval::party).containsExactly("SCO", "ASEAN");
    assertThat(plans.history(id))
        .extracting(Change::userName, Change::action)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("sara", "create"),
            org.assertj.core.groups.Tuple.tuple("sara", "add_item"),
            org.assertj.core.groups.Tuple.tuple("adi", "add_item"),
            org.assertj.core.groups.Tuple.tuple("sara", "respond"),
            org.assertj.core.groups.Tuple.tuple("adi", "respond"),
            org.assertj.core.groups.Tuple.tuple("adi", "status"),
            org.assertj.core.groups.Tuple.tuple("sara", "respond"),
            org.assertj.core.groups.Tuple.tuple("sara", "respond"),
            org.assertj.core.groups.Tuple.tuple("adi", "respond"),
            org.assertj.core.groups.Tuple.tuple("adi", "status"),
            org.assertj.core.groups.Tuple.tuple("sam", "approve"),
            org.assertj.core.groups.Tuple.tuple("ayu", "approve"),
            org.assertj.core.groups.Tuple.tuple("ayu", "lock"));
  }

  @Test
  void anEditorOfAnotherPartyCannotChangeThePlan() {
    long id = drafting.create(plan("SCO"), SCO_EDITOR);
    assertThatThrownBy(
            () ->
                drafting.addItem(
                    id, item("Visit", "2021-05", "Beijing"), ASEAN_EDITOR, Optional.empty()))
        .isInstanceOf(AttacheException.class)
        .hasMessage("User 'adi' acts for ASEAN, which is not a party to plan " + id + " (SCO)")
        .extracting(e -> ((AttacheException) e).code())
        .isEqualTo(ErrorCode.UNAUTHORISED);
    assertThat(plans.plan(id).items()).isEmpty();
  }

  @Test
  void aLockedPlanChangesOnlyByACoordinatorWithAReason() {
    long id = drafting.create(plan("SCO", "ASEAN"), SCO_EDITOR);
    long itemId =
        drafting.addItem(
            id, item("Consultations", "2021-02", "Beijing"), SCO_EDITOR, Optional.empty());
    agreeAndApprove(id);
    ItemDraft agreed = plans.plan(id).items().get(0).draft();
    ItemDraft later =
        new ItemDraft(
            agreed.title(),
            agreed.kind(),
            agreed.parties(),
            agreed.responsible(),
            Optional.of("2021-04"),
            Optional.empty(),
            agreed.place(),
            ItemStatus.AGREED,
            agreed.notes());

    assertThatThrownBy(() -> drafting.changeItem(itemId, later, SCO_EDITOR, Optional.of("moved")))
        .isInstanceOf(AttacheException.class)
        .hasMessage(
            "Plan "
                + id
                + " is approved and locked: a change needs a coordinator of SCO or ASEAN"
                + " and a reason; 'sara' is an editor")
        .extracting(e -> ((AttacheException) e).code())
        .isEqualTo(ErrorCode.CONFLICT);
    assertThatThrownBy(() -> drafting.changeItem(itemId, later, SCO_COORDINATOR, Optional.of("  ")))
        .hasMessage(
            "Plan "
                + id
                + " is approved and locked: a change needs a coordinator of SCO or ASEAN"
                + " and a reason");

    drafting.changeItem(
        itemId, later, SCO_COORDINATOR, Optional.of("The partners moved it to April"));
    JointPlan changed = plans.plan(id);
    assertThat(changed.locked()).isTrue();
    assertThat(changed.items().get(0).plannedFrom()).contains("2021-04");
    Change last = plans.history(id).get(plans.history(id).size() - 1);
    assertThat(last.what())
        .isEqualTo("changed item " + itemId + ": planned from: 2021-02 → 2021-04");
    assertThat(last.reason()).contains("The partners moved it to April");
    assertThat(last.userName()).isEqualTo("sam");
  }

  @Test
  void changingWhatAnAgreedItemIsInDraftingAsksThePartiesAgain() {
    long id = drafting.create(plan("SCO", "ASEAN"), SCO_EDITOR);
    long itemId =
        drafting.addItem(
            id, item("Consultations", "2021-02", "Beijing"), SCO_EDITOR, Optional.empty());
    drafting.respond(itemId, SCO_EDITOR, true, Optional.empty());
    drafting.respond(itemId, ASEAN_EDITOR, true, Optional.empty());
    ItemDraft agreed = plans.plan(id).items().get(0).draft();
    assertThat(agreed.status()).isEqualTo(ItemStatus.AGREED);

    drafting.changeItem(
        itemId,
        new ItemDraft(
            agreed.title(),
            agreed.kind(),
            agreed.parties(),
            agreed.responsible(),
            Optional.of("2021-03"),
            Optional.empty(),
            agreed.place(),
            ItemStatus.AGREED,
            agreed.notes()),
        ASEAN_EDITOR,
        Optional.empty());

    JointItem changed = plans.plan(id).items().get(0);
    assertThat(changed.status()).isEqualTo(ItemStatus.PROPOSED);
    assertThat(changed.revision()).isEqualTo(2);
    assertThat(changed.responses()).isEmpty();
  }

  @Test
  void theAuditLogRefusesUpdatesAndDeletes() {
    long id = drafting.create(plan("SCO"), SCO_EDITOR);
    TestingStore.refusal(database, "UPDATE coord_audit SET what = 'nothing' WHERE plan_id = " + id)
        .hasMessageContaining("coord_audit is append-only: UPDATE refused");
    TestingStore.refusal(database, "DELETE FROM coord_audit")
        .hasMessageContaining("coord_audit is append-only: DELETE refused");
    TestingStore.refusal(database, "TRUNCATE coord_audit CASCADE")
        .hasMessageContaining("coord_audit is append-only: TRUNCATE refused");
    assertThat(plans.history(id)).hasSize(1);
  }

  @Test
  void aMeetingThatFitsAnItemIsProposedAndOnceConfirmedTheItemIsHeldWithItsSource() {
    TestingRecords.store(database);
    long id = drafting.create(plan("SCO", "ASEAN"), SCO_EDITOR);
    long consultations =
        drafting.addItem(
            id, item("Consultations", "2021-02", "Beijing"), SCO_EDITOR, Optional.empty());
    drafting.addItem(id, item("Round table", "2022-09", "Dushanbe"), SCO_EDITOR, Optional.empty());
    agreeAndApprove(id);
    JointPlan approved = plans.plan(id);
    assertThat(approved.items()).extracting(JointItem::overdue).containsExactly(true, true);
    assertThat(approved.progress()).isEqualTo(new Progress(0, 2, 2, 0));

    List<Proposal> proposals = tracking.proposals(approved);
    assertThat(proposals)
        .extracting(Proposal::itemId, Proposal::date, Proposal::score, Proposal::partiesFound)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                consultations, "2021-02-09", 0.9, List.of("SCO", "ASEAN")));
    Proposal meeting = proposals.get(0);
    assertThat(meeting.place()).contains("SCO Secretariat, Beijing, CHN");
    assertThat(meeting.sentence())
        .contains(
            "On 9 February 2021, the SCO Secretariat in Beijing hosted a meeting of the SCO and"
                + " Brunei on joint events.");
    assertThat(meeting.headline()).contains("SCO Secretariat hosts envoy of Brunei");

    tracking.confirm(consultations, meeting.event(), ASEAN_EDITOR, Optional.empty());

    JointPlan tracked = plans.plan(id);
    JointItem held = tracked.items().get(0);
    assertThat(held.status()).isEqualTo(ItemStatus.HELD);
    assertThat(held.heldOn()).contains("2021-02-09");
    assertThat(held.overdue()).isFalse();
    assertThat(held.evidence())
        .extracting(Evidence::headline, Evidence::source, Evidence::confirmedBy)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Optional.of("SCO Secretariat hosts envoy of Brunei"),
                Optional.of("testing/sco-brunei.txt"),
                "adi"));
    assertThat(tracked.progress()).isEqualTo(new Progress(1, 2, 1, 0.5));
    assertThat(tracked.status()).isEqualTo(PlanStatus.IN_PROGRESS);
    assertThat(tracking.proposals(tracked)).isEmpty();
    assertThatThrownBy(
            () -> tracking.reject(consultations, meeting.event(), SCO_EDITOR, Optional.empty()))
        .hasMessage(
            "Event " + meeting.event() + " was confirmed for item " + consultations + " already");
  }

  @Test
  void aRejectedEventIsNoLongerProposed() {
    TestingRecords.store(database);
    long id = drafting.create(plan("SCO", "ASEAN"), SCO_EDITOR);
    long consultations =
        drafting.addItem(
            id, item("Consultations", "2021-02", "Beijing"), SCO_EDITOR, Optional.empty());
    long event = tracking.proposals(plans.plan(id)).get(0).event();
    tracking.reject(
        consultations, event, SCO_EDITOR, Optional.of("A courtesy call, not the consultations"));
    assertThat(tracking.proposals(plans.plan(id))).isEmpty();
    assertThat(plans.plan(id).items().get(0).status()).isEqualTo(ItemStatus.PROPOSED);
    assertThat(plans.history(id).get(2).reason())
        .contains("A courtesy call, not the consultations");
  }

  @Test
  void anExtractedPlanRecordIsSuggestedAndBecomesAJointPlanOnce() {
    TestingRecords.store(database);
    List<Suggestion> offered = suggestions.list();
    assertThat(offered)
        .extracting(
            Suggestion::title,
            Suggestion::parties,
            Suggestion::framework,
            Suggestion::periodFrom,
            Suggestion::periodTo)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Optional.of("plan of joint events for 2021-2022"),
                List.of("SCO", "ASEAN"),
                Optional.of("2005 SCO-ASEAN memorandum"),
                Optional.of("2021"),
                Optional.of("2022")));

    long id = suggestions.adopt(offered.get(0).event(), ASEAN_EDITOR);

    JointPlan plan = plans.plan(id);
    assertThat(plan.title()).isEqualTo("plan of joint events for 2021-2022");
    assertThat(plan.parties()).containsExactly("SCO", "ASEAN");
    assertThat(plan.frameworkEvent()).isEqualTo(offered.get(0).frameworkEvent());
    assertThat(plan.areas()).containsExactly("tourism");
    assertThat(plan.status()).isEqualTo(PlanStatus.DRAFTING);
    assertThat(plan.sourceEvent()).contains(offered.get(0).event());
    assertThat(suggestions.list()).isEmpty();
    assertThatThrownBy(() -> suggestions.adopt(offered.get(0).event(), SCO_EDITOR))
        .hasMessage("The plan record " + offered.get(0).event() + " was made a joint plan already");
  }

  @Test
  void importingTheSameRowsTwiceChangesNothingAndRowsSharingATitleAreRefusedWhole() {
    ItemImport imports = new ItemImport(new Sql(database));
    long id = drafting.create(plan("SCO", "ASEAN"), SCO_EDITOR);
    List<ItemDraft> rows =
        List.of(
            item("Consultations", "2021-02", "Beijing"),
            item("Round table", "2022-09", "Dushanbe"));
    assertThat(imports.importItems(id, rows, "items.csv", SCO_EDITOR, Optional.empty()))
        .isEqualTo(new ImportSummary(2, 0, 0));
    assertThat(imports.importItems(id, rows, "items.csv", SCO_EDITOR, Optional.empty()))
        .isEqualTo(new ImportSummary(0, 0, 2));
    assertThatThrownBy(
            () ->
                imports.importItems(
                    id,
                    List.of(
                        item("Forum", "2021-05", "Tashkent"),
                        item("forum ", "2021-06", "Tashkent")),
                    "more.csv",
                    SCO_EDITOR,
                    Optional.empty()))
        .hasMessage("Items 1 and 2 of 'more.csv' share the title 'forum'");
    assertThat(plans.plan(id).items())
        .extracting(JointItem::title)
        .containsExactly("Consultations", "Round table");
  }
}
