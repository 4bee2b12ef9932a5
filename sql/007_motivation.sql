-- 007_motivation.sql: sales plans, teams, each seller's day (for today's figures and the rank
-- change since yesterday), employee of the month, rewards and the wall-board's keys.

-- Teams of staff (admin-managed, like segments); the leaderboard can show one team.
CREATE TABLE teams (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(80) NOT NULL,
  active TINYINT(1) NOT NULL DEFAULT 1,
  UNIQUE KEY teams_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
ALTER TABLE staff ADD COLUMN team_id INT UNSIGNED NULL,
  ADD CONSTRAINT staff_team_fk FOREIGN KEY (team_id) REFERENCES teams (id);

-- A month's plan for the company (staff_id NULL) or one person, in weighted revenue and
-- optionally in plain revenue. Changes are audited; past months keep their plans.
CREATE TABLE sales_plans (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  month DATE NOT NULL,
  staff_id INT UNSIGNED NULL,
  who INT UNSIGNED AS (COALESCE(staff_id, 0)) PERSISTENT,
  weighted BIGINT NOT NULL,
  revenue BIGINT NULL,
  set_by INT UNSIGNED NOT NULL,
  set_at DATETIME NOT NULL,
  UNIQUE KEY sales_plans_who (month, who),
  CONSTRAINT sales_plans_staff_fk FOREIGN KEY (staff_id) REFERENCES staff (id),
  CONSTRAINT sales_plans_set_by_fk FOREIGN KEY (set_by) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Each seller's day, kept in the purchase's transaction like sales_monthly: today's locomotive
-- sales for the wall-board, and yesterday's standings (the month less today) for the rank change.
CREATE TABLE sales_daily (
  day DATE NOT NULL,
  staff_id INT UNSIGNED NOT NULL,
  revenue BIGINT NOT NULL DEFAULT 0,
  cost BIGINT NOT NULL DEFAULT 0,
  weighted BIGINT NOT NULL DEFAULT 0,
  locomotive_units INT NOT NULL DEFAULT 0,
  purchases INT NOT NULL DEFAULT 0,
  PRIMARY KEY (day, staff_id),
  CONSTRAINT sales_daily_staff_fk FOREIGN KEY (staff_id) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO sales_daily (day, staff_id, revenue, cost, weighted, locomotive_units, purchases)
  SELECT DATE(at), seller_id, SUM(total), SUM(cost), SUM(weighted), SUM(locomotive_units), SUM(kind = 'sale')
  FROM purchases GROUP BY DATE(at), seller_id;

-- The employee of the month: proposed by the published rule, confirmed (or another chosen, with a
-- reason) by a manager.
CREATE TABLE employee_of_month (
  month DATE NOT NULL PRIMARY KEY,
  staff_id INT UNSIGNED NOT NULL,
  proposed_id INT UNSIGNED NULL,
  reason VARCHAR(500) NOT NULL DEFAULT '',
  confirmed_by INT UNSIGNED NOT NULL,
  confirmed_at DATETIME NOT NULL,
  KEY employee_of_month_staff (staff_id, month),
  CONSTRAINT eom_staff_fk FOREIGN KEY (staff_id) REFERENCES staff (id),
  CONSTRAINT eom_proposed_fk FOREIGN KEY (proposed_id) REFERENCES staff (id),
  CONSTRAINT eom_confirmed_by_fk FOREIGN KEY (confirmed_by) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The kinds of gift the company allows (admin-managed; personal items such as clothing and
-- jewellery are left off by policy).
CREATE TABLE gift_kinds (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(80) NOT NULL,
  active TINYINT(1) NOT NULL DEFAULT 1,
  UNIQUE KEY gift_kinds_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The rewards log. An approved bonus is the month's one reward of source 'bonus' per person.
CREATE TABLE rewards (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  staff_id INT UNSIGNED NOT NULL,
  month DATE NOT NULL,
  kind ENUM('cash_bonus', 'gift', 'gift_certificate', 'event_tickets', 'other') NOT NULL,
  gift_kind_id INT UNSIGNED NULL,
  description VARCHAR(500) NOT NULL,
  amount BIGINT NULL,
  source ENUM('manual', 'bonus') NOT NULL DEFAULT 'manual',
  bonus_key INT UNSIGNED AS (IF(source = 'bonus', staff_id, NULL)) PERSISTENT,
  approved_by INT UNSIGNED NOT NULL,
  approved_at DATETIME NOT NULL,
  UNIQUE KEY rewards_bonus (month, bonus_key),
  KEY rewards_staff (staff_id, month),
  KEY rewards_month (month, id),
  CONSTRAINT rewards_staff_fk FOREIGN KEY (staff_id) REFERENCES staff (id),
  CONSTRAINT rewards_gift_kind_fk FOREIGN KEY (gift_kind_id) REFERENCES gift_kinds (id),
  CONSTRAINT rewards_approved_by_fk FOREIGN KEY (approved_by) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Keys of the office wall-board: the page is shown to whoever presents a live key, without a
-- sign-in. Only the SHA-256 of a key is stored.
CREATE TABLE wallboard_keys (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  key_hash CHAR(64) CHARACTER SET ascii NOT NULL,
  label VARCHAR(80) NOT NULL,
  created_by INT UNSIGNED NOT NULL,
  created_at DATETIME NOT NULL,
  revoked_at DATETIME NULL,
  UNIQUE KEY wallboard_keys_hash (key_hash),
  CONSTRAINT wallboard_keys_created_by_fk FOREIGN KEY (created_by) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The rules: employee of the month needs this achievement (bp); the bonus is a percentage of the
-- weighted revenue above plan or fixed steps; plain revenue is shown to managers only.
INSERT INTO settings (name, value) VALUES
  ('eom_min_achievement_bp', '10000'),
  ('bonus_rule', 'percent'),
  ('bonus_percent_bp', '500'),
  ('bonus_steps', ''),
  ('revenue_private', '1');
