package org.attache.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.UnaryOperator;

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

  /** The actors the event names, each with its part, in the order the record gives them. */
  @JsonIgnore
  List<EventLink> links();

  /** The areas of cooperation the event names; none for meetings and establishments. */
  List<Area> areas();

  /**
   * The event's own values by field name, in a fixed order: {@code date}, {@code cameo}, {@code
   * plover}, then those of its type ({@code place.name}, {@code stance}, {@code instrument}, {@code
   * period.from}...). An absent value has no entry. These are the names the store and review give
   * the fields.
   */
  @JsonIgnore
  Map<String, String> fields();

  /**
   * A copy of this event with another id, every actor id it names mapped through {@code actors},
   * every event id it names (a plan's framework) mapped through {@code events}, and other codes
   * with the provenance that says where they came from.
   */
  Event copy(
      String id,
      UnaryOperator<String> actors,
      UnaryOperator<String> events,
      Optional<Codes> codes,
      SortedMap<String, String> provenance);

  /** This event with another id and every actor id it names mapped through {@code actors}. */
  default Event withIds(String id, UnaryOperator<String> actors) {
    return copy(id, actors, UnaryOperator.identity(), codes(), provenance());
  }

  /** This event with other codes, and the provenance that says where they came from. */
  default Event withCodes(Optional<Codes> codes, SortedMap<String, String> provenance) {
    return copy(id(), UnaryOperator.identity(), UnaryOperator.identity(), codes, provenance);
  }

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
