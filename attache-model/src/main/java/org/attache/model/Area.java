package org.attache.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The closed vocabulary of areas of cooperation (RECORDS.md). */
public enum Area {
  TERRORISM,
  EXTREMISM,
  DRUG_TRAFFICKING,
  ARMS_TRAFFICKING,
  MONEY_LAUNDERING,
  TRANSNATIONAL_CRIME,
  CYBERSECURITY,
  BORDER_SECURITY,
  DEFENCE,
  TRADE,
  INVESTMENT,
  FINANCE,
  DIGITAL_ECONOMY,
  COMMUNICATIONS,
  TRANSPORT,
  TOURISM,
  ENERGY,
  AGRICULTURE,
  INDUSTRY,
  CUSTOMS,
  ENVIRONMENT,
  CLIMATE_CHANGE,
  NATURAL_RESOURCES,
  DISASTER_MANAGEMENT,
  WATER,
  HEALTH,
  EDUCATION,
  CULTURE,
  SCIENCE_TECHNOLOGY,
  MEDIA_INFORMATION,
  SOCIAL_DEVELOPMENT,
  YOUTH,
  SPORT,
  HUMANITARIAN,
  POLITICAL_DIALOGUE,
  MULTILATERAL_COORDINATION;

  /** The value as written in records: the constant's name in lower case. */
  @JsonValue
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a value as written in records.
   *
   * @throws IllegalArgumentException naming the value when it is not in the vocabulary
   */
  @JsonCreator
  public static Area parse(String code) {
    try {
      return valueOf(code.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown area: '" + code + "'", e);
    }
  }
}
