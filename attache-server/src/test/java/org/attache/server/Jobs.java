package org.attache.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Set;

/** Follows submission jobs through the API, as a script would. */
final class Jobs {
  private static final Set<String> FINISHED = Set.of("done", "failed", "cancelled");

  private Jobs() {}

  /** A job's state as its submitter sees it. */
  static JsonNode state(URI base, String id, Http.Session session) {
    Http.Answer answer =
        Http.send(
            HttpRequest.newBuilder(base.resolve("/api/jobs/" + id))
                .header("Cookie", session.cookie()));
    if (answer.status() != 200) {
      throw new AssertionError(
          "GET /api/jobs/" + id + ": " + answer.status() + " " + answer.body());
    }
    return answer.json();
  }

  /** Polls a job until it is done, failed or cancelled; fails the test after two minutes. */
  static JsonNode awaitFinished(URI base, String id, Http.Session session) {
    return awaitFinished(base, id, session, Duration.ofMinutes(2));
  }

  /** Polls a job until it is done, failed or cancelled; fails the test after {@code time}. */
  static JsonNode awaitFinished(URI base, String id, Http.Session session, Duration time) {
    long deadline = System.nanoTime() + time.toNanos();
    while (true) {
      JsonNode state = state(base, id, session);
      if (FINISHED.contains(state.get("status").asText())) {
        return state;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Job " + id + " did not finish in " + time + ": " + state);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted while waiting for job " + id, e);
      }
    }
  }
}
