package org.attache.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/** Requests to the test server, as a script or another site would send them. */
final class Http {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private Http() {}

  /** An answer: status, body as JSON (when it is JSON) and the Set-Cookie header. */
  record Answer(int status, String body, Optional<String> setCookie) {
    JsonNode json() {
      try {
        return MAPPER.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("Not JSON: " + body, e);
      }
    }
  }

  static Answer get(String path) {
    return send(HttpRequest.newBuilder(TestingServer.get().uri(path)).GET());
  }

  /** A POST with a JSON body and headers given as name, value, name, value... */
  /** The API's key of the actor with this display name ('organisation:7'). */
  static String actor(String name) {
    JsonNode found = get("/api/actors?q=" + name.replace(" ", "%20")).json();
    for (JsonNode a : found) {
      if (a.get("name").asText().equals(name)) {
        return a.get("actor").asText();
      }
    }
    throw new AssertionError("No actor named " + name + " in " + found);
  }

  static Answer post(String path, String json, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(TestingServer.get().uri(path))
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .header("Content-Type", "application/json");
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  static Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(
          response.statusCode(), response.body(), response.headers().firstValue("Set-Cookie"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A download: status, the headers that name its type and file, and its bytes. */
  record Download(int status, String contentType, String disposition, byte[] body) {}

  static Download download(String path) {
    try {
      HttpResponse<byte[]> response =
          CLIENT.send(
              HttpRequest.newBuilder(TestingServer.get().uri(path)).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      return new Download(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Content-Disposition").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Signs in and gives the cookie header value and the anti-forgery token. */
  static Session signIn(String name) {
    Answer answer =
        post(
            "/api/session",
            "{\"name\": \"" + name + "\", \"password\": \"" + TestingServer.PASSWORD + "\"}");
    if (answer.status() != 200) {
      throw new IllegalStateException("Cannot sign in " + name + ": " + answer.body());
    }
    String cookie = answer.setCookie().orElseThrow().split(";", 2)[0];
    return new Session(cookie, answer.json().get("csrf").asText(), answer.setCookie().get());
  }

  /** A signed-in client: its Cookie header, its token, and the Set-Cookie it was given. */
  record Session(String cookie, String csrf, String setCookie) {}
}
