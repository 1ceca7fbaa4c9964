package org.attache.ingest.watch;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.javalin.Javalin;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on this machine (Javalin on Jetty), serving what a test puts at each path:
 * fixed answers with an entity tag that a conditional request is answered 304 for, failures,
 * redirects, endless and huge bodies. It counts the requests to each path and keeps the order they
 * came in.
 */
final class TestingSite implements AutoCloseable {
  /** How a path answers. */
  @FunctionalInterface
  interface Answer {
    void answer(Context exchange) throws IOException;
  }

  private final Javalin server;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  private final List<String> log = new CopyOnWriteArrayList<>();
  private final List<Long> times = new CopyOnWriteArrayList<>();

  TestingSite() {
    server =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  config.routes.get("/*", this::answer);
                })
            .start("127.0.0.1", 0);
  }

  private void answer(Context exchange) {
    String path = exchange.req().getRequestURI();
    requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    log.add(path);
    times.add(System.nanoTime());
    try {
      Answer answer = answers.get(path);
      if (answer == null) {
        send(exchange, 404, "text/plain", "not here".getBytes(UTF_8));
      } else {
        answer.answer(exchange);
      }
    } catch (IOException e) {
      // The client went away (a body too large or too slow for it).
    }
  }

  /** The address of a path on this site. */
  String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  void put(String path, Answer answer) {
    answers.put(path, answer);
  }

  /** A fixed answer with an entity tag: a request that sends the tag back gets 304. */
  void put(String path, String contentType, byte[] body) {
    String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
    put(
        path,
        exchange -> {
          exchange.header("ETag", etag);
          if (etag.equals(exchange.header("If-None-Match"))) {
            exchange.res().setStatus(304);
            return;
          }
          send(exchange, 200, contentType, body);
        });
  }

  void put(String path, String contentType, String body) {
    put(path, contentType, body.getBytes(UTF_8));
  }

  static void send(Context exchange, int status, String contentType, byte[] body)
      throws IOException {
    HttpServletResponse response = exchange.res();
    response.setStatus(status);
    response.setContentType(contentType);
    response.setContentLengthLong(body.length);
    try (OutputStream out = response.getOutputStream()) {
      out.write(body);
    }
  }

  /** Starts an answer whose length is not told in advance: its body goes out in chunks. */
  static OutputStream chunked(Context exchange, String contentType) throws IOException {
    HttpServletResponse response = exchange.res();
    response.setStatus(200);
    response.setContentType(contentType);
    return response.getOutputStream();
  }

  /** Requests made to a path so far. */
  int requests(String path) {
    AtomicInteger count = requests.get(path);
    return count == null ? 0 : count.get();
  }

  /** Every path requested, in order. */
  List<String> log() {
    return List.copyOf(log);
  }

  /** When each request came, by {@link System#nanoTime}, in order. */
  List<Long> times() {
    return List.copyOf(times);
  }

  @Override
  public void close() {
    server.stop();
  }
}
