-- What the HTTP server needs: users and their sessions, full-text search over documents, and the
-- parties of events under one actor key. (V2 is left to another change of the schema.)

-- People who may sign in to review and submit. Reading needs no account.
CREATE TABLE app_user (
  name          text PRIMARY KEY CHECK (name ~ '^[A-Za-z0-9._@-]{1,64}$'),
  role          text NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
  -- 'pbkdf2-sha256$iterations$salt$hash', salt and hash in Base64.
  password_hash text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now()
);

-- A signed-in browser: only the SHA-256 of its cookie is kept, with the token that its
-- state-changing requests must repeat.
CREATE TABLE app_session (
  token_hash text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  user_name  text NOT NULL REFERENCES app_user ON DELETE CASCADE ON UPDATE CASCADE,
  csrf_token text NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX app_session_user ON app_session (user_name);

CREATE INDEX document_search ON document
  USING gin (to_tsvector('simple', coalesce(title, '') || ' ' || text));
CREATE INDEX document_published ON document (published, id);
CREATE INDEX event_actor_event ON event_actor (event_id);
CREATE INDEX event_area_event ON event_area (event_id);
CREATE INDEX assertion_document_span ON assertion (document_id, span_start);

-- The parties of each live event as the API names actors ('person:12', 'organisation:3'): the
-- person or organisation itself, and for a person acting on behalf of an organisation, that
-- organisation too, so that a minister's meeting counts as a contact of the minister's state.
-- Read from the identity tables and the assertions directly, so that a query for one actor or
-- one event uses their indexes.
CREATE INDEX assertion_on_behalf_of ON assertion (('organisation:' || value))
  WHERE subject_kind = 'event_actor' AND field = 'on_behalf_of';

CREATE VIEW event_party AS
  SELECT ea.event_id, ea.link, ea.actor
    FROM event_actor ea
   WHERE EXISTS (SELECT 1 FROM assertion a
                  WHERE a.subject_kind = 'event_actor' AND a.subject_id = ea.id
                    AND a.state <> 'rejected')
  UNION
  SELECT ea.event_id, ea.link, 'organisation:' || a.value AS actor
    FROM event_actor ea
    JOIN assertion a ON a.subject_kind = 'event_actor' AND a.subject_id = ea.id
                    AND a.field = 'on_behalf_of' AND a.state <> 'rejected';

-- The current value of one field of one subject: what field_value says, looked up by index.
CREATE FUNCTION current_value(kind text, id bigint, name text) RETURNS text
  LANGUAGE sql STABLE AS $$
  SELECT value FROM field_value
   WHERE subject_kind = kind AND subject_id = id AND field = name
$$;

-- An actor's display name from its key: a person's name; an organisation's name, else its code.
CREATE FUNCTION actor_name(actor text) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT CASE
    WHEN actor LIKE 'person:%' THEN current_value('person', substr(actor, 8)::bigint, 'name')
    ELSE coalesce(current_value('organisation', substr(actor, 14)::bigint, 'name'),
                  (SELECT code FROM organisation WHERE id = substr(actor, 14)::bigint),
                  actor)
  END
$$;

-- 'person', 'state' or 'organisation'.
CREATE FUNCTION actor_kind(actor text) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT CASE
    WHEN actor LIKE 'person:%' THEN 'person'
    ELSE (SELECT kind FROM organisation WHERE id = substr(actor, 14)::bigint)
  END
$$;

-- Every actor with a display name, for searching by name.
CREATE VIEW actor_view AS
  SELECT 'person:' || id AS actor, 'person' AS kind, id, name, NULL::text AS code
    FROM person_view
  UNION ALL
  SELECT 'organisation:' || id, kind, id, coalesce(name, code, 'organisation ' || id), code
    FROM organisation_view;

-- A live event with its type and date: what the API filters on.
CREATE VIEW event_date AS
  SELECT e.id, e.type, current_value('event', e.id, 'date') AS date
    FROM event e
   WHERE EXISTS (SELECT 1 FROM assertion a
                  WHERE a.subject_kind = 'event' AND a.subject_id = e.id AND a.field = 'exists'
                    AND a.state <> 'rejected');
