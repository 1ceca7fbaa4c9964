/**
 * Document readers: turn files, HTML pages and JSON Lines corpora into {@link
 * org.attache.pipeline.read.SourceDocument}s, the first value of the pipeline.
 *
 * <p>The entry point is {@link org.attache.pipeline.read.DocumentReaders}. Every input, however
 * hostile, ends in a {@link org.attache.pipeline.read.ReadResult}: a document read, or a failure
 * that names the source and the reason. No exception escapes a reader.
 */
package org.attache.pipeline.read;
