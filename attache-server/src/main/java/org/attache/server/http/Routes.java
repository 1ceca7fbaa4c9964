package org.attache.server.http;

import static java.util.Objects.requireNonNull;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a feature registers its routes: those of the JSON API, which the OpenAPI document must
 * describe and are recorded for the check, and those of the pages.
 */
public final class Routes {
  private final RoutesConfig config;
  private final List<Route> api = new ArrayList<>();

  public Routes(RoutesConfig config) {
    this.config = requireNonNull(config, "config is null");
  }

  public void apiGet(String path, Handler handler) {
    api.add(new Route("get", path));
    config.get(path, handler);
  }

  public void apiPost(String path, Handler handler) {
    api.add(new Route("post", path));
    config.post(path, handler);
  }

  public void apiDelete(String path, Handler handler) {
    api.add(new Route("delete", path));
    config.delete(path, handler);
  }

  public void pageGet(String path, Handler handler) {
    config.get(path, handler);
  }

  public void pagePost(String path, Handler handler) {
    config.post(path, handler);
  }

  /** The routes of the API registered so far. */
  public List<Route> api() {
    return List.copyOf(api);
  }
}
