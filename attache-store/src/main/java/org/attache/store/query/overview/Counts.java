package org.attache.store.query.overview;

/**
 * How much the store holds: documents (and how many of them the triage found not diplomatic), the
 * stories they tell (near-copies and reports of the same events are one story), events by type,
 * people, and the extracted fields that no one has reviewed yet.
 */
public record Counts(
    long documents,
    long stories,
    long notDiplomatic,
    long meetings,
    long statements,
    long agreements,
    long plans,
    long people,
    long unreviewed) {}
