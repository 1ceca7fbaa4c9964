/**
 * Watchlists: what each user follows (actors, pairs, areas, plans, saved searches), what arrived
 * for them since they last looked, their Atom feeds' token and their digest e-mail.
 */
package org.attache.store.watch;
