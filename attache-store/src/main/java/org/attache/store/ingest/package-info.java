/**
 * Ingestion: documents read, extracted in parallel and stored one transaction each, with their
 * events merged into what other documents reported ({@link org.attache.store.merge}).
 */
package org.attache.store.ingest;
