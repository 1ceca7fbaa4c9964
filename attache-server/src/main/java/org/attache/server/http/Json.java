package org.attache.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import java.util.Optional;

/** Writes answers and reads request bodies as JSON. */
public final class Json {
  /**
   * Records become objects with their components in order, named in snake case ({@code spanStart}
   * is {@code span_start}); an empty {@code Optional} is {@code null}; an instant is ISO 8601 text.
   * Map keys are data and keep their spelling.
   */
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new Jdk8Module())
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private Json() {}

  /** Answers with a value as JSON. */
  public static void send(Context ctx, Object value) {
    try {
      ctx.contentType("application/json; charset=utf-8").result(MAPPER.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write an answer as JSON: " + e.getMessage(), e);
    }
  }

  /** Answers with an error: {@code { "code", "message" }}. */
  public static void error(Context ctx, ApiException error) {
    ctx.status(error.status());
    ctx.contentType("application/json; charset=utf-8").result(errorBody(error));
  }

  /** The body of an error answer: {@code { "code", "message" }}. */
  public static String errorBody(ApiException error) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("code", error.word());
    body.put("message", error.getMessage());
    return write(body);
  }

  /** The request body as a JSON object. */
  public static JsonNode body(Context ctx) {
    String text = ctx.body();
    if (text.isBlank()) {
      throw Refusal.BAD_REQUEST.because("The request needs a JSON body");
    }
    try {
      JsonNode node = MAPPER.readTree(text);
      if (!node.isObject()) {
        throw Refusal.BAD_REQUEST.because("The request body must be a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw Refusal.BAD_REQUEST.because(
          "The request body is not valid JSON"
              + (e.getLocation() == null
                  ? ""
                  : " (line "
                      + e.getLocation().getLineNr()
                      + ", column "
                      + e.getLocation().getColumnNr()
                      + ")"));
    }
  }

  /** The request body as a JSON object, empty when there is none. */
  public static JsonNode optionalBody(Context ctx) {
    return ctx.body().isBlank() ? MAPPER.createObjectNode() : body(ctx);
  }

  /** A text member of a JSON object, when present and not blank. */
  public static Optional<String> text(JsonNode object, String name) {
    JsonNode value = object.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw Refusal.BAD_REQUEST.because("'" + name + "' must be a string");
    }
    return Optional.of(Params.checkText(name, value.asText())).filter(s -> !s.isBlank());
  }

  /** A value as JSON text, for pages that hand data to their scripts. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write JSON: " + e.getMessage(), e);
    }
  }
}
