package org.attache.knowledge;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * An international organisation, or a body of one.
 *
 * @param code its code in records: the common English acronym ("SCO", "ASEAN"; "RATS", "ACC", "LAS"
 *     and "WB" as RECORDS.md fixes them), upper case
 * @param name the full English name ("Shanghai Cooperation Organisation")
 * @param variants other unambiguous names and the acronyms that texts use ("SCO", "Shanghai
 *     Cooperation Organization")
 * @param seatCity the city of its headquarters or secretariat, where it has one
 * @param seatCountry ISO 3166-1 alpha-3 code of the state of its seat, present with {@code
 *     seatCity}
 * @param founded the year it was founded, where known
 * @param members ISO 3166-1 alpha-3 codes of its member states, where listed; may be empty
 */
public record Organisation(
    String code,
    String name,
    List<String> variants,
    Optional<String> seatCity,
    Optional<String> seatCountry,
    OptionalInt founded,
    List<String> members) {
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*");

  public Organisation {
    requireNonNull(code, "code is null");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "organisation code must be upper case letters and digits: '" + code + "'");
    }
    Checks.text(name, "name");
    variants = Checks.texts(variants, "variants");
    requireNonNull(seatCity, "seatCity is null");
    requireNonNull(seatCountry, "seatCountry is null");
    seatCity.ifPresent(city -> Checks.text(city, "seatCity"));
    seatCountry.ifPresent(country -> Checks.alpha3(country, "seatCountry"));
    if (seatCity.isPresent() != seatCountry.isPresent()) {
      throw new IllegalArgumentException("seatCity and seatCountry must be given together");
    }
    requireNonNull(founded, "founded is null");
    members = List.copyOf(requireNonNull(members, "members is null"));
    for (String member : members) {
      Checks.alpha3(member, "member");
    }
  }

  /** Where the organisation sits, if it has a seat. */
  public Optional<Location> seat() {
    return seatCity.map(city -> new Location(city, seatCountry.orElseThrow()));
  }

  /** The full name followed by the variants, without repeats. */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    names.add(name);
    for (String variant : variants) {
      if (!names.contains(variant)) {
        names.add(variant);
      }
    }
    return List.copyOf(names);
  }
}
