package org.attache.ingest.watch;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * An answer fetched in full.
 *
 * @param uri the address it came from, after redirects
 * @param contentType the media type the server gave, lower case, without parameters; empty when it
 *     gave none
 * @param body the bytes
 * @param etag its entity tag, if any
 * @param lastModified its {@code Last-Modified}, if any
 * @param notModified whether the server answered 304 to a conditional request: then the body is
 *     empty
 */
record Fetched(
    URI uri,
    String contentType,
    byte[] body,
    Optional<String> etag,
    Optional<String> lastModified,
    boolean notModified) {
  Fetched {
    requireNonNull(uri, "uri is null");
    requireNonNull(contentType, "contentType is null");
    requireNonNull(body, "body is null");
    requireNonNull(etag, "etag is null");
    requireNonNull(lastModified, "lastModified is null");
  }

  /** The media type of a Content-Type header: {@code text/html; charset=utf-8} is text/html. */
  static String mediaType(String header) {
    int semicolon = header.indexOf(';');
    return (semicolon < 0 ? header : header.substring(0, semicolon))
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  boolean isPdf() {
    return contentType.equals("application/pdf")
        || (body.length > 4
            && body[0] == '%'
            && body[1] == 'P'
            && body[2] == 'D'
            && body[3] == 'F');
  }

  boolean isHtml() {
    return contentType.equals("text/html") || contentType.equals("application/xhtml+xml");
  }
}
