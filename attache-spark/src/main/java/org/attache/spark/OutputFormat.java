package org.attache.spark;

/** How the job writes its records and errors. */
public enum OutputFormat {
  /** One line per document: exactly what {@code attache extract} writes for it. */
  JSONL,
  /** A table with the record's JSON and a few flat columns for analysts. */
  PARQUET
}
