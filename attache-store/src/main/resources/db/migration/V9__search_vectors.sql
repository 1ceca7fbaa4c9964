-- Search reads stored text vectors.
--
-- V3 indexed an expression, to_tsvector('simple', title || ' ' || text), which served the match
-- but not the rank: ranking a hit recomputed its vector from the text, so a common word cost a
-- parse of every document it was in. The vector is now a stored column, weighted so that the
-- title counts more than the body (A for the title, D for the text, which begins with the title
-- again), with a GIN index; ts_rank reads it as it is.
--
-- A hit shows the sentence that matches best. document_sentence holds the sentences of each
-- document with their own vectors, kept by a trigger when a text is stored or changed. They are
-- only ever read for the few documents a search shows, through the primary key, so they need no
-- GIN index of their own.

ALTER TABLE document ADD COLUMN search tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple', coalesce(title, '')), 'A')
  || setweight(to_tsvector('simple', text), 'D')) STORED;
CREATE INDEX document_search_vector ON document USING gin (search);
DROP INDEX document_search;

-- The sentences of a text as spans: a sentence ends with a full stop, question or exclamation mark
-- before a space or the end, or with a line break; a run of marks inside a word (3.5, U.S.A) does
-- not end one. One pass of one regular expression over the text, whose matches follow each other
-- without a gap, so that the spans are the running sums of their lengths: linear in the text.
-- Closing quotes and brackets after the mark belong to the sentence.
CREATE FUNCTION sentences(body text)
  RETURNS TABLE (span_start integer, span_end integer, sentence text)
  LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT (total - length(piece))::integer,
         (total - length(piece) + length(rtrim(piece, E' \t\r\n\f\v')))::integer,
         rtrim(piece, E' \t\r\n\f\v')
    FROM (SELECT m[1] AS piece, sum(length(m[1])) OVER (ORDER BY n) AS total
            FROM regexp_matches(
                   body,
                   '((?:[^.!?\n]|[.!?]+(?![\s"”’)\]]|$))*(?:[.!?]+["”’)\]]*)?\s*)', 'g')
                 WITH ORDINALITY AS r(m, n)) pieces
   WHERE piece !~ '^\s*$'
$$;

CREATE TABLE document_sentence (
  document_id text NOT NULL REFERENCES document ON DELETE CASCADE,
  span_start  integer NOT NULL,
  span_end    integer NOT NULL,
  search      tsvector NOT NULL,
  PRIMARY KEY (document_id, span_start),
  CHECK (span_start >= 0 AND span_end > span_start)
);

CREATE FUNCTION document_text_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.text IS NOT DISTINCT FROM NEW.text THEN
    RETURN NULL;
  END IF;
  DELETE FROM document_sentence WHERE document_id = NEW.id;
  INSERT INTO document_sentence (document_id, span_start, span_end, search)
  SELECT NEW.id, s.span_start, s.span_end, to_tsvector('simple', s.sentence)
    FROM sentences(NEW.text) s;
  RETURN NULL;
END
$$;

CREATE TRIGGER document_sentences AFTER INSERT OR UPDATE OF text ON document
  FOR EACH ROW EXECUTE FUNCTION document_text_changed();

INSERT INTO document_sentence (document_id, span_start, span_end, search)
SELECT d.id, s.span_start, s.span_end, to_tsvector('simple', s.sentence)
  FROM document d, sentences(d.text) s;
