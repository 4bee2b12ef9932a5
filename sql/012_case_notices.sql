-- 012_case_notices.sql: a customer who gave an e-mail and agreed to be contacted is told by e-mail
-- when we reply publicly and when we resolve the case, with the way to rate our answer (crmctl
-- notify composes the notices into the outbox and hands it to sendmail). The outbox stays crmctl's:
-- the staff program's transactions are not touched.
ALTER TABLE outbox
  MODIFY kind ENUM('digest', 'case_reply', 'case_resolved') NOT NULL,
  MODIFY staff_id INT UNSIGNED NULL,   -- the digest's reader; NULL for a customer's notice
  ADD COLUMN case_event_id BIGINT UNSIGNED NULL,   -- the reply or resolution a notice tells of: one each
  ADD UNIQUE KEY outbox_case_event (case_event_id);

-- What the desk shows of a notice beside its reply (the staff program reads the outbox through this
-- view only: never a message, never a digest).
CREATE VIEW case_notices AS
  SELECT case_event_id, sent_at, attempts, last_error FROM outbox WHERE kind IN ('case_reply', 'case_resolved');

-- Events up to this case_events id need no notice: those before this migration, and (crmctl notify
-- moves it on) those older than an hour, whose transactions have long ended. Only newer ones are
-- looked at, so a run reads the last hour's events, not the whole history.
INSERT INTO settings (name, value) SELECT 'case_notice_after', COALESCE(MAX(id), 0) FROM case_events;
