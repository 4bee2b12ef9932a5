-- 004_client_list.sql: the client list's own rows, and the name search's keys. A list page reads
-- 51 neighbouring rows of one index with everything it shows on them (no lookups per row into
-- clients, phones or e-mails); a name search reads one key's range in name order. Both are
-- rebuilt from the record by client_index_store (cgi/staff/client_index.c) whenever a client is
-- written, and made in bulk by crmctl demo-data. Merged-away clients have no rows here.
CREATE TABLE client_list (
  sort_name VARCHAR(200) NOT NULL,
  client_id INT UNSIGNED NOT NULL,
  kind ENUM('person', 'company') NOT NULL,
  city VARCHAR(100) NOT NULL,
  status ENUM('prospect', 'active', 'dormant', 'lost') NOT NULL,
  manager_id INT UNSIGNED NULL,
  segment_id INT UNSIGNED NULL,
  last_contact_at DATETIME NULL,
  -- the first phone and e-mail as typed
  phone VARCHAR(40) NOT NULL,
  email VARCHAR(254) NOT NULL,
  -- the words of the names, each after a space (" maria dela cruz"): a word of a query matches
  -- where LIKE '% word%' does
  words VARCHAR(500) NOT NULL,
  PRIMARY KEY (sort_name, client_id),
  UNIQUE KEY client_list_client (client_id),
  KEY client_list_segment (segment_id, sort_name, client_id),
  KEY client_list_manager (manager_id, sort_name, client_id),
  KEY client_list_status (status, sort_name, client_id),
  KEY client_list_contact (last_contact_at, client_id),
  CONSTRAINT client_list_fk FOREIGN KEY (client_id) REFERENCES clients (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The keys of the name search: the first three letters of each word of a client's names ("mar"),
-- and of each pair of its words, in byte order ("cru mar"). A query of two words reads the range
-- of their pair's key, one word its own key, in name order; LIKE on client_list.words then checks
-- the whole words.
CREATE TABLE client_search (
  k VARCHAR(7) NOT NULL,
  sort_name VARCHAR(200) NOT NULL,
  client_id INT UNSIGNED NOT NULL,
  PRIMARY KEY (k, sort_name, client_id),
  KEY client_search_client (client_id),
  CONSTRAINT client_search_fk FOREIGN KEY (client_id) REFERENCES clients (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The clients there are now, from client_words (which these tables replace).
INSERT INTO client_list (sort_name, client_id, kind, city, status, manager_id, segment_id, last_contact_at,
                         phone, email, words)
  SELECT c.sort_name, c.id, c.kind, c.city, c.status, c.manager_id, c.segment_id, c.last_contact_at,
    COALESCE((SELECT p.number FROM client_phones p WHERE p.client_id = c.id ORDER BY p.id LIMIT 1), ''),
    COALESCE((SELECT e.email FROM client_emails e WHERE e.client_id = c.id ORDER BY e.id LIMIT 1), ''),
    COALESCE((SELECT LEFT(CONCAT(' ', GROUP_CONCAT(w.word SEPARATOR ' ')), 500) FROM client_words w
              WHERE w.client_id = c.id), '')
  FROM clients c WHERE c.merged_into IS NULL;
INSERT IGNORE INTO client_search (k, sort_name, client_id)
  SELECT LEFT(w.word, 3), c.sort_name, c.id FROM client_words w JOIN clients c ON c.id = w.client_id
  WHERE c.merged_into IS NULL;
INSERT IGNORE INTO client_search (k, sort_name, client_id)
  SELECT IF(CAST(LEFT(a.word, 3) AS BINARY) <= CAST(LEFT(b.word, 3) AS BINARY),
            CONCAT(LEFT(a.word, 3), ' ', LEFT(b.word, 3)), CONCAT(LEFT(b.word, 3), ' ', LEFT(a.word, 3))),
         c.sort_name, c.id
  FROM client_words a JOIN client_words b ON b.client_id = a.client_id AND CAST(a.word AS BINARY) < CAST(b.word AS BINARY)
  JOIN clients c ON c.id = a.client_id WHERE c.merged_into IS NULL;
DROP TABLE client_words;

-- The list no longer reads these indexes of clients; the foreign keys need one on each column.
ALTER TABLE clients DROP KEY clients_segment, DROP KEY clients_manager, DROP KEY clients_status,
  ADD KEY clients_segment (segment_id), ADD KEY clients_manager (manager_id);
