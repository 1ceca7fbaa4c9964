package org.attache.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a meeting was held. */
public enum MeetingFormat {
  @JsonProperty("in_person")
  IN_PERSON,
  @JsonProperty("video")
  VIDEO,
  @JsonProperty("phone")
  PHONE
}
