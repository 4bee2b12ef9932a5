-- 002_clients.sql: client records (people and companies), their phones, e-mails, consents, tags,
-- name words for search, interactions, and the timeline view every client page reads.
CREATE TABLE segments (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(80) NOT NULL,
  active TINYINT(1) NOT NULL DEFAULT 1,
  UNIQUE KEY segments_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE clients (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind ENUM('person', 'company') NOT NULL,
  given_name VARCHAR(100) NOT NULL DEFAULT '',
  family_name VARCHAR(100) NOT NULL DEFAULT '',
  company_name VARCHAR(200) NOT NULL DEFAULT '',
  -- "Family Given" for people, the company name for companies: what lists sort by.
  sort_name VARCHAR(200) NOT NULL,
  company_id INT UNSIGNED NULL,
  birthday DATE NULL,
  name_day_month TINYINT UNSIGNED NULL,
  name_day_day TINYINT UNSIGNED NULL,
  segment_id INT UNSIGNED NULL,
  source_channel ENUM('walk_in', 'phone', 'web', 'email', 'referral', 'leaflet', 'event', 'social', 'other') NOT NULL,
  preferred_channel ENUM('phone', 'email', 'sms', 'post', 'visit') NULL,
  status ENUM('prospect', 'active', 'dormant', 'lost') NOT NULL DEFAULT 'prospect',
  manager_id INT UNSIGNED NULL,
  street VARCHAR(200) NOT NULL DEFAULT '',
  city VARCHAR(100) NOT NULL DEFAULT '',
  postal_code VARCHAR(20) NOT NULL DEFAULT '',
  country VARCHAR(60) NOT NULL DEFAULT '',
  notes TEXT NULL,
  last_contact_at DATETIME NULL,
  merged_into INT UNSIGNED NULL,
  import_batch_id INT UNSIGNED NULL,
  created_by INT UNSIGNED NULL,
  created_at DATETIME NOT NULL,
  updated_by INT UNSIGNED NULL,
  updated_at DATETIME NOT NULL,
  KEY clients_sort (sort_name, id),
  KEY clients_segment (segment_id, sort_name, id),
  KEY clients_manager (manager_id, sort_name, id),
  KEY clients_status (status, sort_name, id),
  KEY clients_contact (last_contact_at, id),
  KEY clients_company (company_id),
  KEY clients_family (family_name, given_name),
  KEY clients_company_name (company_name),
  KEY clients_birthday (birthday),
  KEY clients_import (import_batch_id),
  CONSTRAINT clients_company_fk FOREIGN KEY (company_id) REFERENCES clients (id),
  CONSTRAINT clients_segment_fk FOREIGN KEY (segment_id) REFERENCES segments (id),
  CONSTRAINT clients_manager_fk FOREIGN KEY (manager_id) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Phones and e-mails, each also in a normalised form for matching (digits with country code;
-- lower-case address).
CREATE TABLE client_phones (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  client_id INT UNSIGNED NOT NULL,
  kind ENUM('mobile', 'home', 'work', 'other') NOT NULL DEFAULT 'mobile',
  number VARCHAR(40) NOT NULL,
  normalized VARCHAR(20) CHARACTER SET ascii NOT NULL,
  KEY client_phones_client (client_id),
  KEY client_phones_normalized (normalized, client_id),
  CONSTRAINT client_phones_fk FOREIGN KEY (client_id) REFERENCES clients (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE client_emails (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  client_id INT UNSIGNED NOT NULL,
  email VARCHAR(254) NOT NULL,
  normalized VARCHAR(254) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  KEY client_emails_client (client_id),
  KEY client_emails_normalized (normalized, client_id),
  CONSTRAINT client_emails_fk FOREIGN KEY (client_id) REFERENCES clients (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Consent per channel, with the date it was given or withdrawn.
CREATE TABLE client_consents (
  client_id INT UNSIGNED NOT NULL,
  channel ENUM('phone', 'email', 'sms', 'post') NOT NULL,
  granted TINYINT(1) NOT NULL,
  changed_on DATE NOT NULL,
  PRIMARY KEY (client_id, channel),
  CONSTRAINT client_consents_fk FOREIGN KEY (client_id) REFERENCES clients (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE client_tags (
  client_id INT UNSIGNED NOT NULL,
  tag VARCHAR(40) NOT NULL,
  PRIMARY KEY (client_id, tag),
  KEY client_tags_tag (tag, client_id),
  CONSTRAINT client_tags_fk FOREIGN KEY (client_id) REFERENCES clients (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every word of a client's names, for prefix search in any order: a search reads the index
-- range of one word, in (word, sort_name, id) order, so a page costs the same at any depth.
CREATE TABLE client_words (
  word VARCHAR(60) NOT NULL,
  sort_name VARCHAR(200) NOT NULL,
  client_id INT UNSIGNED NOT NULL,
  PRIMARY KEY (client_id, word),
  KEY client_words_word (word, sort_name, client_id),
  CONSTRAINT client_words_fk FOREIGN KEY (client_id) REFERENCES clients (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE interactions (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  client_id INT UNSIGNED NOT NULL,
  staff_id INT UNSIGNED NULL,
  channel ENUM('phone', 'email', 'sms', 'visit', 'web', 'letter', 'leaflet', 'other') NOT NULL,
  direction ENUM('in', 'out') NOT NULL,
  at DATETIME NOT NULL,
  summary VARCHAR(500) NOT NULL,
  outcome VARCHAR(500) NOT NULL DEFAULT '',
  follow_up DATE NULL,
  follow_up_done TINYINT(1) NOT NULL DEFAULT 0,
  created_at DATETIME NOT NULL,
  KEY interactions_client (client_id, at, id),
  KEY interactions_follow_up (staff_id, follow_up_done, follow_up),
  CONSTRAINT interactions_client_fk FOREIGN KEY (client_id) REFERENCES clients (id),
  CONSTRAINT interactions_staff_fk FOREIGN KEY (staff_id) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The timeline of a client: one shape for everything that happens to a client. Later
-- migrations replace this view to add purchases and complaints (UNION ALL of their rows).
CREATE VIEW client_timeline AS
  SELECT i.client_id, i.at, 'interaction' AS kind, i.id AS ref_id, i.channel AS label,
         i.direction AS detail, i.summary AS title, i.outcome AS body, i.staff_id,
         IF(i.follow_up_done, NULL, i.follow_up) AS due
  FROM interactions i;
