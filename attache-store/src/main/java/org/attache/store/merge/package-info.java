/**
 * How the store decides that two reports are of one thing: people by their normalised name,
 * organisations by code (or normalised name when they have none), meetings by participants and
 * dates within a reporting window, agreements by instrument, parties and year.
 */
package org.attache.store.merge;
