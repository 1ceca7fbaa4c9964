/**
 * Stories: the documents that tell one story (near-copies of one text, or reports of the same
 * events) grouped under one number, so that what several outlets publish counts once.
 */
package org.attache.store.stories;
