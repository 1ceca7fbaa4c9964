-- The Attaché store, version 1 (DESIGN.md, "The store").
--
-- Two layers:
--  * identity tables (document, person, organisation, membership, event, event_actor, event_area,
--    plan_item): one row per thing, holding only what identifies it and what merging matches on;
--  * assertion: every extracted field, one row per (document, subject, field), with its span,
--    extractor version, confidence and review state.
-- A field's current value is derived from its assertions (field_value below): a reviewed
-- assertion wins over machine ones, and rejected ones count for nothing. Statuses such as "in
-- force" or "overdue" are derived in views from dates, never stored.
-- Dates are ISO 8601 text as precise as the source: '2021', '2021-02', '2021-02-08'.

CREATE DOMAIN iso_date AS text CHECK (VALUE ~ '^\d{4}(-\d{2}(-\d{2})?)?$');

CREATE TYPE review_state AS ENUM ('machine', 'confirmed', 'corrected', 'rejected');

CREATE TABLE document (
  id                text PRIMARY KEY CHECK (id ~ '^[0-9a-f]{64}$'),
  title             text,
  published         iso_date,
  source            text NOT NULL,
  url               text,
  language          text NOT NULL,
  diplomatic        boolean NOT NULL,
  -- The text the extractor read (title, blank line, body; normalised): every span points into it.
  text              text NOT NULL,
  extractor_version text NOT NULL,
  ingested_at       timestamptz NOT NULL DEFAULT now(),
  extracted_at      timestamptz NOT NULL DEFAULT now()
);

-- States and international organisations are both organisations (W3C ORG).
CREATE TABLE organisation (
  id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind  text NOT NULL CHECK (kind IN ('state', 'organisation')),
  code  text,
  -- What merging matches on: 'state:CHN', 'organisation:SCO', or 'organisation:~folded name'.
  key   text NOT NULL UNIQUE
);

CREATE TABLE person (
  id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- The normalised name: case, accents, punctuation and honorifics folded away.
  key  text NOT NULL UNIQUE
);

-- A person holding a post in an organisation (Popolo, W3C ORG), possibly accredited to another.
CREATE TABLE membership (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id        bigint NOT NULL REFERENCES person,
  post_key         text NOT NULL,
  organisation_id  bigint REFERENCES organisation,
  accredited_to_id bigint REFERENCES organisation,
  UNIQUE NULLS NOT DISTINCT (person_id, post_key, organisation_id, accredited_to_id)
);
CREATE INDEX membership_person ON membership (person_id);

-- Meetings, statements, agreements, plans, priorities and establishments.
CREATE TABLE event (
  id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  type text NOT NULL
    CHECK (type IN ('meeting', 'statement', 'agreement', 'plan', 'priorities', 'establishment'))
);

-- An actor's part in an event: a meeting's participant, an agreement's or plan's party, a
-- statement's speaker or what it is about, whose priorities, what was established, its founders.
CREATE TABLE event_actor (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id        bigint NOT NULL REFERENCES event ON DELETE CASCADE,
  link            text NOT NULL
    CHECK (link IN ('participant', 'party', 'speaker', 'about', 'actor', 'founder')),
  person_id       bigint REFERENCES person,
  organisation_id bigint REFERENCES organisation,
  actor           text GENERATED ALWAYS AS (
                    CASE WHEN person_id IS NOT NULL THEN 'person:' || person_id
                         ELSE 'organisation:' || organisation_id END) STORED,
  CHECK (num_nonnulls(person_id, organisation_id) = 1),
  UNIQUE (event_id, link, actor)
);
CREATE INDEX event_actor_actor ON event_actor (actor, event_id);

CREATE TABLE event_area (
  id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id bigint NOT NULL REFERENCES event ON DELETE CASCADE,
  area     text NOT NULL,
  UNIQUE (event_id, area)
);

-- An item of a plan: one planned step, with its planned and actual dates as fields.
CREATE TABLE plan_item (
  id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id  bigint NOT NULL REFERENCES event ON DELETE CASCADE,
  title_key text NOT NULL,
  UNIQUE (event_id, title_key)
);

-- Every extracted field. Subjects are rows of the identity tables: subject_kind names the table.
CREATE TABLE assertion (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document_id       text NOT NULL REFERENCES document ON DELETE CASCADE,
  subject_kind      text NOT NULL CHECK (subject_kind IN
                      ('person', 'organisation', 'membership', 'event', 'event_actor',
                       'event_area', 'plan_item')),
  subject_id        bigint NOT NULL,
  field             text NOT NULL,
  -- The current value: the machine's, or a reviewer's correction.
  value             text,
  machine_value     text,
  span_start        integer,
  span_end          integer,
  extractor_version text NOT NULL,
  confidence        double precision NOT NULL CHECK (confidence BETWEEN 0 AND 1),
  state             review_state NOT NULL DEFAULT 'machine',
  reviewed_at       timestamptz,
  CHECK (span_start IS NULL OR (span_start >= 0 AND span_end >= span_start)),
  CHECK ((state = 'machine') = (reviewed_at IS NULL)),
  UNIQUE (document_id, subject_kind, subject_id, field)
);
CREATE INDEX assertion_subject ON assertion (subject_kind, subject_id, field);
CREATE INDEX assertion_event_date ON assertion (value)
  WHERE subject_kind = 'event' AND field = 'date';
CREATE INDEX assertion_queue ON assertion (confidence, id) WHERE state = 'machine';

-- Who confirmed, corrected or rejected which field, when and why. Append-only.
CREATE TABLE review_log (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  assertion_id bigint NOT NULL REFERENCES assertion,
  document_id  text NOT NULL,
  subject_kind text NOT NULL,
  subject_id   bigint NOT NULL,
  field        text NOT NULL,
  action       text NOT NULL CHECK (action IN ('confirm', 'correct', 'reject')),
  old_state    review_state NOT NULL,
  new_state    review_state NOT NULL,
  old_value    text,
  new_value    text,
  reviewer     text NOT NULL CHECK (reviewer <> ''),
  reason       text,
  at           timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX review_log_assertion ON review_log (assertion_id);

CREATE FUNCTION refuse_review_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'review_log is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER review_log_append_only BEFORE UPDATE OR DELETE ON review_log
  FOR EACH ROW EXECUTE FUNCTION refuse_review_log_change();
CREATE TRIGGER review_log_no_truncate BEFORE TRUNCATE ON review_log
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_review_log_change();

-- The first and last day an ISO date of any precision covers.
CREATE FUNCTION iso_date_first(d text) RETURNS date LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT CASE length(d)
    WHEN 4 THEN make_date(d::int, 1, 1)
    WHEN 7 THEN make_date(left(d, 4)::int, right(d, 2)::int, 1)
    ELSE d::date END
$$;

CREATE FUNCTION iso_date_last(d text) RETURNS date LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT CASE length(d)
    WHEN 4 THEN make_date(d::int, 12, 31)
    WHEN 7 THEN (make_date(left(d, 4)::int, right(d, 2)::int, 1) + interval '1 month - 1 day')::date
    ELSE d::date END
$$;

-- ---------------------------------------------------------------------------------------------
-- Derived: current values, sources and statuses. Exports read these.

-- Assertions that count: not rejected.
CREATE VIEW live_assertion AS
  SELECT * FROM assertion WHERE state <> 'rejected';

-- The current value of each field: a reviewed value (the latest review) over machine values;
-- among machine values the most confident, then the most precise (longest), then the oldest.
CREATE VIEW field_value AS
  SELECT DISTINCT ON (subject_kind, subject_id, field)
         subject_kind, subject_id, field, value, state, id AS assertion_id
    FROM live_assertion
   ORDER BY subject_kind, subject_id, field,
            (state <> 'machine') DESC, reviewed_at DESC NULLS LAST,
            confidence DESC, length(value) DESC NULLS LAST, id;

-- Which documents report each event, with the evidence span.
CREATE VIEW event_source AS
  SELECT a.subject_id AS event_id, a.document_id, d.source, d.published,
         a.span_start, a.span_end, a.confidence, a.state
    FROM live_assertion a JOIN document d ON d.id = a.document_id
   WHERE a.subject_kind = 'event' AND a.field = 'exists';

CREATE VIEW person_view AS
  SELECT p.id, n.value AS name,
         (SELECT count(DISTINCT document_id) FROM live_assertion a
           WHERE a.subject_kind = 'person' AND a.subject_id = p.id) AS sources
    FROM person p
    JOIN field_value n ON n.subject_kind = 'person' AND n.subject_id = p.id AND n.field = 'name';

CREATE VIEW organisation_view AS
  SELECT o.id, o.kind, o.code, n.value AS name
    FROM organisation o
    LEFT JOIN field_value n
      ON n.subject_kind = 'organisation' AND n.subject_id = o.id AND n.field = 'name'
   WHERE EXISTS (SELECT 1 FROM live_assertion a
                  WHERE a.subject_kind = 'organisation' AND a.subject_id = o.id);

-- Posts over time: first and last publication date of the documents that report each one.
CREATE VIEW membership_view AS
  SELECT m.id, m.person_id, post.value AS post, m.organisation_id, m.accredited_to_id,
         min(d.published) AS first_reported, max(d.published) AS last_reported,
         count(DISTINCT a.document_id) AS sources
    FROM membership m
    JOIN live_assertion a ON a.subject_kind = 'membership' AND a.subject_id = m.id
    JOIN document d ON d.id = a.document_id
    LEFT JOIN field_value post
      ON post.subject_kind = 'membership' AND post.subject_id = m.id AND post.field = 'post'
   GROUP BY m.id, post.value;

CREATE VIEW event_view AS
  SELECT e.id, e.type,
         max(v.value) FILTER (WHERE v.field = 'date') AS date,
         (SELECT count(*) FROM event_source s WHERE s.event_id = e.id) AS sources
    FROM event e
    LEFT JOIN field_value v ON v.subject_kind = 'event' AND v.subject_id = e.id
   WHERE EXISTS (SELECT 1 FROM event_source s WHERE s.event_id = e.id)
   GROUP BY e.id;

-- Every field of every live event, one row per field: the wide views below pivot it.
CREATE VIEW event_field AS
  SELECT v.subject_id AS event_id, v.field, v.value
    FROM field_value v WHERE v.subject_kind = 'event';

CREATE VIEW meeting_view AS
  SELECT e.id, e.date, e.sources,
         max(f.value) FILTER (WHERE f.field = 'place.name') AS place_name,
         max(f.value) FILTER (WHERE f.field = 'place.city') AS place_city,
         max(f.value) FILTER (WHERE f.field = 'place.country') AS place_country,
         max(f.value) FILTER (WHERE f.field = 'format') AS format,
         max(f.value) FILTER (WHERE f.field = 'cameo') AS cameo,
         max(f.value) FILTER (WHERE f.field = 'plover') AS plover
    FROM event_view e LEFT JOIN event_field f ON f.event_id = e.id
   WHERE e.type = 'meeting'
   GROUP BY e.id, e.date, e.sources;

-- The actors of events, with the current role (for participants) and on whose behalf.
CREATE VIEW event_actor_view AS
  SELECT ea.id, ea.event_id, ea.link, ea.person_id, ea.organisation_id,
         max(v.value) FILTER (WHERE v.field = 'role') AS role,
         max(v.value) FILTER (WHERE v.field = 'on_behalf_of')::bigint AS on_behalf_of_id
    FROM event_actor ea
    LEFT JOIN field_value v ON v.subject_kind = 'event_actor' AND v.subject_id = ea.id
   WHERE EXISTS (SELECT 1 FROM live_assertion a
                  WHERE a.subject_kind = 'event_actor' AND a.subject_id = ea.id)
   GROUP BY ea.id;

CREATE VIEW participation AS
  SELECT id, event_id AS meeting_id, person_id, organisation_id, role, on_behalf_of_id
    FROM event_actor_view WHERE link = 'participant';

CREATE VIEW event_area_view AS
  SELECT ea.event_id, ea.area
    FROM event_area ea
   WHERE EXISTS (SELECT 1 FROM live_assertion a
                  WHERE a.subject_kind = 'event_area' AND a.subject_id = ea.id);

CREATE VIEW statement_view AS
  SELECT e.id, e.date, e.sources,
         max(f.value) FILTER (WHERE f.field = 'stance') AS stance,
         max(f.value) FILTER (WHERE f.field = 'text') AS text
    FROM event_view e LEFT JOIN event_field f ON f.event_id = e.id
   WHERE e.type = 'statement'
   GROUP BY e.id, e.date, e.sources;

-- Agreements with their derived status: the status of the latest report, 'in_force' only
-- between an entry into force and an expiry where the sources give them.
CREATE VIEW agreement_view AS
  SELECT e.id, e.date AS signed, e.sources,
         max(f.value) FILTER (WHERE f.field = 'instrument') AS instrument,
         max(f.value) FILTER (WHERE f.field = 'title') AS title,
         max(f.value) FILTER (WHERE f.field = 'in_force_from') AS in_force_from,
         max(f.value) FILTER (WHERE f.field = 'expires') AS expires,
         (SELECT a.value FROM live_assertion a JOIN document d ON d.id = a.document_id
           WHERE a.subject_kind = 'event' AND a.subject_id = e.id AND a.field = 'status'
           ORDER BY (a.state <> 'machine') DESC, d.published DESC NULLS LAST, a.id DESC
           LIMIT 1) AS reported_status
    FROM event_view e LEFT JOIN event_field f ON f.event_id = e.id
   WHERE e.type = 'agreement'
   GROUP BY e.id, e.date, e.sources;

CREATE VIEW agreement_status AS
  SELECT a.id,
         CASE
           WHEN iso_date_last(a.expires) < current_date THEN 'expired'
           WHEN iso_date_first(a.in_force_from) <= current_date THEN 'in_force'
           WHEN a.reported_status = 'in_force' AND a.expires IS NULL THEN 'in_force'
           WHEN a.reported_status IS NOT NULL THEN a.reported_status
           WHEN a.signed IS NOT NULL THEN 'signed'
         END AS status
    FROM agreement_view a;

CREATE VIEW agreement_party AS
  SELECT event_id AS agreement_id, person_id, organisation_id
    FROM event_actor_view WHERE link = 'party';

-- Plans: overdue when the period has ended and no report says they were implemented or
-- cancelled.
CREATE VIEW plan_view AS
  SELECT e.id, e.sources,
         max(f.value) FILTER (WHERE f.field = 'title') AS title,
         max(f.value) FILTER (WHERE f.field = 'framework')::bigint AS framework_id,
         max(f.value) FILTER (WHERE f.field = 'period.from') AS period_from,
         max(f.value) FILTER (WHERE f.field = 'period.to') AS period_to,
         max(f.value) FILTER (WHERE f.field = 'status') AS reported_status
    FROM event_view e LEFT JOIN event_field f ON f.event_id = e.id
   WHERE e.type = 'plan'
   GROUP BY e.id, e.sources;

CREATE VIEW plan_status AS
  SELECT p.id,
         CASE
           WHEN p.reported_status IN ('implemented', 'cancelled') THEN p.reported_status
           WHEN iso_date_last(p.period_to) < current_date THEN 'overdue'
           ELSE p.reported_status
         END AS status
    FROM plan_view p;

CREATE VIEW plan_item_view AS
  SELECT i.id, i.event_id AS plan_id,
         max(v.value) FILTER (WHERE v.field = 'title') AS title,
         max(v.value) FILTER (WHERE v.field = 'planned') AS planned,
         max(v.value) FILTER (WHERE v.field = 'actual') AS actual
    FROM plan_item i
    LEFT JOIN field_value v ON v.subject_kind = 'plan_item' AND v.subject_id = i.id
   WHERE EXISTS (SELECT 1 FROM live_assertion a
                  WHERE a.subject_kind = 'plan_item' AND a.subject_id = i.id)
   GROUP BY i.id;

CREATE VIEW plan_item_status AS
  SELECT i.id, i.plan_id,
         CASE
           WHEN i.actual IS NOT NULL THEN 'done'
           WHEN iso_date_last(i.planned) < current_date THEN 'overdue'
           ELSE 'pending'
         END AS status
    FROM plan_item_view i;

CREATE VIEW priorities_view AS
  SELECT e.id, e.date, e.sources,
         max(f.value) FILTER (WHERE f.field = 'capacity') AS capacity,
         max(f.value) FILTER (WHERE f.field = 'period') AS period,
         max(f.value) FILTER (WHERE f.field = 'text') AS text
    FROM event_view e LEFT JOIN event_field f ON f.event_id = e.id
   WHERE e.type = 'priorities'
   GROUP BY e.id, e.date, e.sources;

CREATE VIEW establishment_view AS
  SELECT e.id, e.date, e.sources,
         max(f.value) FILTER (WHERE f.field = 'occasion') AS occasion
    FROM event_view e LEFT JOIN event_field f ON f.event_id = e.id
   WHERE e.type = 'establishment'
   GROUP BY e.id, e.date, e.sources;

-- What is waiting for a person: machine fields, least confident first.
CREATE VIEW review_queue AS
  SELECT a.id, a.document_id, a.subject_kind, a.subject_id, a.field, a.value, a.confidence,
         a.span_start, a.span_end, a.extractor_version
    FROM assertion a
   WHERE a.state = 'machine'
   ORDER BY a.confidence, a.id;
