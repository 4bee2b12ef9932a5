-- grants.sql: the whole truth about what each application account may do; crmctl migrate revokes
-- everything and applies this file after the migrations (@DB@, @APP_USER@ and @PUBLIC_USER@ come from the configuration).
-- crm_app: the staff program. Data only, no DDL, no access to the migration record.
GRANT SELECT, INSERT, UPDATE, DELETE ON `@DB@`.staff TO '@APP_USER@'@'localhost';
GRANT SELECT, INSERT, UPDATE, DELETE ON `@DB@`.sessions TO '@APP_USER@'@'localhost';
GRANT SELECT, INSERT, DELETE ON `@DB@`.login_failures TO '@APP_USER@'@'localhost';
GRANT SELECT, INSERT ON `@DB@`.audit_log TO '@APP_USER@'@'localhost';
-- crm_public: the public feedback program. It may connect; it reads no staff or client data.
-- The complaints issue grants it INSERT on the intake table and SELECT on the status view.
GRANT USAGE ON *.* TO '@PUBLIC_USER@'@'localhost';
-- Client records (002).
GRANT SELECT, INSERT, UPDATE ON `@DB@`.segments TO '@APP_USER@'@'localhost';
GRANT SELECT, INSERT, UPDATE ON `@DB@`.clients TO '@APP_USER@'@'localhost';
GRANT SELECT, INSERT, UPDATE, DELETE ON `@DB@`.client_phones TO '@APP_USER@'@'localhost';
GRANT SELECT, INSERT, UPDATE, DELETE ON `@DB@`.client_emails TO '@APP_USER@'@'localhost';
GRANT SELECT, INSERT, UPDATE, DELETE ON `@DB@`.client_consents TO '@APP_USER@'@'localhost';
GRANT SELECT, INSERT, UPDATE, DELETE ON `@DB@`.client_tags TO '@APP_USER@'@'localhost';
GRANT SELECT, INSERT, DELETE ON `@DB@`.client_list TO '@APP_USER@'@'localhost';
GRANT SELECT, INSERT, DELETE ON `@DB@`.client_search TO '@APP_USER@'@'localhost';
GRANT SELECT, INSERT, UPDATE ON `@DB@`.interactions TO '@APP_USER@'@'localhost';
-- CSV import (003): undo deletes the clients of a batch.
GRANT SELECT, INSERT, UPDATE ON `@DB@`.import_batches TO '@APP_USER@'@'localhost';
GRANT DELETE ON `@DB@`.clients TO '@APP_USER@'@'localhost';
-- Products, purchases and loyalty (005). Purchases and their lines are never updated or deleted
-- (a return is a purchase of its own); summaries are upserted; merge rebuilds a client's summaries.
GRANT SELECT, INSERT, UPDATE ON `@DB@`.product_categories TO '@APP_USER@'@'localhost';
GRANT SELECT, INSERT, UPDATE ON `@DB@`.products TO '@APP_USER@'@'localhost';
GRANT SELECT, INSERT, UPDATE, DELETE ON `@DB@`.loyalty_tiers TO '@APP_USER@'@'localhost';
GRANT SELECT, UPDATE ON `@DB@`.settings TO '@APP_USER@'@'localhost';
GRANT SELECT, INSERT, UPDATE ON `@DB@`.purchases TO '@APP_USER@'@'localhost';
GRANT SELECT, INSERT ON `@DB@`.purchase_lines TO '@APP_USER@'@'localhost';
GRANT SELECT, INSERT, UPDATE, DELETE ON `@DB@`.client_economics TO '@APP_USER@'@'localhost';
GRANT SELECT, INSERT, UPDATE, DELETE ON `@DB@`.client_economics_year TO '@APP_USER@'@'localhost';
GRANT SELECT, INSERT, UPDATE, DELETE ON `@DB@`.client_spend_month TO '@APP_USER@'@'localhost';
GRANT SELECT, INSERT, UPDATE ON `@DB@`.sales_monthly TO '@APP_USER@'@'localhost';
GRANT SELECT, INSERT, UPDATE ON `@DB@`.tier_changes TO '@APP_USER@'@'localhost';
GRANT SELECT, INSERT, UPDATE ON `@DB@`.client_discounts TO '@APP_USER@'@'localhost';
-- Motivation (007): plans are upserted (changes audited); the day's sales are kept like the month's;
-- rewards and the employee of the month are written once (a correction is a new row or an update
-- by a manager, audited).
GRANT SELECT, INSERT, UPDATE ON `@DB@`.teams TO '@APP_USER@'@'localhost';
GRANT SELECT, INSERT, UPDATE ON `@DB@`.sales_plans TO '@APP_USER@'@'localhost';
GRANT SELECT, INSERT, UPDATE ON `@DB@`.sales_daily TO '@APP_USER@'@'localhost';
GRANT SELECT, INSERT, UPDATE ON `@DB@`.employee_of_month TO '@APP_USER@'@'localhost';
GRANT SELECT, INSERT, UPDATE ON `@DB@`.gift_kinds TO '@APP_USER@'@'localhost';
GRANT SELECT, INSERT ON `@DB@`.rewards TO '@APP_USER@'@'localhost';
GRANT SELECT, INSERT, UPDATE ON `@DB@`.wallboard_keys TO '@APP_USER@'@'localhost';
-- Reminders (009): greetings and consultations are written by the pages; the name-day calendar is
-- replaced whole by an admin; the outbox is crmctl's (the admin account), never the staff program's.
GRANT SELECT, INSERT, DELETE ON `@DB@`.name_days TO '@APP_USER@'@'localhost';
GRANT SELECT, INSERT ON `@DB@`.greetings TO '@APP_USER@'@'localhost';
GRANT SELECT, INSERT, UPDATE, DELETE ON `@DB@`.consultations TO '@APP_USER@'@'localhost';
-- Cases (010). The staff program works the desk; a case and its events are never deleted.
GRANT SELECT, INSERT, UPDATE ON `@DB@`.case_categories TO '@APP_USER@'@'localhost';
GRANT SELECT, INSERT, UPDATE ON `@DB@`.cases TO '@APP_USER@'@'localhost';
GRANT SELECT, INSERT ON `@DB@`.case_events TO '@APP_USER@'@'localhost';
-- Customers' notices (012): the desk sees whether a reply was e-mailed; crmctl writes them.
GRANT SELECT ON `@DB@`.case_notices TO '@APP_USER@'@'localhost';
GRANT SELECT ON `@DB@`.case_ratings TO '@APP_USER@'@'localhost';
GRANT SELECT, UPDATE ON `@DB@`.sla_policies TO '@APP_USER@'@'localhost';
GRANT SELECT, INSERT, UPDATE, DELETE ON `@DB@`.sla_holidays TO '@APP_USER@'@'localhost';
GRANT SELECT ON `@DB@`.feedback_settings TO '@APP_USER@'@'localhost';
GRANT SELECT ON `@DB@`.feedback_policies TO '@APP_USER@'@'localhost';
GRANT SELECT ON `@DB@`.feedback_holidays TO '@APP_USER@'@'localhost';
GRANT SELECT ON `@DB@`.feedback_categories TO '@APP_USER@'@'localhost';
GRANT SELECT ON `@DB@`.feedback_products TO '@APP_USER@'@'localhost';
-- a case staff enter gets its receipt code the way the public form's do
GRANT SELECT ON `@DB@`.feedback_secret TO '@APP_USER@'@'localhost';
-- crm_public takes in cases: it inserts a case (with the keys its customer may read it by), the
-- customer's follow-ups and rating, and counts its own rate limit. It reads only the views below
-- (the form's lists, its settings, the SLA policies and holidays, receipts and the status page),
-- never a client, a staff member or another case's customer. To let a follow-up resume a case
-- that waited on the customer, it may change that case's clock columns, finding the case by id
-- and state alone, and keep its rating on it.
GRANT SELECT ON `@DB@`.feedback_categories TO '@PUBLIC_USER@'@'localhost';
GRANT SELECT ON `@DB@`.feedback_products TO '@PUBLIC_USER@'@'localhost';
GRANT SELECT ON `@DB@`.feedback_settings TO '@PUBLIC_USER@'@'localhost';
GRANT SELECT ON `@DB@`.feedback_policies TO '@PUBLIC_USER@'@'localhost';
GRANT SELECT ON `@DB@`.feedback_holidays TO '@PUBLIC_USER@'@'localhost';
GRANT SELECT ON `@DB@`.feedback_receipts TO '@PUBLIC_USER@'@'localhost';
GRANT SELECT ON `@DB@`.feedback_status TO '@PUBLIC_USER@'@'localhost';
GRANT SELECT ON `@DB@`.feedback_messages TO '@PUBLIC_USER@'@'localhost';
GRANT SELECT ON `@DB@`.feedback_secret TO '@PUBLIC_USER@'@'localhost';
GRANT INSERT (receipt_hash, kind, category_id, product_id, order_ref, message, customer_name, email, email_norm,
  phone, phone_norm, lang, consent_contact, ip, created_at, updated_at, first_response_target,
  resolution_target, first_response_due, resolution_due, next_due, next_warn, key_email, key_phone)
  ON `@DB@`.cases TO '@PUBLIC_USER@'@'localhost';
GRANT SELECT (id, state, paused_at), UPDATE (state, paused_at, paused_minutes, first_response_due, resolution_due,
  next_due, next_warn, customer_last_at, updated_at, rating)
  ON `@DB@`.cases TO '@PUBLIC_USER@'@'localhost';
GRANT INSERT (case_id, at, kind, body, old_value, new_value, token_hash) ON `@DB@`.case_events TO '@PUBLIC_USER@'@'localhost';
GRANT INSERT ON `@DB@`.case_ratings TO '@PUBLIC_USER@'@'localhost';
GRANT SELECT, INSERT, UPDATE, DELETE ON `@DB@`.feedback_rate TO '@PUBLIC_USER@'@'localhost';
