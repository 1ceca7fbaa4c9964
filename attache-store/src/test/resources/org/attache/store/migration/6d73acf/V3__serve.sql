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
CREATE VIEW event_party AS
  SELECT event_id, link, 'person:' || person_id AS actor
    FROM event_actor_view WHERE person_id IS NOT NULL
  UNION
  SELECT event_id, link, 'organisation:' || coalesce(organisation_id, on_behalf_of_id) AS actor
    FROM event_actor_view WHERE organisation_id IS NOT NULL OR on_behalf_of_id IS NOT NULL;

-- Every actor with a display name.
CREATE VIEW actor_view AS
  SELECT 'person:' || id AS actor, 'person' AS kind, id, name, NULL::text AS code
    FROM person_view
  UNION ALL
  SELECT 'organisation:' || id, kind, id, coalesce(name, code, 'organisation ' || id), code
    FROM organisation_view;
