-- 003_imports.sql: CSV import batches: the uploaded file is kept until it is imported, so that the
-- mapping and preview can be redone, and every imported client points at its batch (undo).
CREATE TABLE import_batches (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  staff_id INT UNSIGNED NOT NULL,
  filename VARCHAR(200) NOT NULL,
  content MEDIUMTEXT NOT NULL,
  status ENUM('uploaded', 'imported', 'undone') NOT NULL DEFAULT 'uploaded',
  rows_total INT UNSIGNED NOT NULL DEFAULT 0,
  rows_imported INT UNSIGNED NOT NULL DEFAULT 0,
  rows_skipped INT UNSIGNED NOT NULL DEFAULT 0,
  created_at DATETIME NOT NULL,
  imported_at DATETIME NULL,
  undone_at DATETIME NULL,
  KEY import_batches_staff (staff_id, id),
  CONSTRAINT import_batches_staff_fk FOREIGN KEY (staff_id) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
