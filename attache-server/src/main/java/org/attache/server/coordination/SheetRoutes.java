package org.attache.server.coordination;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.attache.server.http.Json;
import org.attache.server.http.Params;
import org.attache.server.http.Refusal;
import org.attache.server.http.Routes;
import org.attache.store.coordination.ImportSummary;
import org.attache.store.coordination.ItemDraft;
import org.attache.store.coordination.JointItem;
import org.attache.store.users.User;

/** A plan's items as CSV and XLSX, and the import of such a sheet: all rows or none. */
public final class SheetRoutes {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private SheetRoutes() {}

  public static void register(Routes routes, Workspace w) {
    routes.apiGet(
        "/api/coordination/plans/{id}/items.csv",
        ctx -> {
          long id = Workspace.id(ctx, "id");
          attachment(ctx, "plan-" + id + "-items.csv", "text/csv; charset=utf-8");
          ctx.result(Sheets.csv(items(w, id)));
        });
    routes.apiGet(
        "/api/coordination/plans/{id}/items.xlsx",
        ctx -> {
          long id = Workspace.id(ctx, "id");
          attachment(ctx, "plan-" + id + "-items.xlsx", XLSX);
          ctx.result(Sheets.xlsx(items(w, id)));
        });
    routes.apiPost(
        "/api/coordination/plans/{id}/items/import",
        ctx -> {
          User user = w.user(ctx);
          long id = Workspace.id(ctx, "id");
          String sheet = Params.text(ctx, "sheet").orElse("items");
          Json.send(
              ctx,
              importSheet(
                  w,
                  id,
                  user,
                  sheet,
                  Optional.ofNullable(ctx.contentType()),
                  ctx.bodyAsBytes(),
                  Params.text(ctx, "reason")));
        });
  }

  /**
   * Imports a sheet: XLSX when its type or name says so, CSV otherwise.
   *
   * @throws org.attache.model.error.AttacheException (bad input) naming the row and column that is
   *     wrong, with nothing imported
   */
  static ImportSummary importSheet(
      Workspace w,
      long planId,
      User user,
      String sheet,
      Optional<String> type,
      byte[] bytes,
      Optional<String> reason) {
    if (bytes.length == 0) {
      throw Refusal.BAD_REQUEST.because("The sheet '" + sheet + "' is empty");
    }
    boolean xlsx =
        type.map(t -> t.startsWith(XLSX)).orElse(false)
            || sheet.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    List<ItemDraft> rows = xlsx ? Sheets.readXlsx(bytes, sheet) : Sheets.readCsv(bytes, sheet);
    return w.imports().importItems(planId, rows, sheet, user, reason);
  }

  private static List<ItemDraft> items(Workspace w, long planId) {
    return w.plans().plan(planId).items().stream().map(JointItem::draft).toList();
  }

  private static void attachment(Context ctx, String file, String type) {
    ctx.contentType(type);
    ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
  }
}
