package org.attache.server.http;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the requests that Jetty refuses before any route sees them (an address that is not
 * well-formed, headers too large) as every other error is answered: {@code {"code", "message"}}, in
 * this server's words.
 */
public final class ProtocolErrors extends ErrorHandler {
  private static final String JSON = "application/json; charset=utf-8";

  /** The error for a status that HTTP itself gave. */
  public static ApiException of(int status) {
    return switch (status) {
      case 400 -> Refusal.BAD_REQUEST.because("The request is not well-formed HTTP");
      case 404 -> Refusal.NOT_FOUND.because("Nothing at this address");
      case 413 -> Refusal.TOO_LARGE.because("The request is larger than the server takes");
      case 414 -> ApiException.http(414, "uri_too_long", "The request's address is too long");
      case 431 ->
          ApiException.http(431, "headers_too_large", "The request's headers are too large");
      default ->
          status >= 400 && status <= 599
              ? ApiException.http(
                  status,
                  status >= 500 ? "internal" : "http_" + status,
                  "The request cannot be answered (HTTP " + status + ")")
              : ApiException.http(500, "internal", "The request cannot be answered");
    };
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
    response.write(true, ByteBuffer.wrap(Json.errorBody(of(code)).getBytes(UTF_8)), callback);
  }
}
