-- 009_reminders.sql: reminders and "my day": occasions found by month-day indexes, the name-day
-- calendar, greetings sent, key-product consultations, staff e-mail and calendar feeds, the outbox
-- of the daily digest, and their settings.

-- MONTH * 100 + DAY of a client's birthday and own name day, indexed by manager: a manager's
-- occasions of a window of days are one or two index ranges, whatever the client base.
ALTER TABLE clients
  ADD COLUMN birthday_md SMALLINT UNSIGNED AS (MONTH(birthday) * 100 + DAYOFMONTH(birthday)) VIRTUAL,
  ADD COLUMN name_day_md SMALLINT UNSIGNED AS (name_day_month * 100 + name_day_day) VIRTUAL,
  ADD KEY clients_manager_birthday (manager_id, birthday_md),
  ADD KEY clients_manager_name_day (manager_id, name_day_md),
  ADD KEY clients_given_manager (given_name, manager_id);

-- The name-day calendar admins load (name -> month/day; a name may have more than one day): a
-- client without a name day of their own is proposed the days of their given name.
CREATE TABLE name_days (
  name VARCHAR(100) NOT NULL,
  month TINYINT UNSIGNED NOT NULL,
  day TINYINT UNSIGNED NOT NULL,
  md SMALLINT UNSIGNED AS (month * 100 + day) STORED,
  PRIMARY KEY (name, month, day),
  KEY name_days_md (md, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One greeting per client, occasion and year (the interaction it was logged as).
CREATE TABLE greetings (
  client_id INT UNSIGNED NOT NULL,
  occasion ENUM('birthday', 'name_day') NOT NULL,
  year SMALLINT UNSIGNED NOT NULL,
  interaction_id BIGINT UNSIGNED NOT NULL,
  staff_id INT UNSIGNED NOT NULL,
  at DATETIME NOT NULL,
  PRIMARY KEY (client_id, occasion, year),
  CONSTRAINT greetings_client_fk FOREIGN KEY (client_id) REFERENCES clients (id),
  CONSTRAINT greetings_interaction_fk FOREIGN KEY (interaction_id) REFERENCES interactions (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Days after the sale of a locomotive product of the category when the client's manager consults
-- the client (NULL: no consultation).
ALTER TABLE product_categories ADD COLUMN consultation_days SMALLINT UNSIGNED NULL;

-- A consultation due after a locomotive sale, made in the sale's transaction, for the client's
-- manager (moved with the client when the manager changes); done once, with the interaction.
CREATE TABLE consultations (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  client_id INT UNSIGNED NOT NULL,
  purchase_id BIGINT UNSIGNED NOT NULL,
  product_id INT UNSIGNED NOT NULL,
  manager_id INT UNSIGNED NULL,
  due_on DATE NOT NULL,
  done_at DATETIME NULL,
  done_by INT UNSIGNED NULL,
  interaction_id BIGINT UNSIGNED NULL,
  KEY consultations_manager (manager_id, done_at, due_on),
  KEY consultations_client (client_id),
  UNIQUE KEY consultations_purchase (purchase_id, product_id),
  CONSTRAINT consultations_client_fk FOREIGN KEY (client_id) REFERENCES clients (id),
  CONSTRAINT consultations_purchase_fk FOREIGN KEY (purchase_id) REFERENCES purchases (id),
  CONSTRAINT consultations_product_fk FOREIGN KEY (product_id) REFERENCES products (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Where the digest goes, and the calendar feed's secret (its SHA-256; the URL is shown once).
ALTER TABLE staff
  ADD COLUMN email VARCHAR(254) NULL,
  ADD COLUMN calendar_hash CHAR(64) CHARACTER SET ascii NULL,
  ADD COLUMN calendar_created_at DATETIME NULL,
  ADD UNIQUE KEY staff_calendar (calendar_hash);

-- Messages of the daily digest: one per person and day (the unique key makes a second run of the
-- same day add nothing); kept until handed to sendmail, and retried while that fails.
CREATE TABLE outbox (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind ENUM('digest') NOT NULL,
  staff_id INT UNSIGNED NOT NULL,
  day DATE NOT NULL,
  to_addr VARCHAR(254) NOT NULL,
  message MEDIUMTEXT NOT NULL,
  created_at DATETIME NOT NULL,
  attempts INT UNSIGNED NOT NULL DEFAULT 0,
  last_error VARCHAR(255) NOT NULL DEFAULT '',
  sent_at DATETIME NULL,
  UNIQUE KEY outbox_once (kind, staff_id, day),
  KEY outbox_pending (sent_at, id),
  CONSTRAINT outbox_staff_fk FOREIGN KEY (staff_id) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO settings (name, value) VALUES
  ('company_time_zone', 'UTC'),         -- an IANA zone: what "today" is for reminders and the digest
  ('dormant_days', '180'),              -- an active client with no purchase for this long is dormant
  ('dormant_mark_days', '365');         -- ... and past this long is proposed to be marked dormant
