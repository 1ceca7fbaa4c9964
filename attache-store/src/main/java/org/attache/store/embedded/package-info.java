/**
 * The embedded PostgreSQL server: the store's default when no database URL is given. The server is
 * closed to the rest of the host (passwords on every connection, 127.0.0.1 only), the application
 * signs in as a role that is not a superuser, and other processes of the same user can use a
 * running server ({@link org.attache.store.embedded.EmbeddedStore}).
 */
package org.attache.store.embedded;
