/**
 * How the store decides that two reports are of one thing: people by their normalised name,
 * organisations by code (or normalised name when they have none), meetings by participants, place
 * and dates within a reporting window, statements by speaker, stance, clause and time, agreements
 * by instrument, the exact set of parties and date, and the events of near-copies of one text
 * ({@link org.attache.store.merge.TextSketch}) as the events of one story.
 */
package org.attache.store.merge;
