package org.attache.server.http;

/**
 * A part of the server (documents, actors, review, ...) that registers its own API and page routes,
 * built with only what it needs.
 */
public interface Feature {
  void register(Routes routes);
}
