package org.attache.model;

import java.util.Optional;

/**
 * Event codes of the public coding schemes.
 *
 * @param cameo CAMEO event code ("043")
 * @param plover PLOVER event type ("CONSULT")
 */
public record Codes(Optional<String> cameo, Optional<String> plover) {
  public Codes {
    cameo = Values.opt(cameo, "cameo");
    plover = Values.opt(plover, "plover");
  }

  public static Codes of(String cameo, String plover) {
    return new Codes(Optional.ofNullable(cameo), Optional.ofNullable(plover));
  }
}
