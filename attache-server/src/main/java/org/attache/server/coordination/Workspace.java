package org.attache.server.coordination;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.knowledge.KnowledgeBase;
import org.attache.knowledge.Organisation;
import org.attache.knowledge.State;
import org.attache.server.auth.Guard;
import org.attache.server.http.Refusal;
import org.attache.store.coordination.Drafting;
import org.attache.store.coordination.ItemImport;
import org.attache.store.coordination.Plans;
import org.attache.store.coordination.Suggestions;
import org.attache.store.coordination.Tracking;
import org.attache.store.query.Sql;
import org.attache.store.users.User;

/**
 * The coordination workspace's parts in the store, and who makes a request: what the API and the
 * pages of the workspace are built on.
 */
public record Workspace(
    Plans plans,
    Drafting drafting,
    ItemImport imports,
    Tracking tracking,
    Suggestions suggestions,
    Guard guard,
    Map<String, String> partyNames) {
  public Workspace {
    requireNonNull(plans, "plans is null");
    requireNonNull(drafting, "drafting is null");
    requireNonNull(imports, "imports is null");
    requireNonNull(tracking, "tracking is null");
    requireNonNull(suggestions, "suggestions is null");
    requireNonNull(guard, "guard is null");
    partyNames = Map.copyOf(partyNames);
  }

  /**
   * The workspace over a store: organisations' members (for tracking) and the names of parties come
   * from the knowledge base.
   */
  public static Workspace of(Sql sql, Guard guard, KnowledgeBase knowledge, Clock clock) {
    Map<String, List<String>> members = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    for (State state : knowledge.states()) {
      names.put(state.code(), state.name());
    }
    for (Organisation organisation : knowledge.organisations()) {
      names.put(organisation.code(), organisation.name());
      members.put(organisation.code(), organisation.members());
    }
    Drafting drafting = new Drafting(sql);
    return new Workspace(
        new Plans(sql, clock),
        drafting,
        new ItemImport(sql),
        new Tracking(sql, members),
        new Suggestions(sql, drafting),
        guard,
        names);
  }

  /**
   * The user of a state-changing request, after the session, origin and anti-forgery checks; what
   * they may do to a plan the store decides.
   */
  User user(Context ctx) {
    return guard.signedIn(ctx).user();
  }

  /** A party's name: "Shanghai Cooperation Organisation" for SCO; the code when unknown. */
  String name(String party) {
    return partyNames.getOrDefault(party, party);
  }

  /** An id given in a path. */
  static long id(Context ctx, String name) {
    String value = ctx.pathParam(name);
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw Refusal.BAD_REQUEST.because("An id is a number: '" + value + "'");
    }
  }

  /** An optional reason, from a form field or query parameter. */
  static Optional<String> reason(Optional<String> given) {
    return given.map(String::strip).filter(r -> !r.isEmpty());
  }
}
