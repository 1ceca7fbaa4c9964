/**
 * Writing documents and their records: one transaction each, with their events merged into what
 * other documents reported ({@link org.attache.store.merge}) and a record re-extracted by a later
 * version replacing the machine's assertions while reviews stay. Extraction itself is done by the
 * caller (module attache-ingest), so that the store depends on the model alone.
 */
package org.attache.store.ingest;
