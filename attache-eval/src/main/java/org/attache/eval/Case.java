package org.attache.eval;

import static java.util.Objects.requireNonNull;

import org.attache.model.DocumentRecord;

/** One document to score: its name in reports ({@code 0005}), its gold and what was predicted. */
public record Case(String name, Gold gold, DocumentRecord predicted) {
  public Case {
    requireNonNull(name, "name is null");
    requireNonNull(gold, "gold is null");
    requireNonNull(predicted, "predicted is null");
  }
}
