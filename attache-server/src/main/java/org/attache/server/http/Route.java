package org.attache.server.http;

import static java.util.Objects.requireNonNull;

/** One route of the JSON API: its method and path as the OpenAPI document writes them. */
public record Route(String method, String path) {
  public Route {
    requireNonNull(method, "method is null");
    requireNonNull(path, "path is null");
  }
}
