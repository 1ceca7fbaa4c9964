package org.attache.store.query.documents;

/** A span of a document's text, in characters: {@code start} inclusive, {@code end} exclusive. */
public record Span(int start, int end) {}
