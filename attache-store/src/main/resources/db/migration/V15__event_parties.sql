-- The parties of each event kept in a table instead of computed per query.
--
-- event_party (V3) found an actor's events by reading each of its parts in events and each report
-- that a person acted on its behalf, then the assertions behind every part: at 5,000 documents the
-- SCO has 1,043 of them, 4,000 pages of the store read at every visit of its events, its actor page
-- or the review queue filtered by it. event_party_row holds the same rows, kept up to date by a
-- trigger on assertion: a change to any assertion about a part in an event computes that event's
-- parties again, by the rule event_party stated in V3. The parts of an event never change their
-- event, link or actor once made (they are only inserted, and removed once no assertion is about
-- them), so the assertions about them are all that the rows depend on.
CREATE TABLE event_party_row (
  event_id bigint NOT NULL REFERENCES event ON DELETE CASCADE,
  link     text NOT NULL,
  actor    text NOT NULL,
  PRIMARY KEY (event_id, link, actor)
);
CREATE INDEX event_party_row_actor ON event_party_row (actor, event_id);

-- Computes the parties of one event again, as event_party (V3) defined them.
CREATE FUNCTION refresh_event_party(the_event bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM event_party_row WHERE event_id = the_event;
  INSERT INTO event_party_row (event_id, link, actor)
  SELECT ea.event_id, ea.link, ea.actor
    FROM event_actor ea
   WHERE ea.event_id = the_event
     AND EXISTS (SELECT 1 FROM assertion a
                  WHERE a.subject_kind = 'event_actor' AND a.subject_id = ea.id
                    AND a.state <> 'rejected')
  UNION
  SELECT ea.event_id, ea.link, 'organisation:' || a.value
    FROM event_actor ea
    JOIN assertion a ON a.subject_kind = 'event_actor' AND a.subject_id = ea.id
                    AND a.field = 'on_behalf_of' AND a.state <> 'rejected'
   WHERE ea.event_id = the_event;
END
$$;

CREATE FUNCTION event_party_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_event bigint;
  new_event bigint;
BEGIN
  IF TG_OP <> 'INSERT' AND OLD.subject_kind = 'event_actor' THEN
    old_event := (SELECT ea.event_id FROM event_actor ea WHERE ea.id = OLD.subject_id);
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.subject_kind = 'event_actor' THEN
    new_event := (SELECT ea.event_id FROM event_actor ea WHERE ea.id = NEW.subject_id);
  END IF;
  -- Only a change that can change the parties: a report made, removed, moved or rejected, or
  -- another organisation acted for. A changed confidence or a confirmed value changes nothing.
  IF TG_OP = 'UPDATE' AND old_event IS NOT DISTINCT FROM new_event
     AND OLD.subject_id = NEW.subject_id AND OLD.field = NEW.field
     AND (OLD.state = 'rejected') = (NEW.state = 'rejected')
     AND (OLD.field <> 'on_behalf_of' OR OLD.value IS NOT DISTINCT FROM NEW.value) THEN
    RETURN NULL;
  END IF;
  IF old_event IS NOT NULL THEN
    PERFORM refresh_event_party(old_event);
  END IF;
  IF new_event IS NOT NULL AND new_event IS DISTINCT FROM old_event THEN
    PERFORM refresh_event_party(new_event);
  END IF;
  RETURN NULL;
END
$$;

-- Named after assertion_current_field, so that they fire after it, which takes the lock of
-- merging (V4): two writers' changes to one event's parts are then computed one after the other.
CREATE TRIGGER assertion_event_party_added AFTER INSERT ON assertion
  FOR EACH ROW WHEN (NEW.subject_kind = 'event_actor')
  EXECUTE FUNCTION event_party_changed();
CREATE TRIGGER assertion_event_party_changed AFTER UPDATE ON assertion
  FOR EACH ROW WHEN (OLD.subject_kind = 'event_actor' OR NEW.subject_kind = 'event_actor')
  EXECUTE FUNCTION event_party_changed();
CREATE TRIGGER assertion_event_party_removed AFTER DELETE ON assertion
  FOR EACH ROW WHEN (OLD.subject_kind = 'event_actor')
  EXECUTE FUNCTION event_party_changed();

INSERT INTO event_party_row (event_id, link, actor)
SELECT event_id, link, actor FROM event_party;

CREATE OR REPLACE VIEW event_party AS
  SELECT event_id, link, actor FROM event_party_row;
