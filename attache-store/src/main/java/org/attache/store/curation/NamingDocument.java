package org.attache.store.curation;

import static java.util.Objects.requireNonNull;

/**
 * A document that names an actor, which a split may take.
 *
 * @param documentId the document's id
 * @param heading its title, or its opening where it has none
 */
public record NamingDocument(String documentId, String heading) {
  public NamingDocument {
    requireNonNull(documentId, "documentId is null");
    requireNonNull(heading, "heading is null");
  }
}
