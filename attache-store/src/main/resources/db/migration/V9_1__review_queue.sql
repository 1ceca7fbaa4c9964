-- The review queue: what is most likely wrong and matters most comes first.
--
-- V1's review_queue listed the least confident fields first, which are the knowledge base's sure
-- matches ("China" is CHN) as often as not, and a wrong post came after hundreds of them. Each
-- unreviewed field now has a concern, from the first to look at to the last:
--   1 a person's post whose organisation the document does not name in a sentence naming the
--     person (the post was pieced together from two sentences). A mention of the person counts
--     where it says the person's last name: the extractor also counts the post's own words
--     ("President of Tajikistan") as a mention of its holder, and those name the organisation
--     whether or not the sentence of the name does;
--   2 a person's name that other documents spell otherwise (two people merged, or one person
--     spelled two ways);
--   3 other names of people, their posts and their parts in events;
--   4 a report of an event that other documents report too (reports merged across documents);
--   5 the date and place of a meeting;
--   6 everything else;
--   7 the names and codes of states and organisations that the knowledge base knows.
-- Within a concern the least confident field comes first. review_field holds every unreviewed
-- field with its concern, and review_document each document with unreviewed fields and its most
-- pressing one, so that the queue pages through documents by an index. Both are kept by triggers:
-- a document's fields are classified when it is stored (at commit, once its assertions and spans
-- are all written), and a field leaves the queue when a person decides on it.

-- Whether two spans of a text lie in one sentence: they overlap, or nothing between them ends a
-- sentence (a full stop, question or exclamation mark before a space, or a line break).
CREATE FUNCTION one_sentence(body text, s1 integer, e1 integer, s2 integer, e2 integer)
  RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT greatest(s1, s2) <= least(e1, e2)
      OR substring(body FROM least(e1, e2) + 1 FOR greatest(s1, s2) - least(e1, e2))
         !~ '[.!?]\s|\n'
$$;

-- Every unreviewed field with its concern, the record it belongs to (person, post, state,
-- organisation or an event's type) and its event, if it belongs to one. It is read for one
-- document or a few fields at a time: what each field belongs to is looked up by its subject's
-- key (scalar subqueries), never by joining whole tables.
CREATE VIEW field_concern AS
  SELECT x.assertion_id, x.document_id, x.published, x.confidence,
         CASE
           WHEN x.subject_kind = 'membership' AND x.field = 'post' AND x.post_of IS NOT NULL
                AND NOT EXISTS (
                  SELECT 1
                    FROM assertion pa JOIN assertion_span ps ON ps.assertion_id = pa.id,
                         assertion oa JOIN assertion_span os ON os.assertion_id = oa.id
                   WHERE pa.document_id = x.document_id AND pa.subject_kind = 'person'
                     AND pa.subject_id = x.holder AND pa.field = 'name'
                     AND oa.document_id = x.document_id AND oa.subject_kind = 'organisation'
                     AND oa.subject_id = x.post_of AND oa.field IN ('name', 'code')
                     AND strpos(lower(substr(x.text, ps.span_start + 1,
                                             ps.span_end - ps.span_start)),
                                lower(substring(pa.value FROM '(\S+)\s*$'))) > 0
                     AND one_sentence(x.text, ps.span_start, ps.span_end,
                                      os.span_start, os.span_end)) THEN 1
           WHEN x.subject_kind = 'person' AND x.field = 'name'
                AND EXISTS (
                  SELECT 1 FROM assertion o
                   WHERE o.subject_kind = 'person' AND o.subject_id = x.subject_id
                     AND o.field = 'name' AND o.document_id <> x.document_id
                     AND o.state <> 'rejected' AND o.value IS DISTINCT FROM x.value) THEN 2
           WHEN x.subject_kind IN ('person', 'membership') THEN 3
           WHEN x.subject_kind = 'event_actor' AND x.part_of_person THEN 3
           WHEN x.subject_kind = 'event' AND x.field = 'exists'
                AND EXISTS (
                  SELECT 1 FROM assertion o
                   WHERE o.subject_kind = 'event' AND o.subject_id = x.subject_id
                     AND o.field = 'exists' AND o.document_id <> x.document_id
                     AND o.state <> 'rejected') THEN 4
           WHEN x.subject_kind = 'event' AND x.event_type = 'meeting'
                AND (x.field = 'date' OR x.field LIKE 'place.%') THEN 5
           WHEN x.subject_kind = 'organisation' AND x.organisation_code IS NOT NULL THEN 7
           ELSE 6
         END AS concern,
         CASE x.subject_kind
           WHEN 'person' THEN 'person'
           WHEN 'membership' THEN 'post'
           WHEN 'organisation' THEN x.organisation_kind
           ELSE x.event_type
         END AS record,
         x.event_id
    FROM (SELECT y.*, (SELECT e.type FROM event e WHERE e.id = y.event_id) AS event_type
            FROM (SELECT a.id AS assertion_id, a.document_id, d.published, d.text, a.confidence,
                         a.subject_kind, a.subject_id, a.field, a.value,
                         CASE a.subject_kind
                           WHEN 'event' THEN a.subject_id
                           WHEN 'event_actor' THEN (SELECT ea.event_id FROM event_actor ea
                                                     WHERE ea.id = a.subject_id)
                           WHEN 'event_area' THEN (SELECT ar.event_id FROM event_area ar
                                                    WHERE ar.id = a.subject_id)
                           WHEN 'plan_item' THEN (SELECT pi.event_id FROM plan_item pi
                                                   WHERE pi.id = a.subject_id)
                         END AS event_id,
                         CASE WHEN a.subject_kind = 'membership' THEN
                           (SELECT m.person_id FROM membership m WHERE m.id = a.subject_id)
                         END AS holder,
                         CASE WHEN a.subject_kind = 'membership' THEN
                           (SELECT m.organisation_id FROM membership m WHERE m.id = a.subject_id)
                         END AS post_of,
                         CASE WHEN a.subject_kind = 'event_actor' THEN
                           (SELECT ea.person_id IS NOT NULL FROM event_actor ea
                             WHERE ea.id = a.subject_id)
                         END AS part_of_person,
                         CASE WHEN a.subject_kind = 'organisation' THEN
                           (SELECT o.kind FROM organisation o WHERE o.id = a.subject_id)
                         END AS organisation_kind,
                         CASE WHEN a.subject_kind = 'organisation' THEN
                           (SELECT o.code FROM organisation o WHERE o.id = a.subject_id)
                         END AS organisation_code
                    FROM assertion a JOIN document d ON d.id = a.document_id
                   WHERE a.state = 'machine') y) x;

CREATE TABLE review_field (
  assertion_id bigint PRIMARY KEY REFERENCES assertion ON DELETE CASCADE,
  document_id  text NOT NULL REFERENCES document ON DELETE CASCADE,
  concern      smallint NOT NULL CHECK (concern BETWEEN 1 AND 7),
  -- The order of the queue in one number: concern * 2 + confidence, that is by concern, then the
  -- least confident first (confidence lies between 0 and 1).
  rank         double precision NOT NULL,
  record       text,
  event_id     bigint,
  published    iso_date
);
CREATE INDEX review_field_document ON review_field (document_id, rank);
CREATE INDEX review_field_rank
  ON review_field (rank, published DESC NULLS LAST, document_id, assertion_id);
CREATE INDEX review_field_event ON review_field (event_id) WHERE event_id IS NOT NULL;
-- For the queue's filters by record and by publication date.
CREATE INDEX review_field_record ON review_field (record, (published COLLATE "C"));
CREATE INDEX review_field_published ON review_field (published COLLATE "C");

CREATE TABLE review_document (
  document_id text PRIMARY KEY REFERENCES document ON DELETE CASCADE,
  -- The rank of its most pressing field.
  rank        double precision NOT NULL,
  fields      integer NOT NULL CHECK (fields > 0),
  published   iso_date
);
CREATE INDEX review_document_order
  ON review_document (rank, published DESC NULLS LAST, document_id);

-- Sums up a document's unreviewed fields in review_document.
CREATE FUNCTION summarise_review(doc text) RETURNS void LANGUAGE sql AS $$
  DELETE FROM review_document WHERE document_id = doc;
  INSERT INTO review_document (document_id, rank, fields, published)
  SELECT document_id, min(rank), count(*), min(published)
    FROM review_field WHERE document_id = doc GROUP BY document_id;
$$;

-- Classifies a document's unreviewed fields again. The reports of its events and the names of
-- its people in other documents may become merges by it: those not yet classified as merges are
-- classified again too. Each field rises to a merge once, so a document's refresh costs what it
-- shares with others, not what they hold.
CREATE FUNCTION refresh_review(doc text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  shared bigint[];
  others text[];
BEGIN
  DELETE FROM review_field WHERE document_id = doc;
  INSERT INTO review_field (assertion_id, document_id, concern, rank, record, event_id, published)
  SELECT assertion_id, document_id, concern, concern * 2 + confidence, record, event_id, published
    FROM field_concern WHERE document_id = doc;
  SELECT array_agg(x.id) INTO shared
    FROM assertion a
    JOIN assertion x ON x.subject_kind = a.subject_kind AND x.subject_id = a.subject_id
                    AND x.field = a.field AND x.document_id <> a.document_id
                    AND x.state = 'machine'
    JOIN review_field r ON r.assertion_id = x.id
   WHERE a.document_id = doc AND a.state <> 'rejected'
     AND ((a.subject_kind = 'event' AND a.field = 'exists' AND r.concern <> 4)
       OR (a.subject_kind = 'person' AND a.field = 'name' AND r.concern <> 2
           AND x.value IS DISTINCT FROM a.value));
  IF shared IS NOT NULL THEN
    WITH changed AS (
      UPDATE review_field r
         SET concern = c.concern, rank = c.concern * 2 + c.confidence
        FROM field_concern c
       WHERE c.assertion_id = ANY (shared) AND r.assertion_id = c.assertion_id
      RETURNING r.document_id
    )
    SELECT array_agg(DISTINCT document_id) INTO others FROM changed;
  END IF;
  PERFORM summarise_review(doc);
  PERFORM summarise_review(o) FROM unnest(others) AS o;
END
$$;

-- A stored or re-extracted document: classified at commit, when its fields and spans are all
-- written. Takes the lock of merging, as every writer of assertions does.
CREATE FUNCTION document_review_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM lock_merging();
  IF EXISTS (SELECT 1 FROM document WHERE id = NEW.id) THEN
    PERFORM refresh_review(NEW.id);
  END IF;
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER document_review AFTER INSERT OR UPDATE ON document
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION document_review_changed();

-- A decision on a field: it leaves the queue; a field made a machine's again comes back.
CREATE FUNCTION assertion_review_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM lock_merging();
  IF NEW.state = 'machine' THEN
    PERFORM refresh_review(NEW.document_id);
  ELSE
    DELETE FROM review_field WHERE assertion_id = NEW.id;
    PERFORM summarise_review(NEW.document_id);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER assertion_review AFTER UPDATE OF state ON assertion
  FOR EACH ROW WHEN (OLD.state IS DISTINCT FROM NEW.state)
  EXECUTE FUNCTION assertion_review_changed();

SELECT refresh_review(id) FROM document ORDER BY id;

-- The queue's order replaces V1's view (assertion_queue stays: it counts the unreviewed fields).
DROP VIEW review_queue;
