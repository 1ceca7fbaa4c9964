-- Curation: what editors set right beyond single fields (a post, a merge of two actors, a
-- participant, a whole event, a document), each act kept with who did it, when and why, and what it
-- changed, so that it can be undone.
--
-- An act changes assertions only: it rejects them, corrects them, adds reviewed ones or moves them
-- to another subject. Reviewed and rejected assertions are kept by a re-extraction (V1), so most
-- acts outlast one by themselves. A merge or a split also leaves a redirect: the actor key that a
-- re-extraction (or a new document) finds is then stored as the actor it was merged into.

CREATE TABLE curation_act (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind       text NOT NULL CHECK (kind IN ('correct', 'post', 'merge', 'split', 'add_participant',
                                           'remove_participant', 'change_role', 'reject_event',
                                           'not_diplomatic')),
  -- What the editor asked, in terms that a re-extraction keeps (documents, actor keys, fields).
  act        jsonb NOT NULL,
  -- What applying it changed, in order: [{"op": "assertion", "id", "before", "after"},
  -- {"op": "inserted", "id"}, {"op": "diplomatic", "document", "before"}]. Undone in reverse.
  effects    jsonb NOT NULL DEFAULT '[]',
  summary    text NOT NULL CHECK (summary <> ''),
  -- Where its history is shown: the documents whose assertions it changed, the actors it concerns.
  documents  text[] NOT NULL DEFAULT '{}',
  actors     text[] NOT NULL DEFAULT '{}',
  curator    text NOT NULL CHECK (curator <> ''),
  reason     text,
  at         timestamptz NOT NULL DEFAULT clock_timestamp(),
  undone_at  timestamptz,
  undone_by  text,
  CHECK ((undone_at IS NULL) = (undone_by IS NULL))
);
CREATE INDEX curation_act_documents ON curation_act USING gin (documents);
CREATE INDEX curation_act_actors ON curation_act USING gin (actors);

-- The log is append-only: who acted, when and why stay as written; an act is undone once; what it
-- changed is written by the transaction that applies it and added to by a replay.
CREATE FUNCTION guard_curation_act() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'curation_act is append-only: DELETE refused'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF (NEW.id, NEW.kind, NEW.curator, NEW.reason, NEW.at)
       IS DISTINCT FROM (OLD.id, OLD.kind, OLD.curator, OLD.reason, OLD.at)
     OR (OLD.undone_at IS NOT NULL
         AND (NEW.undone_at, NEW.undone_by) IS DISTINCT FROM (OLD.undone_at, OLD.undone_by)) THEN
    RAISE EXCEPTION 'curation_act % may only be undone, once', OLD.id
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER curation_act_append_only BEFORE UPDATE OR DELETE ON curation_act
  FOR EACH ROW EXECUTE FUNCTION guard_curation_act();

-- Where a merge or split sends an actor key: to another person or organisation, in every document
-- or (for a split) in one. Removed when its act is undone.
CREATE TABLE actor_redirect (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  act_id      bigint NOT NULL REFERENCES curation_act,
  kind        text NOT NULL CHECK (kind IN ('person', 'organisation')),
  from_key    text NOT NULL,
  document_id text,
  to_id       bigint NOT NULL
);
CREATE INDEX actor_redirect_key ON actor_redirect (kind, from_key);
CREATE INDEX actor_redirect_act ON actor_redirect (act_id);
