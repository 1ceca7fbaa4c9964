package org.attache.model;

/**
 * The null checks of a record of many components in one call: it names the components and refuses
 * the first that is null with the message {@code requireNonNull} would give in its place ("date is
 * null").
 */
public final class Require {
  private Require() {}

  /**
   * Refuses a null value.
   *
   * @param names the names of the values, separated by commas, in their order
   * @throws NullPointerException "{@code <name> is null}" for the first null value
   * @throws IllegalArgumentException if there are not as many names as values
   */
  public static void nonNull(String names, Object... values) {
    String[] named = names.split(",\\s*", -1);
    if (named.length != values.length) {
      throw new IllegalArgumentException(
          named.length + " names for " + values.length + " values: '" + names + "'");
    }
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        throw new NullPointerException(named[i] + " is null");
      }
    }
  }
}
