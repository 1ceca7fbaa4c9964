package org.attache.server.coordination;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.attache.server.http.Json;
import org.attache.server.http.Params;
import org.attache.server.http.Refusal;
import org.attache.server.http.Routes;
import org.attache.store.coordination.JointItem;
import org.attache.store.coordination.JointPlan;
import org.attache.store.coordination.ProgressReport;
import org.attache.store.users.User;

/**
 * The coordination workspace as JSON: plans and their items, the parties' answers, approval,
 * history, tracking against the record, progress, and the plan records offered as suggestions.
 * Reading is open; every change needs a signed-in user and the session's anti-forgery token, and
 * the store decides whether that user may make it (403 for a user of no party of the plan, 409 for
 * a locked plan changed without a coordinator and a reason).
 */
public final class CoordinationApi {
  private static final String PLANS = "/api/coordination/plans";
  private static final String ITEMS = "/api/coordination/items";

  private CoordinationApi() {}

  public static void register(Routes routes, Workspace w) {
    routes.apiGet(PLANS, ctx -> Json.send(ctx, w.plans().list(party(ctx))));
    routes.apiPost(PLANS, ctx -> create(ctx, w));
    routes.apiGet(PLANS + "/{id}", ctx -> Json.send(ctx, w.plans().plan(Workspace.id(ctx, "id"))));
    routes.apiPost(PLANS + "/{id}", ctx -> changePlan(ctx, w));
    routes.apiGet(
        PLANS + "/{id}/history", ctx -> Json.send(ctx, w.plans().history(Workspace.id(ctx, "id"))));
    routes.apiPost(PLANS + "/{id}/items", ctx -> addItem(ctx, w));
    routes.apiPost(PLANS + "/{id}/approval", ctx -> approve(ctx, w));
    routes.apiGet(
        PLANS + "/{id}/proposals",
        ctx -> Json.send(ctx, w.tracking().proposals(w.plans().plan(Workspace.id(ctx, "id")))));
    routes.apiPost(ITEMS + "/{id}", ctx -> changeItem(ctx, w));
    routes.apiPost(ITEMS + "/{id}/responses", ctx -> respond(ctx, w));
    routes.apiPost(ITEMS + "/{id}/tracking", ctx -> track(ctx, w));
    routes.apiGet("/api/coordination/progress", ctx -> progress(ctx, w));
    routes.apiGet("/api/coordination/suggestions", ctx -> Json.send(ctx, w.suggestions().list()));
    routes.apiPost(
        "/api/coordination/suggestions/{event}/adoption",
        ctx -> {
          User user = w.user(ctx);
          long id = w.suggestions().adopt(Workspace.id(ctx, "event"), user);
          ctx.status(201);
          Json.send(ctx, w.plans().plan(id));
        });
  }

  /** The {@code party} parameter, a code. */
  static Optional<String> party(Context ctx) {
    return Params.text(ctx, "party").map(User::checkParty);
  }

  private static void create(Context ctx, Workspace w) {
    User user = w.user(ctx);
    long id = w.drafting().create(Bodies.plan(Json.body(ctx)), user);
    ctx.status(201);
    Json.send(ctx, w.plans().plan(id));
  }

  private static void changePlan(Context ctx, Workspace w) {
    User user = w.user(ctx);
    long id = Workspace.id(ctx, "id");
    JsonNode body = Json.body(ctx);
    w.drafting().change(id, Bodies.plan(body), user, Json.text(body, "reason"));
    Json.send(ctx, w.plans().plan(id));
  }

  private static void addItem(Context ctx, Workspace w) {
    User user = w.user(ctx);
    long planId = Workspace.id(ctx, "id");
    JsonNode body = Json.body(ctx);
    long id = w.drafting().addItem(planId, Bodies.item(body), user, Json.text(body, "reason"));
    ctx.status(201);
    Json.send(ctx, item(w, id));
  }

  private static void changeItem(Context ctx, Workspace w) {
    User user = w.user(ctx);
    long id = Workspace.id(ctx, "id");
    JsonNode body = Json.body(ctx);
    w.drafting().changeItem(id, Bodies.item(body), user, Json.text(body, "reason"));
    Json.send(ctx, item(w, id));
  }

  private static void respond(Context ctx, Workspace w) {
    User user = w.user(ctx);
    long id = Workspace.id(ctx, "id");
    JsonNode body = Json.body(ctx);
    w.drafting().respond(id, user, Bodies.flag(body, "agrees"), Json.text(body, "comment"));
    Json.send(ctx, item(w, id));
  }

  private static void approve(Context ctx, Workspace w) {
    User user = w.user(ctx);
    long id = Workspace.id(ctx, "id");
    w.drafting().approve(id, user);
    Json.send(ctx, w.plans().plan(id));
  }

  private static void track(Context ctx, Workspace w) {
    User user = w.user(ctx);
    long id = Workspace.id(ctx, "id");
    JsonNode body = Json.body(ctx);
    long event =
        Bodies.number(body, "event")
            .orElseThrow(() -> Refusal.BAD_REQUEST.because("The body needs 'event'"));
    Optional<String> reason = Json.text(body, "reason");
    switch (Bodies.required(body, "decision")) {
      case "confirm" -> w.tracking().confirm(id, event, user, reason);
      case "reject" -> w.tracking().reject(id, event, user, reason);
      default ->
          throw Refusal.BAD_REQUEST.because(
              "'decision' must be confirm or reject: '" + body.get("decision").asText() + "'");
    }
    Json.send(ctx, item(w, id));
  }

  private static void progress(Context ctx, Workspace w) {
    Optional<Long> plan =
        Params.text(ctx, "plan")
            .map(
                p -> {
                  try {
                    return Long.parseLong(p);
                  } catch (NumberFormatException e) {
                    throw Refusal.BAD_REQUEST.because("'plan' is not a number: '" + p + "'");
                  }
                });
    List<JointPlan> plans =
        plan.isPresent() ? List.of(w.plans().plan(plan.get())) : w.plans().list(party(ctx));
    Json.send(ctx, ProgressReport.of(plans));
  }

  /** An item as it now is. */
  static JointItem item(Workspace w, long id) {
    return w.plans().plan(w.plans().planOf(id)).items().stream()
        .filter(i -> i.id() == id)
        .findFirst()
        .orElseThrow();
  }
}
