package org.attache.knowledge;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * A state: a UN member, an observer state, or one of the few others that news often names.
 *
 * @param code ISO 3166-1 alpha-3 code ("CHN"; "XKX" for Kosovo, a user-assigned code)
 * @param alpha2 ISO 3166-1 alpha-2 code ("CN")
 * @param name the short English name ("China")
 * @param officialName the full official name ("People's Republic of China")
 * @param variants other names that refer to the state alone ("PRC", "Mainland China")
 * @param demonyms adjectives and demonyms ("Chinese"); may be empty where one is ambiguous
 * @param capital the capital, as the seat of government is commonly reported
 * @param cities other cities where meetings are often held, the capital excluded
 */
public record State(
    String code,
    String alpha2,
    String name,
    String officialName,
    List<String> variants,
    List<String> demonyms,
    City capital,
    List<City> cities) {
  public State {
    Checks.alpha3(code, "code");
    Checks.alpha2(alpha2, "alpha2");
    Checks.text(name, "name");
    Checks.text(officialName, "officialName");
    variants = Checks.texts(variants, "variants");
    demonyms = Checks.texts(demonyms, "demonyms");
    requireNonNull(capital, "capital is null");
    cities = List.copyOf(requireNonNull(cities, "cities is null"));
  }

  /** The short name, the official name and the variants, without repeats. */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    names.add(name);
    if (!officialName.equals(name)) {
      names.add(officialName);
    }
    for (String variant : variants) {
      if (!names.contains(variant)) {
        names.add(variant);
      }
    }
    return List.copyOf(names);
  }

  /** The capital followed by the other cities. */
  public List<City> allCities() {
    List<City> all = new ArrayList<>(cities.size() + 1);
    all.add(capital);
    all.addAll(cities);
    return List.copyOf(all);
  }
}
