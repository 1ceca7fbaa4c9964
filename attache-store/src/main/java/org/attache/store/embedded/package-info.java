/** The embedded PostgreSQL server: the store's default when no database URL is given. */
package org.attache.store.embedded;
