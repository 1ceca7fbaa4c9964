-- Current values kept in a table instead of computed per query.
--
-- field_value (V1) picked each field's current value from all its assertions every time it was
-- read. An organisation named in thousands of documents has thousands of 'name' assertions, so a
-- page listing a few hundred actors sorted millions of rows. current_field holds the same rows,
-- kept up to date by a trigger on assertion, and field_value now reads it: every view and function
-- built on field_value keeps its meaning.

CREATE TABLE current_field (
  subject_kind text NOT NULL,
  subject_id   bigint NOT NULL,
  field        text NOT NULL,
  value        text,
  state        review_state NOT NULL,
  assertion_id bigint NOT NULL,
  PRIMARY KEY (subject_kind, subject_id, field)
);
-- Events by date, for the filters of the API and the exports.
CREATE INDEX current_field_event_date ON current_field (value, subject_id)
  WHERE subject_kind = 'event' AND field = 'date';

-- Serialises changes to assertions: the lock that ingestion takes for merging (0x417474616368,
-- "Attache" in ASCII). A reviewer's change and a writer's change to one field then cannot both
-- compute its current value from a snapshot that misses the other.
CREATE FUNCTION lock_merging() RETURNS void LANGUAGE sql AS $$
  SELECT pg_advisory_xact_lock(71968424551272)
$$;

-- Recomputes one field's current value, by the rule field_value stated in V1: a reviewed value
-- (the latest review) over machine values; among machine values the most confident, then the most
-- precise (longest), then the oldest; rejected assertions count for nothing.
CREATE FUNCTION refresh_current_field(the_kind text, the_id bigint, the_field text) RETURNS void
  LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM current_field c
   WHERE c.subject_kind = the_kind AND c.subject_id = the_id AND c.field = the_field;
  INSERT INTO current_field (subject_kind, subject_id, field, value, state, assertion_id)
  SELECT a.subject_kind, a.subject_id, a.field, a.value, a.state, a.id
    FROM assertion a
   WHERE a.subject_kind = the_kind AND a.subject_id = the_id AND a.field = the_field
     AND a.state <> 'rejected'
   ORDER BY (a.state <> 'machine') DESC, a.reviewed_at DESC NULLS LAST,
            a.confidence DESC, length(a.value) DESC NULLS LAST, a.id
   LIMIT 1;
END
$$;

CREATE FUNCTION assertion_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM lock_merging();
  IF TG_OP <> 'INSERT' THEN
    PERFORM refresh_current_field(OLD.subject_kind, OLD.subject_id, OLD.field);
  END IF;
  IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT'
      OR (NEW.subject_kind, NEW.subject_id, NEW.field)
         IS DISTINCT FROM (OLD.subject_kind, OLD.subject_id, OLD.field)) THEN
    PERFORM refresh_current_field(NEW.subject_kind, NEW.subject_id, NEW.field);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER assertion_current_field AFTER INSERT OR UPDATE OR DELETE ON assertion
  FOR EACH ROW EXECUTE FUNCTION assertion_changed();

CREATE FUNCTION refuse_truncate_of_assertion() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Truncating assertion would leave current_field behind; deleting keeps them in step.
  RAISE EXCEPTION 'assertion cannot be truncated; delete its rows instead'
    USING ERRCODE = 'feature_not_supported';
END
$$;

CREATE TRIGGER assertion_no_truncate BEFORE TRUNCATE ON assertion
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate_of_assertion();

INSERT INTO current_field (subject_kind, subject_id, field, value, state, assertion_id)
SELECT DISTINCT ON (subject_kind, subject_id, field)
       subject_kind, subject_id, field, value, state, id
  FROM assertion
 WHERE state <> 'rejected'
 ORDER BY subject_kind, subject_id, field,
          (state <> 'machine') DESC, reviewed_at DESC NULLS LAST,
          confidence DESC, length(value) DESC NULLS LAST, id;

CREATE OR REPLACE VIEW field_value AS
  SELECT subject_kind, subject_id, field, value, state, assertion_id
    FROM current_field;
