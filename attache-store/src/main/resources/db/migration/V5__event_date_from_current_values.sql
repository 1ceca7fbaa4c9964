-- event_date (V3) read each event's date through current_value() and found live events by
-- scanning the 'exists' assertions: a filter over every event ran a function per event. Both now
-- come from current_field by joins, which the planner can drive from either side. An event is live
-- while it has a current 'exists' value, that is, while one of its reports is not rejected.
CREATE OR REPLACE VIEW event_date AS
  SELECT e.id, e.type, d.value AS date
    FROM event e
    JOIN current_field x
      ON x.subject_kind = 'event' AND x.subject_id = e.id AND x.field = 'exists'
    LEFT JOIN current_field d
      ON d.subject_kind = 'event' AND d.subject_id = e.id AND d.field = 'date';
