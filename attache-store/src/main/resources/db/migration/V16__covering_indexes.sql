-- Lookups that the heavier pages make for each of many events, answered from an index alone.
--
-- The actor page reads the type and date of each of an actor's events (the SCO has about 900 at
-- 5,000 documents), What's new the first report of each event of a watched actor or pair, the pair
-- dashboard and every list of events the count of documents reporting each event shown. Each of
-- these went through an index to the table row: four to six pages read per event, 6,000 to 7,500
-- for the SCO at every visit. With the values kept in the index, and the tables vacuumed after an
-- ingest (so that their pages are all visible), the rows need not be read.

-- The documents that report an event (its live 'exists' assertions), by event: event_source,
-- the first report of an event, the documents behind a post held at an event.
CREATE INDEX assertion_event_exists ON assertion (subject_id, document_id)
  WHERE subject_kind = 'event' AND field = 'exists' AND state <> 'rejected';

-- When a document was stored, by document: the first report of an event.
CREATE INDEX document_ingested_of ON document (id) INCLUDE (ingested_at);

-- The current date of an event and the type it carries (V14), by event: event_date.
CREATE INDEX current_field_date_of ON current_field (subject_id) INCLUDE (value, event_type)
  WHERE subject_kind = 'event' AND field = 'date';

-- The type of an event, by event: event_date.
CREATE INDEX event_type_of ON event (id) INCLUDE (type);
