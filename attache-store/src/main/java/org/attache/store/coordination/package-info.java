/**
 * The coordination workspace: joint plans that partners' secretariats draft, agree item by item and
 * approve ({@link org.attache.store.coordination.Drafting}), read with their derived status and
 * progress ({@link org.attache.store.coordination.Plans}), track against the stored events that may
 * have carried their items out ({@link org.attache.store.coordination.Tracking}), and make from the
 * plan records the extractor found ({@link org.attache.store.coordination.Suggestions}). Every
 * change is written with an entry of the append-only audit log in one transaction.
 */
package org.attache.store.coordination;
