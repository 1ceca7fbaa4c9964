/**
 * Exports: what the store holds, read from its views ({@link SelectionReader}) into a {@link
 * Selection} and written as JSON Lines records, flat CSV or Parquet tables, PLOVER events, Popolo
 * people and organisations, or a GraphML contact network ({@link Exporter}).
 */
package org.attache.store.export;
