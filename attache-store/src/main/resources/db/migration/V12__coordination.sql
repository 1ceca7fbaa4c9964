-- The coordination workspace: joint plans that the partners' secretariats draft, agree and track
-- against the record (org.attache.store.coordination).
--
-- A plan's parties, an item's parties and the party a user acts for are codes as RECORDS.md gives
-- them: an organisation's acronym (SCO, ASEAN) or a state's ISO 3166-1 alpha-3 code (CHN). Stored
-- events are matched to them through organisation.code.
--
-- What is stored here is what people decided: the items and their workflow status, each party's
-- agreement, each coordinator's approval, each confirmed or rejected piece of evidence. What follows
-- from it is derived when read: a plan's status from its approval and its items, an item's being
-- overdue from its planned date and the evidence confirmed, progress from the items held.

-- A user acts for one organisation or state, and a coordinator approves plans for it.
ALTER TABLE app_user ADD COLUMN acts_for text CHECK (acts_for ~ '^[A-Z][A-Z0-9]{1,15}$');
ALTER TABLE app_user DROP CONSTRAINT app_user_role_check;
ALTER TABLE app_user ADD CONSTRAINT app_user_role_check
  CHECK (role IN ('viewer', 'editor', 'coordinator', 'admin'));

CREATE DOMAIN party_code AS text CHECK (VALUE ~ '^[A-Z][A-Z0-9]{1,15}$');

CREATE TABLE coord_plan (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  title              text NOT NULL CHECK (title <> ''),
  parties            party_code[] NOT NULL CHECK (cardinality(parties) BETWEEN 1 AND 50),
  -- The framework agreement as the partners name it, and the stored agreement when one is known.
  framework          text,
  framework_event_id bigint REFERENCES event ON DELETE SET NULL,
  period_from        iso_date NOT NULL,
  period_to          iso_date NOT NULL,
  areas              text[] NOT NULL DEFAULT '{}',
  cancelled          boolean NOT NULL DEFAULT false,
  -- Counts the changes made while drafting: an approval holds for the revision it was given to.
  revision           integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
  -- When the last party's coordinator approved: the plan is locked from then on.
  approved_at        timestamptz,
  -- The extracted plan record this plan was made from, when a person adopted one.
  source_event_id    bigint UNIQUE REFERENCES event ON DELETE SET NULL,
  created_by         text NOT NULL,
  created_at         timestamptz NOT NULL DEFAULT clock_timestamp(),
  CHECK (iso_date_first(period_from) <= iso_date_last(period_to))
);
CREATE INDEX coord_plan_parties ON coord_plan USING gin (parties);

CREATE TABLE coord_item (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_id      bigint NOT NULL REFERENCES coord_plan,
  position     integer NOT NULL CHECK (position >= 1),
  title        text NOT NULL CHECK (title <> ''),
  kind         text NOT NULL CHECK (kind IN ('meeting', 'visit', 'conference', 'exhibition',
                 'festival', 'training', 'exercise', 'publication', 'other')),
  parties      party_code[] NOT NULL,
  -- The organisation or person responsible, as the partners write it.
  responsible  text,
  planned_from iso_date,
  planned_to   iso_date,
  place        text,
  status       text NOT NULL CHECK (status IN ('proposed', 'agreed', 'scheduled', 'held',
                 'postponed', 'cancelled')),
  notes        text,
  -- When the item was held, from the evidence a person confirmed.
  held_on      iso_date,
  -- The party whose user proposed it.
  proposed_by  text NOT NULL,
  -- Counts the changes of what the item is: an agreement holds for the revision it was given to.
  revision     integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
  UNIQUE (plan_id, position),
  CHECK (planned_to IS NULL OR planned_from IS NOT NULL),
  CHECK (planned_to IS NULL OR iso_date_first(planned_from) <= iso_date_last(planned_to))
);
CREATE INDEX coord_item_plan ON coord_item (plan_id, position);
CREATE INDEX coord_item_parties ON coord_item USING gin (parties);

-- A party's answer on an item: it agrees, or it comments. The latest answer of each party on the
-- item's current revision is what counts.
CREATE TABLE coord_response (
  id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  item_id   bigint NOT NULL REFERENCES coord_item,
  party     party_code NOT NULL,
  revision  integer NOT NULL,
  agrees    boolean NOT NULL,
  comment   text,
  user_name text NOT NULL,
  at        timestamptz NOT NULL DEFAULT clock_timestamp(),
  CHECK (agrees OR comment IS NOT NULL)
);
CREATE INDEX coord_response_item ON coord_response (item_id, party, id);

-- A coordinator's approval of a plan for their party, for one revision of the plan.
CREATE TABLE coord_approval (
  id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_id   bigint NOT NULL REFERENCES coord_plan,
  party     party_code NOT NULL,
  revision  integer NOT NULL,
  user_name text NOT NULL,
  at        timestamptz NOT NULL DEFAULT clock_timestamp(),
  UNIQUE (plan_id, party, revision)
);

-- A person's decision on a stored event proposed as carrying out an item. What the evidence said
-- is kept with it, so that the item keeps its source even if a re-extraction drops the event.
CREATE TABLE coord_tracking (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  item_id     bigint NOT NULL REFERENCES coord_item,
  event_id    bigint REFERENCES event ON DELETE SET NULL,
  decision    text NOT NULL CHECK (decision IN ('confirmed', 'rejected')),
  event_date  iso_date,
  document_id text,
  source      text,
  headline    text,
  evidence    text,
  user_name   text NOT NULL,
  at          timestamptz NOT NULL DEFAULT clock_timestamp(),
  UNIQUE (item_id, event_id)
);
CREATE INDEX coord_tracking_event ON coord_tracking (event_id);

-- Every change to the workspace: who, when, what and why. Append-only.
CREATE TABLE coord_audit (
  id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_id   bigint NOT NULL REFERENCES coord_plan,
  item_id   bigint REFERENCES coord_item,
  user_name text NOT NULL CHECK (user_name <> ''),
  acts_for  text,
  action    text NOT NULL,
  what      text NOT NULL,
  reason    text,
  at        timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX coord_audit_plan ON coord_audit (plan_id, id);

CREATE FUNCTION refuse_coord_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'coord_audit is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER coord_audit_append_only BEFORE UPDATE OR DELETE ON coord_audit
  FOR EACH ROW EXECUTE FUNCTION refuse_coord_audit_change();
CREATE TRIGGER coord_audit_no_truncate BEFORE TRUNCATE ON coord_audit
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_coord_audit_change();

-- The parties of each live event by code: an organisation or state taking part itself, or through a
-- person acting on its behalf. Tracking matches items to events through it.
CREATE VIEW event_party_code AS
  SELECT DISTINCT p.event_id, o.code
    FROM event_party p
    JOIN organisation o ON p.actor = 'organisation:' || o.id
   WHERE o.code IS NOT NULL;
