-- Search finds Chinese words.
--
-- The 'simple' configuration splits text at spaces and punctuation: Cyrillic and Latin words are
-- found as they are, but Chinese is written without spaces, so a whole run of Han characters was
-- one token and a word inside it was never found. Han runs are now indexed as their overlapping
-- pairs of characters (bigrams: 王毅会见 is 王毅 毅会 会见), the way Lucene's CJK analyser reads
-- them, and a query's Han run is searched as the phrase of its bigrams, so any word of two or more
-- characters is found wherever it stands, with no dictionary to fall out of step with the text
-- (a segmenter's words differ with context: 合作 inside 合作伙伴 would be lost). A lone Han
-- character between other marks is indexed as itself. Other scripts are left as they were, so
-- English and Russian vectors do not change. Chinese punctuation becomes a space.
--
-- Both functions are one pass of one regular expression with window functions: linear in the
-- text.

CREATE FUNCTION han_bigrams(body text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(
           CASE WHEN r.m[1] ~ '^[\u3400-\u4dbf\u4e00-\u9fff]'
                THEN CASE WHEN length(r.m[1]) = 1 THEN r.m[1]
                          ELSE (SELECT string_agg(c.ch || c.next, ' ' ORDER BY c.k)
                                  FROM (SELECT t.ch, t.k, lead(t.ch) OVER (ORDER BY t.k) AS next
                                          FROM regexp_split_to_table(r.m[1], '')
                                               WITH ORDINALITY AS t(ch, k)) c
                                 WHERE c.next IS NOT NULL) END
                ELSE regexp_replace(r.m[1], '[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]', ' ', 'g')
           END, ' ' ORDER BY r.n), '')
    FROM regexp_matches(body, '[\u3400-\u4dbf\u4e00-\u9fff]+|[^\u3400-\u4dbf\u4e00-\u9fff]+', 'g')
         WITH ORDINALITY AS r(m, n)
$$;

-- A web-style query with each Han run of two or more characters as the phrase of its bigrams
-- ("王毅" outside quotes is "王毅" in quotes; inside a quoted phrase its bigrams join the phrase).
CREATE FUNCTION han_query(query text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(
           CASE WHEN p.piece ~ '^[\u3400-\u4dbf\u4e00-\u9fff]' AND length(p.piece) > 1
                     AND p.quotes % 2 = 0
                THEN '"' || han_bigrams(p.piece) || '"'
                ELSE han_bigrams(p.piece)
           END, '' ORDER BY p.n), '')
    FROM (SELECT r.m[1] AS piece, r.n,
                 coalesce(sum(length(r.m[1]) - length(replace(r.m[1], '"', '')))
                            OVER (ORDER BY r.n ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING),
                          0) AS quotes
            FROM regexp_matches(query, '[\u3400-\u4dbf\u4e00-\u9fff]+|[^\u3400-\u4dbf\u4e00-\u9fff]+',
                                'g') WITH ORDINALITY AS r(m, n)) p
$$;

ALTER TABLE document DROP COLUMN search;
ALTER TABLE document ADD COLUMN search tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple', han_bigrams(coalesce(title, ''))), 'A')
  || setweight(to_tsvector('simple', han_bigrams(text)), 'D')) STORED;
CREATE INDEX document_search_vector ON document USING gin (search);

CREATE OR REPLACE FUNCTION document_text_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.text IS NOT DISTINCT FROM NEW.text THEN
    RETURN NULL;
  END IF;
  DELETE FROM document_sentence WHERE document_id = NEW.id;
  INSERT INTO document_sentence (document_id, span_start, span_end, search)
  SELECT NEW.id, s.span_start, s.span_end, to_tsvector('simple', han_bigrams(s.sentence))
    FROM sentences(NEW.text) s;
  RETURN NULL;
END
$$;

UPDATE document_sentence x
   SET search = to_tsvector('simple', han_bigrams(substr(d.text, x.span_start + 1,
                                                          x.span_end - x.span_start)))
  FROM document d
 WHERE d.id = x.document_id AND d.text ~ '[\u3400-\u4dbf\u4e00-\u9fff]';
