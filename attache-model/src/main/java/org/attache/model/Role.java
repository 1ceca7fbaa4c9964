package org.attache.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The part an actor plays in a meeting. */
public enum Role {
  @JsonProperty("host")
  HOST,
  @JsonProperty("guest")
  GUEST,
  @JsonProperty("participant")
  PARTICIPANT
}
