/**
 * The one error model of Attaché: an {@link org.attache.model.error.ErrorCode} carried by an {@link
 * org.attache.model.error.AttacheException}, mapped to HTTP statuses by the server and to exit
 * codes by the command line.
 */
package org.attache.model.error;
