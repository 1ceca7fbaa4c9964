package org.attache.server.coordination;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.server.http.Params;
import org.attache.server.http.Refusal;
import org.attache.server.http.Routes;
import org.attache.server.page.Links;
import org.attache.server.page.Pages;
import org.attache.store.coordination.ImportSummary;
import org.attache.store.coordination.ItemDraft;
import org.attache.store.coordination.ItemStatus;
import org.attache.store.coordination.JointItem;
import org.attache.store.coordination.JointPlan;
import org.attache.store.coordination.PlanDraft;
import org.attache.store.coordination.Proposal;
import org.attache.store.users.SignedIn;
import org.attache.store.users.User;

/**
 * The workspace's pages: the plans and the plan records to make plans of, a plan with its items,
 * answers, approval and history, an item's form, and the tracking of a plan against the record.
 * Each form posts with the session's anti-forgery token and comes back to its page with a notice.
 */
public final class CoordinationPages {
  private CoordinationPages() {}

  public static void register(Routes routes, Workspace w, Pages pages) {
    routes.pageGet(
        "/coordination",
        ctx ->
            pages.send(
                ctx,
                "coordination/workspace.jte",
                "Coordination",
                new WorkspaceView(
                    w.plans().list(Optional.empty()),
                    w.suggestions().list(),
                    Params.text(ctx, "done"),
                    user(ctx, pages))));
    routes.pagePost("/coordination/plans", ctx -> create(ctx, w));
    routes.pagePost(
        "/coordination/suggestions/{event}/adoption",
        ctx -> {
          User user = w.user(ctx);
          long id = w.suggestions().adopt(Workspace.id(ctx, "event"), user);
          back(ctx, id, "The plan record is now joint plan " + id + ", in drafting");
        });
    routes.pageGet("/coordination/plans/{id}", ctx -> plan(ctx, w, pages));
    routes.pagePost(
        "/coordination/plans/{id}/items",
        ctx -> {
          User user = w.user(ctx);
          long plan = Workspace.id(ctx, "id");
          long item = w.drafting().addItem(plan, item(ctx), user, reason(ctx));
          back(ctx, plan, "Item " + item + " added");
        });
    routes.pagePost(
        "/coordination/plans/{id}/approval",
        ctx -> {
          User user = w.user(ctx);
          long plan = Workspace.id(ctx, "id");
          boolean locked = w.drafting().approve(plan, user);
          back(
              ctx,
              plan,
              user.actsFor().orElse("")
                  + " approved"
                  + (locked ? "; every party has approved: the plan is locked" : ""));
        });
    routes.pagePost("/coordination/plans/{id}/items/import", ctx -> importSheet(ctx, w));
    routes.pageGet("/coordination/plans/{id}/tracking", ctx -> tracking(ctx, w, pages));
    routes.pageGet(
        "/coordination/items/{id}",
        ctx -> {
          JointItem item = CoordinationApi.item(w, Workspace.id(ctx, "id"));
          JointPlan plan = w.plans().plan(item.planId());
          pages.send(ctx, "coordination/item.jte", item.title(), new ItemView(plan, item));
        });
    routes.pagePost(
        "/coordination/items/{id}",
        ctx -> {
          User user = w.user(ctx);
          long id = Workspace.id(ctx, "id");
          w.drafting().changeItem(id, item(ctx), user, reason(ctx));
          back(ctx, w.plans().planOf(id), "Item " + id + " changed");
        });
    routes.pagePost(
        "/coordination/items/{id}/responses",
        ctx -> {
          User user = w.user(ctx);
          long id = Workspace.id(ctx, "id");
          boolean agrees = Params.form(ctx, "answer").orElse("").equals("agree");
          w.drafting().respond(id, user, agrees, Params.form(ctx, "comment"));
          back(
              ctx,
              w.plans().planOf(id),
              user.actsFor().orElse("")
                  + (agrees ? " agrees to item " : " commented on item ")
                  + id);
        });
    routes.pagePost(
        "/coordination/items/{id}/tracking",
        ctx -> {
          User user = w.user(ctx);
          long id = Workspace.id(ctx, "id");
          long event = event(Params.form(ctx, "event").orElse(""));
          boolean confirm = Params.form(ctx, "decision").orElse("").equals("confirm");
          if (confirm) {
            w.tracking().confirm(id, event, user, reason(ctx));
          } else {
            w.tracking().reject(id, event, user, reason(ctx));
          }
          long plan = w.plans().planOf(id);
          ctx.redirect(
              "/coordination/plans/"
                  + plan
                  + (confirm ? "" : "/tracking")
                  + "?done="
                  + Links.url(
                      "Event " + event + (confirm ? " confirmed" : " rejected") + " for item " + id)
                  + (confirm ? "#item-" + id : ""));
        });
  }

  private static long event(String given) {
    try {
      return Long.parseLong(given);
    } catch (NumberFormatException e) {
      throw Refusal.BAD_REQUEST.because("An event id is a number: '" + given + "'");
    }
  }

  private static Optional<User> user(Context ctx, Pages pages) {
    return pages.user(ctx).map(SignedIn::user);
  }

  private static void plan(Context ctx, Workspace w, Pages pages) {
    long id = Workspace.id(ctx, "id");
    JointPlan plan = w.plans().plan(id);
    pages.send(
        ctx,
        "coordination/plan.jte",
        plan.title(),
        new PlanView(
            plan,
            w.plans().history(id),
            Params.text(ctx, "done"),
            user(ctx, pages),
            w.partyNames()));
  }

  private static void tracking(Context ctx, Workspace w, Pages pages) {
    JointPlan plan = w.plans().plan(Workspace.id(ctx, "id"));
    Map<Long, List<Proposal>> byItem = new LinkedHashMap<>();
    for (JointItem item : plan.items()) {
      byItem.put(item.id(), w.tracking().proposals(plan, item));
    }
    PlanView rights =
        new PlanView(plan, List.of(), Optional.empty(), user(ctx, pages), w.partyNames());
    pages.send(
        ctx,
        "coordination/tracking.jte",
        "Tracking: " + plan.title(),
        new TrackingView(plan, byItem, Params.text(ctx, "done"), rights.mayTrack()));
  }

  private static void create(Context ctx, Workspace w) {
    User user = w.user(ctx);
    long id =
        w.drafting()
            .create(
                new PlanDraft(
                    Params.form(ctx, "title").orElse(""),
                    list(ctx, "parties"),
                    Params.form(ctx, "framework"),
                    Optional.empty(),
                    Params.form(ctx, "period_from").orElse(""),
                    Params.form(ctx, "period_to").orElse(""),
                    list(ctx, "areas")),
                user);
    back(ctx, id, "Plan " + id + " made, in drafting");
  }

  private static void importSheet(Context ctx, Workspace w) throws IOException {
    User user = w.user(ctx);
    long plan = Workspace.id(ctx, "id");
    UploadedFile file = ctx.uploadedFile("sheet");
    if (file == null) {
      throw Refusal.BAD_REQUEST.because("Choose a CSV or XLSX sheet to import");
    }
    byte[] bytes;
    try (InputStream in = file.content()) {
      bytes = in.readAllBytes();
    }
    ImportSummary done =
        SheetRoutes.importSheet(
            w,
            plan,
            user,
            file.filename(),
            Optional.ofNullable(file.contentType()),
            bytes,
            reason(ctx));
    back(
        ctx,
        plan,
        "'"
            + file.filename()
            + "': "
            + done.added()
            + " added, "
            + done.changed()
            + " changed, "
            + done.unchanged()
            + " unchanged");
  }

  private static ItemDraft item(Context ctx) {
    return new ItemDraft(
        Params.form(ctx, "title").orElse(""),
        Bodies.kind(Params.form(ctx, "kind").orElse("")),
        list(ctx, "parties"),
        Params.form(ctx, "responsible"),
        Params.form(ctx, "planned_from"),
        Params.form(ctx, "planned_to"),
        Params.form(ctx, "place"),
        Params.form(ctx, "status").map(ItemStatus::parse).orElse(ItemStatus.PROPOSED),
        Params.form(ctx, "notes"));
  }

  /** A form field of codes or words separated by semicolons, commas or spaces. */
  private static List<String> list(Context ctx, String field) {
    return Params.form(ctx, field)
        .map(v -> Arrays.asList(v.split("\\s*[;,]\\s*|\\s+")))
        .orElse(List.of());
  }

  private static Optional<String> reason(Context ctx) {
    return Workspace.reason(Params.form(ctx, "reason"));
  }

  private static void back(Context ctx, long plan, String notice) {
    ctx.redirect("/coordination/plans/" + plan + "?done=" + Links.url(notice));
  }
}
