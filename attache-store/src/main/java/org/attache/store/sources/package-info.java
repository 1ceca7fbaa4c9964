/**
 * The sources the store is fed from (feeds, sitemaps, listing pages), what their polls learnt
 * (validators, errors, when each is due) and the items each has listed, written with their
 * documents so that a poll killed at any point loses and repeats nothing.
 */
package org.attache.store.sources;
