package org.attache.store.users;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.regex.Pattern;
import org.attache.model.error.AttacheException;

/**
 * A user who may sign in.
 *
 * @param actsFor the organisation or state the user works for, by its code (SCO, ASEAN, CHN): the
 *     party whose joint plans they edit and, as a coordinator, approve
 */
public record User(String name, UserRole role, Optional<String> actsFor) {
  private static final Pattern PARTY = Pattern.compile("[A-Z][A-Z0-9]{1,15}");

  public User {
    requireNonNull(name, "name is null");
    requireNonNull(role, "role is null");
    requireNonNull(actsFor, "actsFor is null");
    actsFor.ifPresent(User::checkParty);
  }

  /** A user who acts for no organisation or state. */
  public User(String name, UserRole role) {
    this(name, role, Optional.empty());
  }

  /**
   * Refuses a code that is not an organisation's acronym or a state's alpha-3 code as RECORDS.md
   * writes them: 2 to 16 capital letters and digits, a letter first.
   *
   * @throws AttacheException (bad input) naming the value
   */
  public static String checkParty(String code) {
    if (!PARTY.matcher(code).matches()) {
      throw AttacheException.badInput(
          "Not the code of an organisation or state (SCO, ASEAN, CHN): '" + code + "'");
    }
    return code;
  }
}
