/**
 * Review at the store level: a person confirms, corrects or rejects an extracted field. Each
 * decision is recorded in {@code review_log}, which the database keeps append-only; a reviewed
 * field survives re-extraction of its document.
 */
package org.attache.store.review;
