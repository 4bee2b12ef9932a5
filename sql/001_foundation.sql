-- 001_foundation.sql: staff accounts, sessions, sign-in failures and the audit log.
CREATE TABLE staff (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username VARCHAR(64) NOT NULL,
  full_name VARCHAR(200) NOT NULL,
  role ENUM('admin', 'manager', 'agent') NOT NULL,
  language ENUM('en', 'fil', 'ms') NOT NULL DEFAULT 'en',
  password_hash VARCHAR(255) NOT NULL,
  active TINYINT(1) NOT NULL DEFAULT 1,
  created_at DATETIME NOT NULL,
  password_changed_at DATETIME NULL,
  UNIQUE KEY staff_username (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sessions (
  token_hash CHAR(64) CHARACTER SET ascii NOT NULL PRIMARY KEY,
  staff_id INT UNSIGNED NOT NULL,
  csrf_token CHAR(64) CHARACTER SET ascii NOT NULL,
  created_at DATETIME NOT NULL,
  last_seen DATETIME NOT NULL,
  ip VARCHAR(45) NOT NULL,
  user_agent VARCHAR(255) NOT NULL,
  KEY sessions_staff (staff_id),
  KEY sessions_last_seen (last_seen),
  CONSTRAINT sessions_staff_fk FOREIGN KEY (staff_id) REFERENCES staff (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE login_failures (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username VARCHAR(64) NOT NULL,
  ip VARCHAR(45) NOT NULL,
  at DATETIME NOT NULL,
  KEY login_failures_user (username, at),
  KEY login_failures_ip (ip, at),
  KEY login_failures_at (at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit_log (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  at DATETIME(6) NOT NULL,
  staff_id INT UNSIGNED NULL,
  ip VARCHAR(45) NULL,
  action VARCHAR(40) NOT NULL,
  entity VARCHAR(40) NULL,
  entity_id BIGINT UNSIGNED NULL,
  field VARCHAR(64) NULL,
  old_value TEXT NULL,
  new_value TEXT NULL,
  detail VARCHAR(255) NULL,
  KEY audit_staff_action (staff_id, action, id),
  KEY audit_entity (entity, entity_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Facts about the company that the public program may show (it reads nothing else yet).
CREATE TABLE company_info (
  name VARCHAR(40) CHARACTER SET ascii NOT NULL PRIMARY KEY,
  value VARCHAR(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO company_info (name, value) VALUES ('company_name', 'Our Company');
