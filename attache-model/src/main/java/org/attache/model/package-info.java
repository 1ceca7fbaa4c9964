/**
 * The record format of Attaché (RECORDS.md, version 1): what the extractor emits for one document
 * and what the store, the exports and the evaluator build on.
 *
 * <p>Every type is an immutable Java record validated in its compact constructor. Absent values are
 * {@link java.util.Optional#empty()} and empty lists, never {@code null}; the JSON codec writes
 * them as {@code null} and {@code []}.
 */
package org.attache.model;
