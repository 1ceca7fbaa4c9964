package org.attache.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What an actor is. */
public enum ActorKind {
  @JsonProperty("person")
  PERSON,
  @JsonProperty("organisation")
  ORGANISATION,
  @JsonProperty("state")
  STATE
}
