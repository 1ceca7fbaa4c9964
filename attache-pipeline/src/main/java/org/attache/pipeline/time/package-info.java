/**
 * Dates and periods: finds the time expressions of a text and normalises them to ISO 8601 at the
 * precision the text gives, resolving relative ones against the publication date. Entry point:
 * {@link org.attache.pipeline.time.DateFinder}.
 */
package org.attache.pipeline.time;
