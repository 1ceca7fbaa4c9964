package org.attache.server.curation;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.server.auth.Guard;
import org.attache.server.http.Json;
import org.attache.server.http.Params;
import org.attache.server.http.Refusal;
import org.attache.server.http.Routes;
import org.attache.store.curation.Act;
import org.attache.store.curation.Curation;
import org.attache.store.curation.Curator;
import org.attache.store.query.actors.ActorName;
import org.attache.store.query.actors.Actors;

/**
 * The curation log and its acts: an editor's acts through the API ({@code POST /api/curation/acts})
 * and through the forms of the document and actor pages, each undone from the history those pages
 * list.
 */
public final class CurationRoutes {
  private CurationRoutes() {}

  public static void register(Routes routes, Curation curation, Actors actors, Guard guard) {
    routes.apiGet(
        "/api/curation/acts",
        ctx -> {
          Optional<String> document = Params.text(ctx, "document").map(Params::documentId);
          Optional<String> actor = Params.actor(ctx, "actor");
          List<Act> acts =
              document.isPresent()
                  ? curation.ofDocument(document.get())
                  : curation.ofActor(
                      actor.orElseThrow(
                          () ->
                              Refusal.BAD_REQUEST.because(
                                  "Give a 'document' or an 'actor' whose acts to list")));
          Json.send(ctx, acts.stream().map(ActBody::of).toList());
        });
    routes.apiGet(
        "/api/curation/acts/{id}", ctx -> Json.send(ctx, ActBody.of(curation.act(id(ctx)))));
    routes.apiPost(
        "/api/curation/acts",
        ctx -> {
          String editor = guard.editor(ctx).user().name();
          JsonNode body = Json.body(ctx);
          Curator who = new Curator(editor, Json.text(body, "reason"));
          Act act = new ActRequest(json(body), typed -> actor(actors, typed)).apply(curation, who);
          ctx.status(201);
          Json.send(ctx, ActBody.of(act));
        });
    routes.apiPost(
        "/api/curation/acts/{id}/undo",
        ctx -> {
          Curator who = curator(ctx, guard, Json.text(Json.optionalBody(ctx), "reason"));
          Json.send(ctx, ActBody.of(curation.undo(id(ctx), who)));
        });
    routes.pagePost(
        "/curation/acts",
        ctx -> {
          Curator who = curator(ctx, guard, Params.form(ctx, "reason"));
          new ActRequest(form(ctx), typed -> actor(actors, typed)).apply(curation, who);
          // What was merged has no page left: the page of what it was merged into follows.
          Optional<String> into =
              Params.form(ctx, "kind")
                  .filter("merge"::equals)
                  .flatMap(k -> Params.form(ctx, "into"));
          ctx.redirect(
              into.isPresent()
                  ? "/actors/" + actor(actors, into.get()).replace(':', '/') + "#history"
                  : back(ctx));
        });
    routes.pagePost(
        "/curation/acts/{id}/undo",
        ctx -> {
          curation.undo(id(ctx), curator(ctx, guard, Params.form(ctx, "reason")));
          ctx.redirect(back(ctx));
        });
  }

  private static Curator curator(Context ctx, Guard guard, Optional<String> reason) {
    return new Curator(guard.editor(ctx).user().name(), reason);
  }

  private static long id(Context ctx) {
    String value = ctx.pathParam("id");
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw Refusal.BAD_REQUEST.because("An act's id is a number: '" + value + "'");
    }
  }

  /** An actor as typed: its key, or a name that one actor has. */
  private static String actor(Actors actors, String typed) {
    if (Params.isActorKey(typed)) {
      return typed;
    }
    return actors
        .named(typed)
        .map(ActorName::actor)
        .orElseThrow(() -> Refusal.NOT_FOUND.because("No actor is named '" + typed + "'"));
  }

  /** Where a form goes back to: a path of this site, at its history. */
  private static String back(Context ctx) {
    String back = Params.form(ctx, "back").orElse("/");
    if (!back.startsWith("/") || back.startsWith("//") || back.contains("\\")) {
      throw Refusal.BAD_REQUEST.because("'back' is a path of this site: '" + back + "'");
    }
    return back.contains("#") ? back : back + "#history";
  }

  private static ActRequest.Fields json(JsonNode body) {
    return new ActRequest.Fields() {
      @Override
      public Optional<String> text(String name) {
        JsonNode value = body.get(name);
        if (value != null && value.isIntegralNumber()) {
          return Optional.of(value.asText());
        }
        return Json.text(body, name);
      }

      @Override
      public List<String> all(String name) {
        JsonNode value = body.get(name);
        List<String> all = new ArrayList<>();
        if (value == null || value.isNull()) {
          return all;
        }
        if (!value.isArray()) {
          throw Refusal.BAD_REQUEST.because("'" + name + "' must be an array of strings");
        }
        for (JsonNode item : value) {
          if (!item.isTextual()) {
            throw Refusal.BAD_REQUEST.because("'" + name + "' must be an array of strings");
          }
          all.add(Params.checkText(name, item.asText()));
        }
        return all;
      }
    };
  }

  private static ActRequest.Fields form(Context ctx) {
    return new ActRequest.Fields() {
      @Override
      public Optional<String> text(String name) {
        return Params.form(ctx, name);
      }

      @Override
      public List<String> all(String name) {
        return ctx.formParams(name).stream().map(v -> Params.checkText(name, v)).toList();
      }
    };
  }
}
