-- What the pages need to stay fast at 5,000 documents and more.
--
-- The latest events of a type (the start page's agreements, the events page filtered by type) were
-- found by walking every event's date from the latest back until enough of the type turned up: an
-- agreement dated "2024" came after every statement and meeting of 2024 and 2025, thousands of
-- them. A current date of an event now carries the event's type (which never changes once the
-- event is made), so that one index gives the latest of each type in order.
ALTER TABLE current_field ADD COLUMN event_type text;

CREATE FUNCTION current_field_event_type() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.event_type := (SELECT e.type FROM event e WHERE e.id = NEW.subject_id);
  RETURN NEW;
END
$$;

CREATE TRIGGER current_field_event_type BEFORE INSERT ON current_field
  FOR EACH ROW WHEN (NEW.subject_kind = 'event' AND NEW.field = 'date')
  EXECUTE FUNCTION current_field_event_type();

UPDATE current_field c SET event_type = e.type
  FROM event e
 WHERE c.subject_kind = 'event' AND c.field = 'date' AND e.id = c.subject_id;

CREATE INDEX current_field_event_type_date ON current_field (event_type, value, subject_id)
  WHERE subject_kind = 'event' AND field = 'date';

-- event_date (V5) with the type its date carries, for the queries that filter dated events by type.
CREATE OR REPLACE VIEW event_date AS
  SELECT e.id, e.type, d.value AS date, d.event_type AS dated_type
    FROM event e
    JOIN current_field x
      ON x.subject_kind = 'event' AND x.subject_id = e.id AND x.field = 'exists'
    LEFT JOIN current_field d
      ON d.subject_kind = 'event' AND d.subject_id = e.id AND d.field = 'date';

-- The areas in use (the events page's form) and the events of an area (an area's watch): by area,
-- rather than reading every area of every event.
CREATE INDEX event_area_area ON event_area (area, event_id);

-- Who held a post of an organisation or was accredited to it (the actor page, the review queue's
-- filter by actor): by index, rather than reading every post.
CREATE INDEX membership_organisation ON membership (organisation_id);
CREATE INDEX membership_accredited_to ON membership (accredited_to_id);

-- The names a document gives each person (the actor suggestions, which find a person by any of
-- them): read from this index alone, rather than from every assertion about every person.
CREATE INDEX assertion_person_name ON assertion (value, subject_id)
  WHERE subject_kind = 'person' AND field IN ('name', 'name_en') AND state <> 'rejected';
