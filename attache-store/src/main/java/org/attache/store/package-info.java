/**
 * The PostgreSQL store of Attaché: the schema (Flyway migrations under {@code db/migration}),
 * ingestion with cross-document merging ({@link org.attache.store.ingest}, {@link
 * org.attache.store.merge}), review with an append-only audit trail ({@link
 * org.attache.store.review}) and the embedded server ({@link org.attache.store.embedded}).
 *
 * <p>Every extracted field is an assertion of one document about one subject (a person, an
 * organisation, a membership, an event, an event's actor or area); current values, sources and
 * statuses are derived from the assertions in views.
 */
package org.attache.store;
