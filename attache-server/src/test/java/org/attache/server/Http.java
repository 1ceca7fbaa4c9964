package org.attache.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Requests to the test server, as a script or another site would send them. */
final class Http {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private Http() {}

  /** An answer: status, body as JSON (when it is JSON), the Set-Cookie header, and all headers. */
  record Answer(int status, String body, Optional<String> setCookie, HttpHeaders headers) {
    Optional<String> header(String name) {
      return headers.firstValue(name);
    }

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

  /** A GET with headers given as name, value, name, value... */
  static Answer get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(TestingServer.get().uri(path)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

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

  /** A POST with a JSON body and headers given as name, value, name, value... */
  static Answer post(String path, String json, String... headers) {
    return post(TestingServer.get().uri(path), json, headers);
  }

  /** A POST of a JSON body to any address, with headers given as name, value, ... */
  static Answer post(URI uri, String json, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
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
          response.statusCode(),
          response.body(),
          response.headers().firstValue("Set-Cookie"),
          response.headers());
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
    return download(TestingServer.get().uri(path));
  }

  /** A download from any address. */
  static Download download(URI uri) {
    try {
      HttpResponse<byte[]> response =
          CLIENT.send(
              HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
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

  /**
   * Sends a request as written, byte for byte, and reads the answer's status line, headers and
   * body: for the requests an HTTP client will not send (another Host header, a length it does not
   * keep).
   */
  static RawAnswer raw(int port, String request) {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int end = answer.indexOf("\r\n\r\n");
      String head = end < 0 ? answer : answer.substring(0, end);
      String body = end < 0 ? "" : answer.substring(end + 4);
      List<String> lines = head.lines().toList();
      Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (String line : lines.subList(1, lines.size())) {
        int colon = line.indexOf(':');
        headers.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
      }
      if ("chunked".equalsIgnoreCase(headers.get("Transfer-Encoding"))) {
        body = dechunk(body);
      }
      return new RawAnswer(Integer.parseInt(lines.get(0).split(" ")[1]), headers, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String dechunk(String chunked) {
    StringBuilder body = new StringBuilder();
    int at = 0;
    while (true) {
      int line = chunked.indexOf("\r\n", at);
      int size = Integer.parseInt(chunked.substring(at, line).strip(), 16);
      if (size == 0) {
        return body.toString();
      }
      // Sizes count bytes; the tests' chunked answers are ASCII.
      body.append(chunked, line + 2, line + 2 + size);
      at = line + 2 + size + 2;
    }
  }

  /** A GET of a path with a Host header of our choosing, the connection closed after it. */
  static RawAnswer getWithHost(int port, String path, String host) {
    return raw(
        port, "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
  }

  /** An answer read off a socket. */
  record RawAnswer(int status, Map<String, String> headers, String body) {
    JsonNode json() {
      try {
        return MAPPER.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("Not JSON: " + body, e);
      }
    }
  }

  /** Signs in and gives the cookie header value and the anti-forgery token. */
  static Session signIn(String name) {
    return signIn(TestingServer.get().uri("/api/session"), name);
  }

  /** Signs in at a server's /api/session. */
  static Session signIn(URI session, String name) {
    Answer answer =
        post(
            session,
            "{\"name\": \"" + name + "\", \"password\": \"" + TestingServer.PASSWORD + "\"}");
    if (answer.status() != 200) {
      throw new IllegalStateException("Cannot sign in " + name + ": " + answer.body());
    }
    String cookie = answer.setCookie().orElseThrow().split(";", 2)[0];
    return new Session(cookie, answer.json().get("csrf").asText(), answer.setCookie().get());
  }

  /** A signed-in client: its Cookie header, its token, and the Set-Cookie it was given. */
  record Session(String cookie, String csrf, String setCookie) {
    /** Posts JSON to a path of the shared server as this client: its cookie and its token. */
    Answer post(String path, String json) {
      return Http.post(path, json, "Cookie", cookie, "X-CSRF-Token", csrf);
    }

    /** Posts a page's form to any address as this client: its cookie, and its token in the form. */
    Answer form(URI uri, String body) {
      return send(
          HttpRequest.newBuilder(uri)
              .POST(HttpRequest.BodyPublishers.ofString(body + "&csrf=" + csrf))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("Cookie", cookie));
    }

    /** Posts JSON to any address as this client: its cookie and its token. */
    Answer post(URI uri, String json) {
      return Http.post(uri, json, "Cookie", cookie, "X-CSRF-Token", csrf);
    }
  }
}
