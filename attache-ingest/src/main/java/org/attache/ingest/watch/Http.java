package org.attache.ingest.watch;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches addresses politely and within limits, with the JDK's HTTP client: robots.txt is asked
 * first, requests to one host are paced, redirects are followed by hand (so that each target is
 * checked and a loop is told as one), an answer larger than the limit or slower than the time-out
 * is dropped, and 429 or 503 gives the Retry-After the site asked for.
 */
final class Http {
  /** The longest Retry-After honoured as it is. */
  static final Duration LONGEST_RETRY_AFTER = Duration.ofDays(1);

  private final HttpClient client;
  private final FetchLimits limits;
  private final HostPacer pacer;
  private final Robots robots;

  Http(FetchLimits limits) {
    this.limits = requireNonNull(limits, "limits is null");
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(limits.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    this.pacer = new HostPacer(limits.hostDelay());
    this.robots = new Robots(limits.userAgent(), this::robotsTxt, pacer);
  }

  /**
   * Fetches an address, sending the validators of an earlier answer if there are any.
   *
   * @throws FetchException saying why nothing came: {@code HTTP 404}, {@code too large: ...},
   *     {@code timed out after 30 s}, {@code redirect loop: a → b → a}, {@code disallowed by
   *     robots.txt}
   */
  Fetched fetch(URI uri, Optional<String> etag, Optional<String> lastModified)
      throws FetchException, InterruptedException {
    List<URI> visited = new ArrayList<>();
    URI current = uri;
    while (true) {
      visited.add(current);
      checkScheme(current);
      robots.check(current);
      HttpResponse<byte[]> response =
          send(current, etag, lastModified, limits.maxBytes(), limits.timeout());
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        current = redirect(current, response, visited);
        continue;
      }
      if (status == 304) {
        return new Fetched(current, "", new byte[0], etag, lastModified, true);
      }
      if (status == 429 || status == 503) {
        Optional<Duration> after =
            response.headers().firstValue("Retry-After").flatMap(Http::retryAfter);
        throw new FetchException(
            "HTTP " + status + after.map(d -> ", retry after " + d.toSeconds() + " s").orElse(""),
            true,
            after);
      }
      if (status < 200 || status >= 300) {
        String reason = "HTTP " + status;
        throw status >= 500 ? FetchException.passing(reason) : FetchException.lasting(reason);
      }
      return new Fetched(
          current,
          response.headers().firstValue("Content-Type").map(Fetched::mediaType).orElse(""),
          response.body(),
          response.headers().firstValue("ETag"),
          response.headers().firstValue("Last-Modified"),
          false);
    }
  }

  private URI redirect(URI from, HttpResponse<byte[]> response, List<URI> visited)
      throws FetchException {
    String location =
        response
            .headers()
            .firstValue("Location")
            .orElseThrow(
                () ->
                    FetchException.lasting("HTTP " + response.statusCode() + " without Location"));
    URI to;
    try {
      to = from.resolve(location.strip());
    } catch (IllegalArgumentException e) {
      throw FetchException.lasting("redirect to a bad address: '" + location + "'");
    }
    if (visited.contains(to)) {
      List<String> loop = new ArrayList<>();
      for (URI u : visited.subList(visited.indexOf(to), visited.size())) {
        loop.add(u.toString());
      }
      loop.add(to.toString());
      throw FetchException.lasting("redirect loop: " + String.join(" → ", loop));
    }
    if (visited.size() > limits.maxRedirects()) {
      throw FetchException.lasting("more than " + limits.maxRedirects() + " redirects");
    }
    return to;
  }

  private static void checkScheme(URI uri) throws FetchException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw FetchException.lasting("not an http or https address: " + uri);
    }
  }

  private HttpResponse<byte[]> send(
      URI uri, Optional<String> etag, Optional<String> lastModified, long maxBytes, Duration time)
      throws FetchException, InterruptedException {
    pacer.await(uri.getHost());
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(time)
            .header("User-Agent", limits.userAgent())
            .header("Accept", "*/*")
            .GET();
    etag.ifPresent(e -> request.header("If-None-Match", e));
    lastModified.ifPresent(m -> request.header("If-Modified-Since", m));
    LimitedBody[] body = new LimitedBody[1];
    CompletableFuture<HttpResponse<byte[]>> answer =
        client.sendAsync(
            request.build(),
            info -> {
              long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
              body[0] =
                  declared > maxBytes ? LimitedBody.refused(maxBytes) : new LimitedBody(maxBytes);
              return body[0];
            });
    try {
      return answer.get(time.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      answer.cancel(true);
      if (body[0] != null) {
        body[0].cancel();
      }
      throw FetchException.passing("timed out after " + seconds(time));
    } catch (ExecutionException e) {
      throw failure(e.getCause(), time);
    } catch (InterruptedException e) {
      answer.cancel(true);
      if (body[0] != null) {
        body[0].cancel();
      }
      throw e;
    }
  }

  private FetchException failure(Throwable cause, Duration time) {
    Throwable root = cause;
    while (root.getCause() != null && !(root instanceof LimitedBody.TooLarge)) {
      root = root.getCause();
    }
    if (root instanceof LimitedBody.TooLarge tooLarge) {
      return FetchException.lasting(tooLarge.getMessage());
    }
    if (root instanceof HttpConnectTimeoutException
        || root instanceof java.net.http.HttpTimeoutException) {
      return FetchException.passing("timed out after " + seconds(time));
    }
    if (root instanceof ConnectException) {
      return FetchException.passing("connection refused");
    }
    if (root instanceof IOException) {
      String detail =
          root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
      return FetchException.passing("cannot be fetched: " + detail);
    }
    return FetchException.passing("cannot be fetched: " + root);
  }

  private Robots.Answer robotsTxt(URI uri) throws InterruptedException {
    URI current = uri;
    List<URI> visited = new ArrayList<>();
    try {
      while (true) {
        visited.add(current);
        HttpResponse<byte[]> response =
            send(current, Optional.empty(), Optional.empty(), Robots.MAX_BYTES, limits.timeout());
        int status = response.statusCode();
        if (status >= 300 && status < 400) {
          current = redirect(current, response, visited);
          continue;
        }
        return new Robots.Answer(
            status,
            response.body(),
            response.headers().firstValue("Content-Type").orElse("text/plain"));
      }
    } catch (FetchException e) {
      // Unreachable, too slow or too large: the host is put off as for a server error.
      return new Robots.Answer(0, new byte[0], "");
    }
  }

  /** A Retry-After header: seconds, or an HTTP date; at most {@link #LONGEST_RETRY_AFTER}. */
  static Optional<Duration> retryAfter(String value) {
    String v = value.strip();
    Duration after;
    if (v.matches("\\d{1,10}")) {
      after = Duration.ofSeconds(Long.parseLong(v));
    } else {
      try {
        ZonedDateTime when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
        after = Duration.between(ZonedDateTime.now(when.getZone()), when);
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    if (after.isNegative()) {
      return Optional.of(Duration.ZERO);
    }
    return Optional.of(after.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : after);
  }

  private static String seconds(Duration time) {
    return time.toMillis() % 1000 == 0
        ? time.toSeconds() + " s"
        : String.format(Locale.ROOT, "%.1f s", time.toMillis() / 1000.0);
  }
}
