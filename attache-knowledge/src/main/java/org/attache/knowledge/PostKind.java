package org.attache.knowledge;

import java.util.Locale;

/** What kind of post a title names. */
public enum PostKind {
  HEAD_OF_STATE,
  HEAD_OF_GOVERNMENT,
  MINISTER,
  ENVOY,
  OFFICIAL;

  /** The code in the data files: {@code head_of_state}, {@code minister}, ... */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the kind with this code.
   *
   * @throws IllegalArgumentException naming the value when it is not a kind
   */
  public static PostKind fromCode(String code) {
    for (PostKind kind : values()) {
      if (kind.code().equals(code)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown post kind: '" + code + "'");
  }
}
