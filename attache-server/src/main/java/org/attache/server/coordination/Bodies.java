package org.attache.server.coordination;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.model.PlanItemKind;
import org.attache.model.Vocabulary;
import org.attache.server.http.Json;
import org.attache.server.http.Refusal;
import org.attache.store.coordination.ItemDraft;
import org.attache.store.coordination.ItemStatus;
import org.attache.store.coordination.PlanDraft;

/** Reads the JSON bodies of the workspace's API; a member of the wrong shape is a 400 naming it. */
final class Bodies {
  private Bodies() {}

  static PlanDraft plan(JsonNode body) {
    return new PlanDraft(
        required(body, "title"),
        texts(body, "parties"),
        Json.text(body, "framework"),
        number(body, "framework_event"),
        required(body, "period_from"),
        required(body, "period_to"),
        texts(body, "areas"));
  }

  static ItemDraft item(JsonNode body) {
    return new ItemDraft(
        required(body, "title"),
        kind(required(body, "kind")),
        texts(body, "parties"),
        Json.text(body, "responsible"),
        Json.text(body, "planned_from"),
        Json.text(body, "planned_to"),
        Json.text(body, "place"),
        Json.text(body, "status").map(ItemStatus::parse).orElse(ItemStatus.PROPOSED),
        Json.text(body, "notes"));
  }

  static PlanItemKind kind(String value) {
    try {
      return Vocabulary.parse(PlanItemKind.class, value);
    } catch (IllegalArgumentException e) {
      throw Refusal.BAD_REQUEST.because(
          "Not a kind of item (meeting, visit, conference, exhibition, festival, training,"
              + " exercise, publication, other): '"
              + value
              + "'");
    }
  }

  static String required(JsonNode body, String name) {
    return Json.text(body, name)
        .orElseThrow(() -> Refusal.BAD_REQUEST.because("The body needs '" + name + "'"));
  }

  static boolean flag(JsonNode body, String name) {
    JsonNode value = body.get(name);
    if (value == null || !value.isBoolean()) {
      throw Refusal.BAD_REQUEST.because("'" + name + "' must be true or false");
    }
    return value.booleanValue();
  }

  static Optional<Long> number(JsonNode body, String name) {
    JsonNode value = body.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.canConvertToLong() || !value.isIntegralNumber()) {
      throw Refusal.BAD_REQUEST.because("'" + name + "' must be a whole number");
    }
    return Optional.of(value.longValue());
  }

  /** A list of texts: a JSON array of strings; absent, an empty list. */
  static List<String> texts(JsonNode body, String name) {
    JsonNode value = body.get(name);
    List<String> texts = new ArrayList<>();
    if (value == null || value.isNull()) {
      return texts;
    }
    if (!value.isArray()) {
      throw Refusal.BAD_REQUEST.because("'" + name + "' must be an array of strings");
    }
    for (JsonNode element : value) {
      if (!element.isTextual()) {
        throw Refusal.BAD_REQUEST.because("'" + name + "' must be an array of strings");
      }
      texts.add(element.asText());
    }
    return texts;
  }
}
