package org.attache.store.curation;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * What an act's work tells the log about it.
 *
 * @param act what was asked, in terms that a re-extraction keeps
 * @param summary what it did, in words
 * @param documents the documents it concerns besides those whose assertions it changed
 * @param actors the actors it concerns
 */
record Draft(ObjectNode act, String summary, Set<String> documents, Set<String> actors) {
  Draft {
    requireNonNull(act, "act is null");
    requireNonNull(summary, "summary is null");
    documents = Set.copyOf(documents);
    actors = Set.copyOf(actors);
  }
}
