package org.attache.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Optional;

/**
 * Where an event took place.
 *
 * @param name the venue or place as the text names it
 * @param city the city
 * @param country ISO 3166-1 alpha-3 code of the country
 */
public record Place(Optional<String> name, Optional<String> city, Optional<String> country) {
  public Place {
    name = Values.opt(name, "name");
    city = Values.opt(city, "city");
    country = Values.opt(country, "country");
  }

  @JsonIgnore
  public boolean isEmpty() {
    return name.isEmpty() && city.isEmpty() && country.isEmpty();
  }
}
