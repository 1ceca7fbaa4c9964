package org.attache.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * A city of a state.
 *
 * @param name the usual English name ("Astana", "Saint Petersburg")
 * @param variants other spellings and former names ("Nur-Sultan"; "St Petersburg")
 */
public record City(String name, List<String> variants) {
  public City {
    Checks.text(name, "city name");
    variants = Checks.texts(variants, "city variants");
  }

  /** The name followed by the variants. */
  public List<String> names() {
    List<String> names = new ArrayList<>(variants.size() + 1);
    names.add(name);
    names.addAll(variants);
    return List.copyOf(names);
  }
}
