-- Watching the world: the sites the store is fed from, the stories that several documents tell,
-- and what each user follows.

-- A site polled for new documents: an RSS or Atom feed, a sitemap, or a listing page of press
-- releases whose links are the items. What the last poll learnt is kept beside it: the validators
-- for a conditional GET, the last error (shown on the sources page), how many polls in a row
-- failed (the back-off grows with it) and when the source is next due.
CREATE TABLE source (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  url              text NOT NULL UNIQUE CHECK (url ~ '^https?://'),
  kind             text NOT NULL CHECK (kind IN ('feed', 'sitemap', 'listing')),
  publisher        text NOT NULL CHECK (publisher <> ''),
  language         text NOT NULL CHECK (language ~ '^[a-z]{2,3}$'),
  interval_seconds integer NOT NULL CHECK (interval_seconds > 0),
  -- For a listing page: which of its links are items (a regular expression over the absolute URL).
  item_pattern     text,
  added_at         timestamptz NOT NULL DEFAULT now(),
  last_polled_at   timestamptz,
  last_success_at  timestamptz,
  etag             text,
  last_modified    text,
  last_error       text,
  failures         integer NOT NULL DEFAULT 0 CHECK (failures >= 0),
  next_due_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX source_due ON source (next_due_at);

-- Each item a source listed, by its key (a feed entry's id, else its link; a sitemap's or a
-- listing's link), written in the transaction that stores its document, so that a poll killed at
-- any point and run again fetches no item twice and loses none. An item that gave no document
-- keeps why; one that failed for a reason that may pass (a time-out, a server error) is tried
-- again on later polls until it has failed three times.
CREATE TABLE source_item (
  source_id   bigint NOT NULL REFERENCES source ON DELETE CASCADE,
  item_key    text NOT NULL,
  url         text NOT NULL,
  document_id text REFERENCES document ON DELETE SET NULL,
  error       text,
  attempts    integer NOT NULL DEFAULT 1 CHECK (attempts > 0),
  retry       boolean NOT NULL DEFAULT false,
  seen_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (source_id, item_key),
  CHECK (document_id IS NULL OR error IS NULL)
);
CREATE INDEX source_item_document ON source_item (document_id);

-- The story each document tells: documents that are near-copies of one another, or that report
-- the same events, are one story (org.attache.store.stories). A story is named by a number; when a
-- new document joins two stories, the smaller number is kept.
CREATE SEQUENCE story_number;
CREATE TABLE story_document (
  document_id text PRIMARY KEY REFERENCES document ON DELETE CASCADE,
  story_id    bigint NOT NULL,
  grouped_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX story_document_story ON story_document (story_id);
CREATE INDEX document_ingested ON document (ingested_at, id);

-- What a user follows: an actor ('person:12', 'organisation:3'), a pair of actors (the two keys,
-- apart by a space, the smaller first), an area of cooperation, a plan (its event id) or a saved
-- search (its words).
CREATE TABLE watch (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_name  text NOT NULL REFERENCES app_user ON DELETE CASCADE ON UPDATE CASCADE,
  kind       text NOT NULL CHECK (kind IN ('actor', 'pair', 'area', 'plan', 'search')),
  subject    text NOT NULL CHECK (subject <> '' AND length(subject) <= 500),
  label      text NOT NULL CHECK (label <> ''),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (user_name, kind, subject)
);

-- How a user hears of what they follow: the last visit of the what's-new page, the SHA-256 of the
-- token of their Atom feeds (the token itself is shown once), and their digest e-mail.
CREATE TABLE watcher (
  user_name       text PRIMARY KEY REFERENCES app_user ON DELETE CASCADE ON UPDATE CASCADE,
  last_visit_at   timestamptz,
  feed_token_hash text UNIQUE CHECK (feed_token_hash ~ '^[0-9a-f]{64}$'),
  email           text CHECK (email ~ '^[^@\s]+@[^@\s]+$'),
  digest_hours    integer CHECK (digest_hours > 0),
  last_digest_at  timestamptz
);

-- Each digest e-mail, written in the transaction that moves its user's last_digest_at on, before
-- it is handed to the SMTP server: 'sending' until the server took it, then 'sent'; 'failed' (with
-- why) when the server refused it, tried again on later rounds up to three times. A digest left
-- 'sending' by a crash is not sent again: a restart sends no e-mail twice.
CREATE TABLE digest (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_name  text NOT NULL REFERENCES app_user ON DELETE CASCADE ON UPDATE CASCADE,
  email      text NOT NULL,
  since      timestamptz NOT NULL,
  until      timestamptz NOT NULL CHECK (until > since),
  state      text NOT NULL CHECK (state IN ('sending', 'sent', 'failed')),
  attempts   integer NOT NULL DEFAULT 1 CHECK (attempts > 0),
  error      text,
  sent_at    timestamptz,
  UNIQUE (user_name, until)
);
CREATE INDEX digest_retry ON digest (state) WHERE state <> 'sent';
