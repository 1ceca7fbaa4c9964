package org.attache.server.coordination;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.attache.server.http.Params;
import org.attache.server.http.Routes;
import org.attache.store.coordination.JointPlan;
import org.attache.store.users.User;

/** iCalendar feeds of the planned items: of everything, of one plan, of one party's plans. */
public final class CalendarRoutes {
  private CalendarRoutes() {}

  public static void register(Routes routes, Workspace w) {
    routes.apiGet(
        "/api/coordination/calendar.ics",
        ctx -> send(ctx, "Joint plans", w.plans().list(Optional.empty()), Optional.empty()));
    routes.apiGet(
        "/api/coordination/plans/{id}/calendar.ics",
        ctx -> {
          JointPlan plan = w.plans().plan(Workspace.id(ctx, "id"));
          send(ctx, plan.title(), List.of(plan), Optional.empty());
        });
    routes.apiGet(
        "/api/coordination/parties/{party}/calendar.ics",
        ctx -> {
          String party = User.checkParty(ctx.pathParam("party"));
          send(
              ctx,
              "Joint plans of " + w.name(party),
              w.plans().list(Optional.of(party)),
              Optional.of(party));
        });
  }

  private static void send(
      Context ctx, String name, List<JointPlan> plans, Optional<String> party) {
    int alarm = Params.integer(ctx, "alarm", 7, 0, 365);
    ctx.contentType("text/calendar; charset=utf-8")
        .result(Calendars.feed(name, plans, party, ctx.scheme() + "://" + ctx.host(), alarm));
  }
}
