package org.attache.knowledge;

/**
 * A city and the state it lies in.
 *
 * @param city the usual English name of the city ("Beijing")
 * @param country ISO 3166-1 alpha-3 code of its state ("CHN")
 */
public record Location(String city, String country) {
  public Location {
    Checks.text(city, "city");
    Checks.alpha3(country, "country");
  }
}
