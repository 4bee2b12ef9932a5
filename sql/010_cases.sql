-- 010_cases.sql: complaints, claims, suggestions, comments and praise ("cases"): what the public
-- program takes in, the staff desk's states, assignment, notes, replies and resolution, the SLA
-- clocks (targets per kind and priority in business minutes, a weekly calendar and holidays,
-- paused while waiting on the customer), satisfaction, and the views through which the public
-- program's account reads the little it may read.

-- The categories customers choose from (admin-managed), named in the three languages (an empty
-- translation shows the English name).
CREATE TABLE case_categories (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(80) NOT NULL,
  name_fil VARCHAR(80) NOT NULL DEFAULT '',
  name_ms VARCHAR(80) NOT NULL DEFAULT '',
  active TINYINT(1) NOT NULL DEFAULT 1,
  UNIQUE KEY case_categories_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO case_categories (name, name_fil, name_ms) VALUES
  ('Product quality', 'Kalidad ng produkto', 'Kualiti produk'),
  ('Delivery', 'Paghahatid', 'Penghantaran'),
  ('Service and staff', 'Serbisyo at kawani', 'Perkhidmatan dan kakitangan'),
  ('Billing and payment', 'Singil at bayad', 'Bil dan bayaran'),
  ('Other', 'Iba pa', 'Lain-lain');

CREATE TABLE cases (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  -- SHA-256 (hex) of the receipt code the customer got; the code itself is kept nowhere. The code
  -- is derived from the form's one-time token, so this unique key is what makes a double click,
  -- a reload or a retry store one case.
  receipt_hash CHAR(64) CHARACTER SET ascii NOT NULL,
  -- how it came: the public form, or entered by staff (created_by) from a call, a visit, a letter...
  -- (created_by and discount_id have no foreign key: every index costs the public form's inserts, and
  -- staff and discounts are never deleted)
  source ENUM('web', 'phone', 'email', 'visit', 'letter', 'other') NOT NULL DEFAULT 'web',
  created_by INT UNSIGNED NULL,
  kind ENUM('complaint', 'claim', 'suggestion', 'comment', 'praise') NOT NULL,
  category_id INT UNSIGNED NULL,
  product_id INT UNSIGNED NULL,
  order_ref VARCHAR(64) NOT NULL DEFAULT '',
  message TEXT NOT NULL,
  customer_name VARCHAR(200) NOT NULL,
  email VARCHAR(254) NOT NULL DEFAULT '',
  email_norm VARCHAR(254) NOT NULL DEFAULT '',
  phone VARCHAR(40) NOT NULL DEFAULT '',
  phone_norm VARCHAR(20) NOT NULL DEFAULT '',
  lang ENUM('en', 'fil', 'ms') NOT NULL,
  consent_contact TINYINT(1) NOT NULL DEFAULT 0,
  ip VARCHAR(45) NOT NULL DEFAULT '',
  state ENUM('new', 'acknowledged', 'in_progress', 'waiting', 'resolved', 'closed') NOT NULL DEFAULT 'new',
  is_open TINYINT(1) AS (IF(state IN ('resolved', 'closed'), 0, 1)) VIRTUAL,
  priority ENUM('low', 'normal', 'high', 'urgent') NOT NULL DEFAULT 'normal',
  assignee_id INT UNSIGNED NULL,
  client_id INT UNSIGNED NULL,
  created_at DATETIME NOT NULL,
  updated_at DATETIME NOT NULL,
  -- The clocks: targets in business minutes (from the policy of the case's kind and priority,
  -- 0: none), the moments they fall due (UTC; NULL: no target), when they were met and how long
  -- it took in business minutes less the pauses.
  first_response_target INT UNSIGNED NOT NULL DEFAULT 0,
  resolution_target INT UNSIGNED NOT NULL DEFAULT 0,
  first_response_due DATETIME NULL,
  resolution_due DATETIME NULL,
  first_response_at DATETIME NULL,
  first_response_minutes INT UNSIGNED NULL,
  resolved_at DATETIME NULL,
  resolution_minutes INT UNSIGNED NULL,
  closed_at DATETIME NULL,
  -- Waiting on the customer since (NULL: not paused), and the business minutes of pauses ended.
  paused_at DATETIME NULL,
  paused_minutes INT UNSIGNED NOT NULL DEFAULT 0,
  -- The nearest target not yet met while the clock runs, and when its clock passes the warning
  -- share (what the escalation list and "most urgent first" read); NULL when none applies.
  next_due DATETIME NULL,
  next_warn DATETIME NULL,
  due_sort DATETIME AS (COALESCE(next_due, TIMESTAMP'9999-12-31 00:00:00')) VIRTUAL,
  customer_last_at DATETIME NULL,   -- the customer's latest follow-up message
  rating TINYINT UNSIGNED NULL,     -- the customer's satisfaction (case_ratings has it with its comment)
  resolution TEXT NULL,
  compensation VARCHAR(200) NOT NULL DEFAULT '',
  compensation_amount BIGINT NOT NULL DEFAULT 0,
  discount_id INT UNSIGNED NULL,
  -- What the customer reads the case by: SHA-256 (hex) of "receipt code:e-mail" and of "receipt
  -- code:phone" (normalised), for the ways of answering they gave.
  key_email CHAR(64) CHARACTER SET ascii NULL,
  key_phone CHAR(64) CHARACTER SET ascii NULL,
  UNIQUE KEY cases_receipt (receipt_hash),
  UNIQUE KEY cases_key_email (key_email),
  UNIQUE KEY cases_key_phone (key_phone),
  KEY cases_open (is_open, id),
  KEY cases_open_due (is_open, due_sort, id),
  KEY cases_state (state, id),
  KEY cases_assignee (assignee_id, is_open, id),
  KEY cases_kind (kind, is_open, id),
  KEY cases_category (category_id, is_open, id),
  KEY cases_product (product_id, is_open, id),
  KEY cases_client (client_id, created_at),
  -- the report's range: every column it sums, so that a year of cases is read from the index alone
  KEY cases_report (created_at, kind, category_id, product_id, assignee_id, state, first_response_minutes,
                    first_response_target, resolution_minutes, resolution_target, compensation_amount, rating),
  CONSTRAINT cases_category_fk FOREIGN KEY (category_id) REFERENCES case_categories (id),
  CONSTRAINT cases_product_fk FOREIGN KEY (product_id) REFERENCES products (id),
  CONSTRAINT cases_assignee_fk FOREIGN KEY (assignee_id) REFERENCES staff (id),
  CONSTRAINT cases_client_fk FOREIGN KEY (client_id) REFERENCES clients (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The case's timeline: internal notes, public replies, the customer's follow-ups, and every change
-- of state, assignment, priority, client link and resolution. A follow-up or reply carries the
-- hash of its form's one-time token, so a double click stores it once.
CREATE TABLE case_events (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id BIGINT UNSIGNED NOT NULL,
  at DATETIME NOT NULL,
  staff_id INT UNSIGNED NULL,
  kind ENUM('note', 'reply', 'customer', 'state', 'assign', 'priority', 'link', 'resolution', 'rating') NOT NULL,
  body TEXT NOT NULL DEFAULT '',
  old_value VARCHAR(80) NOT NULL DEFAULT '',
  new_value VARCHAR(80) NOT NULL DEFAULT '',
  token_hash CHAR(64) CHARACTER SET ascii NULL,
  KEY case_events_case (case_id, id),
  UNIQUE KEY case_events_token (token_hash),
  CONSTRAINT case_events_case_fk FOREIGN KEY (case_id) REFERENCES cases (id),
  CONSTRAINT case_events_staff_fk FOREIGN KEY (staff_id) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The customer's satisfaction with a resolved case: once (its figure is also kept on the case, for
-- the report's index).
CREATE TABLE case_ratings (
  case_id BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  rating TINYINT UNSIGNED NOT NULL,
  comment VARCHAR(1000) NOT NULL DEFAULT '',
  at DATETIME NOT NULL,
  CONSTRAINT case_ratings_case_fk FOREIGN KEY (case_id) REFERENCES cases (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Targets per kind and priority, in business minutes (0: no target).
CREATE TABLE sla_policies (
  kind ENUM('complaint', 'claim', 'suggestion', 'comment', 'praise') NOT NULL,
  priority ENUM('low', 'normal', 'high', 'urgent') NOT NULL,
  first_response_minutes INT UNSIGNED NOT NULL,
  resolution_minutes INT UNSIGNED NOT NULL,
  PRIMARY KEY (kind, priority)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- Complaints and claims: urgent 1 h / 1 day, high 2 h / 2 days, normal 4 h / 3 days, low 8 h /
-- 5 days (a business day is 8 hours); suggestions, comments and praise twice as long.
INSERT INTO sla_policies (kind, priority, first_response_minutes, resolution_minutes)
  SELECT k.kind, p.priority, p.first * k.factor, p.resolution * k.factor
  FROM (SELECT 'complaint' AS kind, 1 AS factor UNION ALL SELECT 'claim', 1 UNION ALL SELECT 'suggestion', 2
        UNION ALL SELECT 'comment', 2 UNION ALL SELECT 'praise', 2) k
  JOIN (SELECT 'urgent' AS priority, 60 AS first, 480 AS resolution UNION ALL SELECT 'high', 120, 960
        UNION ALL SELECT 'normal', 240, 1440 UNION ALL SELECT 'low', 480, 2400) p;

-- Days the business is closed (the weekly hours are the setting sla_week).
CREATE TABLE sla_holidays (
  day DATE NOT NULL PRIMARY KEY,
  name VARCHAR(80) NOT NULL DEFAULT ''
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Submissions and status lookups per client address and hour (the public form's rate limit): a
-- counter that need not survive a restart, so it costs no disk write.
CREATE TABLE feedback_rate (
  addr VARCHAR(45) CHARACTER SET ascii NOT NULL,
  what CHAR(1) CHARACTER SET ascii NOT NULL,   -- s: submissions, l: status lookups
  hour DATETIME NOT NULL,
  n INT UNSIGNED NOT NULL,
  PRIMARY KEY (addr, what, hour),
  KEY feedback_rate_hour (hour)
) ENGINE=MEMORY DEFAULT CHARSET=ascii;

-- The public program's key for its one-time form tokens and the receipt codes derived from them
-- (HMAC-SHA-256), made here once per installation and shared by every host.
CREATE TABLE feedback_secret (
  id TINYINT UNSIGNED NOT NULL PRIMARY KEY,
  secret VARBINARY(32) NOT NULL
) ENGINE=InnoDB;
INSERT INTO feedback_secret (id, secret) VALUES (1, RANDOM_BYTES(32));

INSERT INTO settings (name, value) VALUES
  ('sla_week', 'mon-fri 09:00-17:00'),   -- business hours, as cgi/lib/sla.h's sla_week_parse reads them
  ('sla_warn_bp', '7500'),               -- a clock past this share of its target is "near"
  ('feedback_rate_per_hour', '20'),      -- submissions a client address may make in an hour
  ('feedback_lookups_per_hour', '60'),   -- status lookups a client address may make in an hour
  ('feedback_min_seconds', '3');         -- a form sent sooner after it was served is shown again

-- What the public program reads, and nothing else (its account has SELECT on these views only).
CREATE VIEW feedback_categories AS
  SELECT id, name, name_fil, name_ms FROM case_categories WHERE active = 1;
CREATE VIEW feedback_products AS
  SELECT id, sku, name FROM products WHERE active = 1;
CREATE VIEW feedback_settings AS
  SELECT name, value FROM settings
  WHERE name IN ('feedback_rate_per_hour', 'feedback_lookups_per_hour', 'feedback_min_seconds', 'sla_week',
                 'sla_warn_bp', 'company_time_zone');
CREATE VIEW feedback_policies AS
  SELECT kind, priority, first_response_minutes, resolution_minutes FROM sla_policies;
CREATE VIEW feedback_holidays AS
  SELECT day FROM sla_holidays;
CREATE VIEW feedback_receipts AS
  SELECT receipt_hash, id AS case_id, kind, created_at FROM cases;
CREATE VIEW feedback_status AS
  SELECT c.key_email, c.key_phone, c.id AS case_id, c.kind, c.state, c.priority, c.created_at, c.resolved_at, c.paused_at,
         c.paused_minutes, c.first_response_at, c.first_response_target, c.resolution_target, c.lang, c.rating
  FROM cases c;
CREATE VIEW feedback_messages AS
  SELECT case_id, id, at, kind, body FROM case_events WHERE kind IN ('reply', 'customer');
