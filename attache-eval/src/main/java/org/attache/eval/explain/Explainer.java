package org.attache.eval.explain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.attache.model.Actor;
import org.attache.model.DocumentRecord;
import org.attache.model.Event;
import org.attache.model.RecordCodec;
import org.attache.model.Span;

/**
 * Writes why a record says what it says: for each event, the sentences it was read from and, for
 * each field, its value and the rule or word-list entry that decided it (the event's {@code
 * provenance}). Actor ids are followed by the actor's name.
 */
public final class Explainer {
  private static final Set<String> SKIPPED =
      Set.of("id", "type", "evidence", "provenance", "confidence", "codes");

  private Explainer() {}

  /**
   * The explanation of one record, as lines of text.
   *
   * @param record the record of one document
   * @param text the text the extractor read, which the record's spans index
   */
  public static String explain(DocumentRecord record, String text) {
    Map<String, String> names = new HashMap<>();
    for (Actor actor : record.actors()) {
      names.put(actor.id(), actor.name() + actor.code().map(c -> " (" + c + ")").orElse(""));
    }
    StringBuilder out = new StringBuilder();
    out.append("document ")
        .append(record.document().source())
        .append(record.document().title().map(t -> ": " + t).orElse(""))
        .append('\n');
    if (record.events().isEmpty()) {
      out.append("  no events\n");
    }
    for (Event event : record.events()) {
      out.append('\n')
          .append(event.id())
          .append(' ')
          .append(event.type())
          .append(String.format(java.util.Locale.ROOT, "  confidence %.2f", event.confidence()));
      event
          .codes()
          .ifPresent(
              codes ->
                  out.append("  CAMEO ")
                      .append(codes.cameo().orElse("-"))
                      .append(" PLOVER ")
                      .append(codes.plover().orElse("-")));
      event
          .codes()
          .ifPresent(
              c ->
                  out.append("  (")
                      .append(
                          event
                              .provenance()
                              .getOrDefault("codes", "codes of the stage that found it"))
                      .append(')'));
      out.append('\n');
      for (Span span : event.evidence()) {
        if (span.end() <= text.length()) {
          out.append("  sentence [")
              .append(span.start())
              .append(", ")
              .append(span.end())
              .append("): ")
              .append(text.substring(span.start(), span.end()).replaceAll("\\s+", " ").strip())
              .append('\n');
        }
      }
      JsonNode node = RecordCodec.mapper().valueToTree(event);
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (SKIPPED.contains(field.getKey())) {
          continue;
        }
        out.append("  ")
            .append(field.getKey())
            .append(": ")
            .append(value(field.getValue(), names))
            .append("\n      <- ")
            .append(event.provenance().getOrDefault(field.getKey(), "not decided by a rule"))
            .append('\n');
      }
    }
    return out.toString();
  }

  private static String value(JsonNode node, Map<String, String> names) {
    if (node.isTextual()) {
      String name = names.get(node.asText());
      return name == null ? node.asText() : node.asText() + " " + name;
    }
    if (node.isArray()) {
      StringBuilder out = new StringBuilder("[");
      for (JsonNode item : node) {
        if (out.length() > 1) {
          out.append(", ");
        }
        out.append(value(item, names));
      }
      return out.append(']').toString();
    }
    if (node.isObject()) {
      StringBuilder out = new StringBuilder("{");
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (out.length() > 1) {
          out.append(", ");
        }
        out.append(field.getKey()).append(": ").append(value(field.getValue(), names));
      }
      return out.append('}').toString();
    }
    return node.toString();
  }
}
