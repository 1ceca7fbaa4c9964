/**
 * The extractor's version: the release with a digest of the sources that decide what it extracts,
 * written by the build and read at start. A store re-extracts a document stored under another
 * version, so records follow every change of the rules and word lists without anyone remembering to
 * raise a number.
 */
package org.attache.pipeline.version;
