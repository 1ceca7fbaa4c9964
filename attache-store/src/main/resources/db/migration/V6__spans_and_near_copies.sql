-- Every span of every field, and the sketches by which near-copies of a text are found.
--
-- assertion (V1) holds one span per field: the first sentence of the event it belongs to, which for
-- a meeting told in a headline is the headline, whatever the field. assertion_span holds every span
-- a field was read from (the sentences that give a meeting's date, each mention of a participant);
-- assertion.span_start and span_end stay the first of them, so what read them keeps its meaning.
-- Spans are rewritten with their assertion by a re-extraction, unless a person reviewed it.

CREATE TABLE assertion_span (
  assertion_id bigint NOT NULL REFERENCES assertion ON DELETE CASCADE,
  span_start   integer NOT NULL,
  span_end     integer NOT NULL,
  CHECK (span_start >= 0 AND span_end >= span_start),
  PRIMARY KEY (assertion_id, span_start, span_end)
);

-- The one span that each assertion stored before kept.
INSERT INTO assertion_span (assertion_id, span_start, span_end)
SELECT id, span_start, span_end FROM assertion WHERE span_start IS NOT NULL;

-- A MinHash sketch of each document's text (org.attache.store.merge.TextSketch): the least hash of
-- its four-word runs under each of 64 hash functions, its number of distinct runs, and the keys of
-- the bands of the minima, by which the documents sharing a band are found through the index. Two
-- texts whose sketches say that most of the shorter is in the longer are near-copies: one story,
-- whose events are one even when the story gives no date. Documents stored before this migration
-- have no sketch, and so are nobody's near-copy.
CREATE TABLE document_sketch (
  document_id text PRIMARY KEY REFERENCES document ON DELETE CASCADE,
  shingles    integer NOT NULL CHECK (shingles >= 0),
  minhash     bigint[] NOT NULL,
  bands       bigint[] NOT NULL
);
CREATE INDEX document_sketch_bands ON document_sketch USING gin (bands);
