package org.attache.spark;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The rows that flow between the stages of the job.
 *
 * <p>Every row carries {@link #FILE_ORDER} and {@link #ITEM_ORDER}: the place of its input in the
 * order the inputs were given (file by file, each directory in the order of its names) and of the
 * item within its file (the line of a corpus, the row of a table). The outputs are sorted by them,
 * so the same input gives the same output, in the order {@code attache extract} writes it.
 */
final class Columns {
  static final String FILE_ORDER = "file_order";
  static final String ITEM_ORDER = "item_order";
  static final String SOURCE = "source";
  static final String TITLE = "title";
  static final String PUBLISHED = "published";
  static final String BODY = "body";
  static final String URL = "url";
  static final String REASON = "reason";
  static final String DOCUMENT_ID = "document_id";
  static final String DIPLOMATIC = "diplomatic";
  static final String EVENT_TYPES = "event_types";
  static final String STATE_CODES = "state_codes";
  static final String ORGANISATION_CODES = "organisation_codes";
  static final String PEOPLE = "people";
  static final String RECORD_JSON = "record_json";

  /**
   * A document as read, or the reason there is none: source and reason for a failure; source, body
   * and, where known, title, published (ISO date) and url for a document.
   */
  static final StructType DOCUMENT =
      new StructType(
          new StructField[] {
            order(FILE_ORDER),
            order(ITEM_ORDER),
            required(SOURCE),
            optional(TITLE),
            optional(PUBLISHED),
            optional(BODY),
            optional(URL),
            optional(REASON)
          });

  /** A document's record with its flat columns, or the reason there is none. */
  static final StructType RESULT =
      new StructType(
          new StructField[] {
            order(FILE_ORDER),
            order(ITEM_ORDER),
            required(SOURCE),
            optional(DOCUMENT_ID),
            optional(TITLE),
            optional(PUBLISHED),
            DataTypes.createStructField(DIPLOMATIC, DataTypes.BooleanType, true),
            strings(EVENT_TYPES),
            strings(STATE_CODES),
            strings(ORGANISATION_CODES),
            strings(PEOPLE),
            optional(RECORD_JSON),
            optional(REASON)
          });

  private Columns() {}

  private static StructField order(String name) {
    return DataTypes.createStructField(name, DataTypes.LongType, false);
  }

  private static StructField required(String name) {
    return DataTypes.createStructField(name, DataTypes.StringType, false);
  }

  private static StructField optional(String name) {
    return DataTypes.createStructField(name, DataTypes.StringType, true);
  }

  private static StructField strings(String name) {
    return DataTypes.createStructField(
        name, DataTypes.createArrayType(DataTypes.StringType, false), true);
  }
}
