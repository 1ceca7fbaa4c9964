package org.attache.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Something a document reports: a meeting, statement, agreement, plan, priorities or an
 * establishment. Serialised with its {@code type} first.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Meeting.class, name = "meeting"),
  @JsonSubTypes.Type(value = Statement.class, name = "statement"),
  @JsonSubTypes.Type(value = Agreement.class, name = "agreement"),
  @JsonSubTypes.Type(value = Plan.class, name = "plan"),
  @JsonSubTypes.Type(value = Priorities.class, name = "priorities"),
  @JsonSubTypes.Type(value = Establishment.class, name = "establishment")
})
public sealed interface Event
    permits Meeting, Statement, Agreement, Plan, Priorities, Establishment {

  /** Identifier inside the record ("e1", "e2", ...). */
  String id();

  /** ISO 8601 date, as precise as the text allows. */
  Optional<String> date();

  /** CAMEO and PLOVER codes, where a mapping exists. */
  Optional<Codes> codes();

  /** Spans of the sentences the event was read from. */
  List<Span> evidence();

  /** How sure the extractor is, from 0 to 1. */
  double confidence();

  /**
   * For each field, the rule or word-list entry that decided it, for {@code explain} and review.
   */
  SortedMap<String, String> provenance();

  /**
   * The name of this event's type as records write it ("meeting", "statement", ...), read from the
   * type names declared on this interface so that there is one list of them.
   */
  @JsonIgnore
  default String type() {
    for (JsonSubTypes.Type type : Event.class.getAnnotation(JsonSubTypes.class).value()) {
      if (type.value().isInstance(this)) {
        return type.name();
      }
    }
    throw new IllegalStateException("no type name for " + getClass().getName());
  }
}
