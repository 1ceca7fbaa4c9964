/** What the store holds at a glance: the counts the start page shows. */
package org.attache.store.query.overview;
