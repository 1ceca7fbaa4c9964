package org.attache.server.search;

import static java.util.Objects.requireNonNull;

/** A piece of a sentence shown with a search hit, marked when it is a word of the query. */
public record Piece(String text, boolean marked) {
  public Piece {
    requireNonNull(text, "text is null");
  }
}
