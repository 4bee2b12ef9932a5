-- 005_purchases.sql: the product catalog, purchases with their lines, loyalty tiers and
-- settings, personal discounts, and the summary rows that pages read instead of scanning
-- purchases (kept current by purchase_store in cgi/staff/purchase.c, in the purchase's
-- transaction). Money is in integer minor units; a return's amounts are negative.
CREATE TABLE product_categories (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(80) NOT NULL,
  active TINYINT(1) NOT NULL DEFAULT 1,
  UNIQUE KEY product_categories_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE products (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  sku VARCHAR(40) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  name VARCHAR(200) NOT NULL,
  category_id INT UNSIGNED NULL,
  price BIGINT NOT NULL,
  cost BIGINT NOT NULL,
  -- importance to the company's financial stability, x 1000 (1.5 is 1500)
  weight_milli INT UNSIGNED NOT NULL DEFAULT 1000,
  locomotive TINYINT(1) NOT NULL DEFAULT 0,
  active TINYINT(1) NOT NULL DEFAULT 1,
  updated_by INT UNSIGNED NULL,
  updated_at DATETIME NOT NULL,
  UNIQUE KEY products_sku (sku),
  KEY products_name (name),
  KEY products_pick (active, locomotive, name),
  KEY products_category (category_id, name),
  CONSTRAINT products_category_fk FOREIGN KEY (category_id) REFERENCES product_categories (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Tiers: a client whose spend reaches threshold gets discount_bp (basis points: 300 is 3%).
CREATE TABLE loyalty_tiers (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(80) NOT NULL,
  threshold BIGINT NOT NULL,
  discount_bp INT UNSIGNED NOT NULL,
  UNIQUE KEY loyalty_tiers_name (name),
  UNIQUE KEY loyalty_tiers_threshold (threshold)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Settings of the staff program (the public program cannot read them).
CREATE TABLE settings (
  name VARCHAR(40) CHARACTER SET ascii NOT NULL PRIMARY KEY,
  value VARCHAR(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO settings (name, value) VALUES
  ('loyalty_window', 'lifetime'),       -- lifetime | 12m (this calendar month and the 11 before)
  ('loyalty_demotion', '0'),            -- 1: a return below a threshold moves the client down
  ('birthday_discount_bp', '0'),        -- 0: no birthday discount
  ('birthday_window_days', '7'),        -- days before and after the birthday
  ('discount_combine', 'max'),          -- max: the larger of tier and birthday; sum: both
  ('discount_cap_bp', '5000');          -- no purchase gets more than this in all

CREATE TABLE purchases (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  client_id INT UNSIGNED NOT NULL,
  -- credited with the sale; a return is charged to the original's seller
  seller_id INT UNSIGNED NOT NULL,
  entered_by INT UNSIGNED NOT NULL,
  kind ENUM('sale', 'return', 'cancel') NOT NULL,
  original_id BIGINT UNSIGNED NULL,
  at DATETIME NOT NULL,
  gross BIGINT NOT NULL,          -- quantity x unit price, summed
  discount BIGINT NOT NULL,       -- gross - total
  total BIGINT NOT NULL,
  cost BIGINT NOT NULL,
  weighted BIGINT NOT NULL,       -- line total x product weight, summed
  locomotive_units INT NOT NULL,
  tier_id INT UNSIGNED NULL,      -- the client's tier when sold
  discount_bp INT UNSIGNED NOT NULL,
  discount_why VARCHAR(60) CHARACTER SET ascii NOT NULL DEFAULT '',   -- "tier birthday personal"
  note VARCHAR(500) NOT NULL DEFAULT '',
  -- the form's one-time token: a second submission of the same form finds the first purchase
  token CHAR(32) CHARACTER SET ascii NULL,
  UNIQUE KEY purchases_token (token),
  KEY purchases_client (client_id, at, id),
  KEY purchases_at (at, id),
  KEY purchases_seller (seller_id, at, id),
  KEY purchases_original (original_id),
  CONSTRAINT purchases_client_fk FOREIGN KEY (client_id) REFERENCES clients (id),
  CONSTRAINT purchases_seller_fk FOREIGN KEY (seller_id) REFERENCES staff (id),
  CONSTRAINT purchases_entered_fk FOREIGN KEY (entered_by) REFERENCES staff (id),
  CONSTRAINT purchases_original_fk FOREIGN KEY (original_id) REFERENCES purchases (id),
  CONSTRAINT purchases_tier_fk FOREIGN KEY (tier_id) REFERENCES loyalty_tiers (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Each line keeps the price, cost, weight and locomotive flag of its moment: catalog changes
-- never rewrite past sales. A return's line names the original line it gives back.
CREATE TABLE purchase_lines (
  purchase_id BIGINT UNSIGNED NOT NULL,
  line_no SMALLINT UNSIGNED NOT NULL,
  product_id INT UNSIGNED NOT NULL,
  quantity INT NOT NULL,
  unit_price BIGINT NOT NULL,
  unit_cost BIGINT NOT NULL,
  discount_bp INT UNSIGNED NOT NULL,
  discount BIGINT NOT NULL,
  line_total BIGINT NOT NULL,
  weight_milli INT UNSIGNED NOT NULL,
  weighted BIGINT NOT NULL,
  locomotive TINYINT(1) NOT NULL,
  original_line SMALLINT UNSIGNED NULL,
  PRIMARY KEY (purchase_id, line_no),
  KEY purchase_lines_product (product_id, purchase_id),
  CONSTRAINT purchase_lines_purchase_fk FOREIGN KEY (purchase_id) REFERENCES purchases (id),
  CONSTRAINT purchase_lines_product_fk FOREIGN KEY (product_id) REFERENCES products (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A client's economics: sales and returns net, and the tier. margin = revenue - cost.
CREATE TABLE client_economics (
  client_id INT UNSIGNED NOT NULL PRIMARY KEY,
  revenue BIGINT NOT NULL DEFAULT 0,
  cost BIGINT NOT NULL DEFAULT 0,
  margin BIGINT NOT NULL DEFAULT 0,
  discounts BIGINT NOT NULL DEFAULT 0,
  purchases INT NOT NULL DEFAULT 0,
  returns INT NOT NULL DEFAULT 0,
  first_at DATETIME NULL,
  last_at DATETIME NULL,
  tier_id INT UNSIGNED NULL,
  KEY client_economics_revenue (revenue, client_id),
  KEY client_economics_margin (margin, client_id),
  KEY client_economics_first (first_at, client_id),
  CONSTRAINT client_economics_client_fk FOREIGN KEY (client_id) REFERENCES clients (id),
  CONSTRAINT client_economics_tier_fk FOREIGN KEY (tier_id) REFERENCES loyalty_tiers (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The same per calendar year (the client page's years, and the lapsed lists) and per month (the
-- 12-month spend window reads at most 12 rows).
CREATE TABLE client_economics_year (
  client_id INT UNSIGNED NOT NULL,
  year SMALLINT UNSIGNED NOT NULL,
  revenue BIGINT NOT NULL DEFAULT 0,
  cost BIGINT NOT NULL DEFAULT 0,
  discounts BIGINT NOT NULL DEFAULT 0,
  purchases INT NOT NULL DEFAULT 0,
  PRIMARY KEY (client_id, year),
  KEY client_economics_year_year (year, client_id),
  CONSTRAINT client_economics_year_fk FOREIGN KEY (client_id) REFERENCES clients (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE client_spend_month (
  client_id INT UNSIGNED NOT NULL,
  month DATE NOT NULL,   -- its first day
  revenue BIGINT NOT NULL,
  PRIMARY KEY (client_id, month),
  CONSTRAINT client_spend_month_fk FOREIGN KEY (client_id) REFERENCES clients (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Each seller's month: what the leaderboard reads. purchases counts sales (not returns).
CREATE TABLE sales_monthly (
  month DATE NOT NULL,
  staff_id INT UNSIGNED NOT NULL,
  revenue BIGINT NOT NULL DEFAULT 0,
  cost BIGINT NOT NULL DEFAULT 0,
  weighted BIGINT NOT NULL DEFAULT 0,
  locomotive_units INT NOT NULL DEFAULT 0,
  purchases INT NOT NULL DEFAULT 0,
  PRIMARY KEY (month, staff_id),
  KEY sales_monthly_staff (staff_id, month),
  CONSTRAINT sales_monthly_staff_fk FOREIGN KEY (staff_id) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A client crossing a tier threshold; the account manager marks it told.
CREATE TABLE tier_changes (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  client_id INT UNSIGNED NOT NULL,
  purchase_id BIGINT UNSIGNED NULL,
  at DATETIME NOT NULL,
  old_tier_id INT UNSIGNED NULL,
  new_tier_id INT UNSIGNED NULL,
  up TINYINT(1) NOT NULL,
  manager_id INT UNSIGNED NULL,
  told_at DATETIME NULL,
  told_by INT UNSIGNED NULL,
  KEY tier_changes_client (client_id, at),
  KEY tier_changes_manager (manager_id, told_at, id),
  CONSTRAINT tier_changes_client_fk FOREIGN KEY (client_id) REFERENCES clients (id),
  CONSTRAINT tier_changes_purchase_fk FOREIGN KEY (purchase_id) REFERENCES purchases (id),
  CONSTRAINT tier_changes_old_fk FOREIGN KEY (old_tier_id) REFERENCES loyalty_tiers (id) ON DELETE SET NULL,
  CONSTRAINT tier_changes_new_fk FOREIGN KEY (new_tier_id) REFERENCES loyalty_tiers (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A manager's personal extra discount for one client, with a reason and an expiry (inclusive).
CREATE TABLE client_discounts (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  client_id INT UNSIGNED NOT NULL,
  discount_bp INT UNSIGNED NOT NULL,
  reason VARCHAR(200) NOT NULL,
  expires_on DATE NOT NULL,
  granted_by INT UNSIGNED NOT NULL,
  granted_at DATETIME NOT NULL,
  revoked_at DATETIME NULL,
  KEY client_discounts_client (client_id, expires_on),
  CONSTRAINT client_discounts_client_fk FOREIGN KEY (client_id) REFERENCES clients (id),
  CONSTRAINT client_discounts_staff_fk FOREIGN KEY (granted_by) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The timeline now also shows purchases, returns and tier changes (title: an amount in minor
-- units or a tier's name; the template formats it by kind).
CREATE OR REPLACE VIEW client_timeline AS
  SELECT i.client_id, i.at, 'interaction' AS kind, i.id AS ref_id, i.channel AS label,
         i.direction AS detail, i.summary AS title, i.outcome AS body, i.staff_id,
         IF(i.follow_up_done, NULL, i.follow_up) AS due
  FROM interactions i
  UNION ALL
  SELECT p.client_id, p.at, 'purchase', p.id, p.kind,
         CAST(p.total AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci,
         CAST(p.discount AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci, p.note, p.entered_by, NULL
  FROM purchases p
  UNION ALL
  SELECT t.client_id, t.at, 'tier', t.id, IF(t.up, _utf8mb4'up', _utf8mb4'down') COLLATE utf8mb4_unicode_ci,
         COALESCE(o.name, _utf8mb4'' COLLATE utf8mb4_unicode_ci), COALESCE(n.name, _utf8mb4'' COLLATE utf8mb4_unicode_ci),
         _utf8mb4'' COLLATE utf8mb4_unicode_ci, NULL, NULL
  FROM tier_changes t LEFT JOIN loyalty_tiers o ON o.id = t.old_tier_id
  LEFT JOIN loyalty_tiers n ON n.id = t.new_tier_id;
