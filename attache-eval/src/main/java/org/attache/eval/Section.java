package org.attache.eval;

import java.util.Locale;

/** The scored sections of a gold file, in the order reports list them. */
public enum Section {
  PEOPLE,
  MEETINGS,
  STATEMENTS,
  AGREEMENTS,
  PLANS,
  PRIORITIES,
  ESTABLISHMENTS;

  /** The section's key in gold files and reports. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
