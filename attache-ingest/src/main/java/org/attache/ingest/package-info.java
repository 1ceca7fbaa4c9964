/**
 * Where extraction and storage meet: {@link org.attache.ingest.Ingestion} reads documents, skips
 * those stored already, extracts the rest on several threads and writes each with the store's
 * {@link org.attache.store.ingest.DocumentWriter}; {@link org.attache.ingest.Incoming} gives the
 * store a document as the extractor read it, with the sentences each field was read from.
 */
package org.attache.ingest;
