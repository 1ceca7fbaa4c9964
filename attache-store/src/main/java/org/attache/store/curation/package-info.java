/**
 * Curation: what editors set right beyond confirming or correcting one field: a field checked
 * against its vocabulary, a post, a merge or split of actors, the participants of an event, a whole
 * event, a document that is not diplomatic. Each act is logged in {@code curation_act} with what it
 * changed, outlasts re-extraction and can be undone.
 */
package org.attache.store.curation;
