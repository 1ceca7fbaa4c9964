-- How many live events of each type, kept by a trigger on current_field as reports come and go,
-- for the counts of the start page and the events page, which would otherwise count 22,000 events
-- at each visit. An event is live while it has a current 'exists' value (V5).
CREATE TABLE live_event_count (
  type   text PRIMARY KEY,
  events bigint NOT NULL CHECK (events >= 0)
);

CREATE FUNCTION live_event_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO live_event_count AS c (type, events)
    SELECT e.type, 1 FROM event e WHERE e.id = NEW.subject_id
    ON CONFLICT (type) DO UPDATE SET events = c.events + 1;
  ELSE
    UPDATE live_event_count c SET events = c.events - 1
      FROM event e WHERE e.id = OLD.subject_id AND c.type = e.type;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER current_field_live_event_added AFTER INSERT ON current_field
  FOR EACH ROW WHEN (NEW.subject_kind = 'event' AND NEW.field = 'exists')
  EXECUTE FUNCTION live_event_changed();
CREATE TRIGGER current_field_live_event_removed AFTER DELETE ON current_field
  FOR EACH ROW WHEN (OLD.subject_kind = 'event' AND OLD.field = 'exists')
  EXECUTE FUNCTION live_event_changed();

INSERT INTO live_event_count (type, events)
SELECT e.type, count(*) FROM event e
  JOIN current_field x ON x.subject_kind = 'event' AND x.subject_id = e.id AND x.field = 'exists'
 GROUP BY e.type;
