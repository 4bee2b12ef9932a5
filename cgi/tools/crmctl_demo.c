/* crmctl_demo.c: `crmctl demo-data`: demo accounts with fresh passwords, extra staff, bulk audit rows,
 * bulk clients (with phones, e-mails, list rows, search keys, tags, consents and interactions); the
 * products and purchases are in crmctl_demo_products.c and crmctl_demo_sales.c. */
#include "crmctl.h"
#include "crmctl_demo.h"
#include "db.h"
#include "db_staff.h"
#include "client_index.h"
#include "password.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

DB_STMT(SQL_DEMO_STAFF_PASSWORD, "UPDATE staff SET password_hash = ?, active = 1 WHERE username = ?");
DB_STMT(SQL_DEMO_STAFF_BULK,
	"INSERT IGNORE INTO staff (username, full_name, role, language, password_hash, active, created_at)"
	" SELECT CONCAT('agent', LPAD(seq, 4, '0')),"
	"  CONCAT(ELT(1 + seq % 8, 'Maria', 'Jose', 'Ana', 'Juan', 'Siti', 'Ahmad', 'Nur', 'Mark'), ' ',"
	"         ELT(1 + (seq DIV 8) % 8, 'Santos', 'Reyes', 'Cruz', 'Bautista', 'Abdullah', 'Tan',"
	"             'Lim', 'Garcia')),"
	"  'agent', ELT(1 + seq % 3, 'en', 'fil', 'ms'), ?, 1, NOW() - INTERVAL seq DAY"
	" FROM seq_1_to_10000 WHERE seq <= ?");
DB_STMT(SQL_DEMO_AUDIT_BULK,
	"INSERT INTO audit_log (at, staff_id, ip, action, entity, entity_id, detail)"
	" SELECT NOW(6) - INTERVAL seq MINUTE, s.id, CONCAT('10.0.', seq % 250, '.', seq % 199),"
	"  'login', 'staff', s.id, 'demo'"
	" FROM seq_1_to_100000000 JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k,"
	"  COUNT(*) OVER () AS n FROM staff) s ON s.k = seq % s.n"
	" WHERE seq <= ?");

/* ---- bulk clients ----
 * Everything is derived from the client id with arithmetic (no RAND()): the same database state
 * gives the same data. A batch of up to DEMO_BATCH clients takes ids base+1..base+count (explicit
 * ids, so that the statements for phones, e-mails, words etc. can select the batch's clients by id
 * range and read their names back). Three checksums of the id (0..2^32-1, with no visible
 * pattern between neighbours) spread the attributes. */
#define DEMO_BATCH 100000
#define DEMO_H1 "CRC32(c.id)"
#define DEMO_H2 "CRC32C(c.id)"
#define DEMO_H3 "CRC32(CONCAT(c.id, '#'))"

/* Names: 44 Filipino (with Spanish and English) given names and family names for clients in the
 * Philippines, 30 Malay, Chinese, Indian and English ones for clients in Malaysia. Multi-word names
 * ("Dela Cruz", "Wei Ling") give several search words. No hyphens or apostrophes (the C word
 * splitter would cut there); accents only on lower-case letters. */
#define DEMO_GIVEN_PH "'Maria', 'José', 'Juan', 'Ana', 'Mark', 'Angelica', 'Jerome', 'Kristine', 'Ramon',"\
	" 'Lourdes', 'Rosario', 'Antonio', 'Carmela', 'Paolo', 'Jasmine', 'Rodrigo', 'Marites', 'Benjamin',"\
	" 'Cristina', 'Eduardo', 'Ligaya', 'Dalisay', 'Bayani', 'Andrés', 'Teresita', 'Gabriel', 'Patricia',"\
	" 'Noel', 'Rowena', 'Emmanuel', 'Joy', 'Michael', 'Grace', 'Ricardo', 'Isabel', 'Nenita', 'Efren',"\
	" 'Erlinda', 'Dolores', 'Sofía', 'Rafael', 'Luz', 'Mariel', 'John Paul'"
#define DEMO_GIVEN_MY "'Ahmad', 'Siti', 'Nur', 'Muhammad', 'Aisyah', 'Farah', 'Hafiz', 'Zulkifli', 'Nurul',"\
	" 'Azman', 'Faridah', 'Ismail', 'Hidayah', 'Amirah', 'Hakim', 'Wei Ling', 'Mei Ling', 'Kok Wai',"\
	" 'Siew Mei', 'Jia Hui', 'Kumar', 'Priya', 'Devi', 'Rajesh', 'Lakshmi', 'Daniel', 'Sarah', 'Adam',"\
	" 'Aina', 'Marina'"
/* Family names in sort order, Filipino ones twice (weight), with their country in DEMO_REGION:
 * P Philippines, M Malaysia, B both (Tan, Lim). A batch takes them in this order (see
 * SQL_DEMO_CLIENTS). */
#define DEMO_FAMILIES "'Abdullah', 'Aguilar', 'Aguilar', 'Aquino', 'Aquino', 'Aziz', 'Bautista', 'Bautista',"\
	" 'Brown', 'Brown', 'Castillo', 'Castillo', 'Chong', 'Clarke', 'Cruz', 'Cruz', 'De los Santos',"\
	" 'De los Santos', 'Dela Cruz', 'Dela Cruz', 'Dimaculangan', 'Dimaculangan', 'Domingo', 'Domingo',"\
	" 'Evangelista', 'Evangelista', 'Fernández', 'Fernández', 'Flores', 'Flores', 'Galang', 'Galang',"\
	" 'García', 'García', 'Goh', 'Gonzales', 'Gonzales', 'Hamid', 'Hassan', 'Ibrahim', 'Ismail', 'Jones',"\
	" 'Krishnan', 'Lacson', 'Lacson', 'Lee', 'Lim', 'Lim', 'Lopez', 'Lopez', 'Macaraeg', 'Macaraeg',"\
	" 'Manalo', 'Manalo', 'Marquez', 'Marquez', 'Mendoza', 'Mendoza', 'Mercado', 'Mercado', 'Mohd Noor',"\
	" 'Muthu', 'Nair', 'Navarro', 'Navarro', 'Ng', 'Ocampo', 'Ocampo', 'Ong', 'Osman', 'Othman',"\
	" 'Panganiban', 'Panganiban', 'Pascual', 'Pascual', 'Peñaflor', 'Peñaflor', 'Pillai', 'Quiñones',"\
	" 'Quiñones', 'Rahman', 'Rajendran', 'Ramos', 'Ramos', 'Reyes', 'Reyes', 'Rivera', 'Rivera', 'Salazar',"\
	" 'Salazar', 'Santiago', 'Santiago', 'Santos', 'Santos', 'Smith', 'Smith', 'Soriano', 'Soriano',"\
	" 'Subramaniam', 'Sy', 'Sy', 'Tan', 'Tan', 'Taylor', 'Teoh', 'Tolentino', 'Tolentino', 'Torres',"\
	" 'Torres', 'Villanueva', 'Villanueva', 'Walker', 'Walker', 'Williams', 'Wong', 'Yusof'"
#define DEMO_FAMILY_SLOTS "116"
#define DEMO_REGION "'MPPPPMPPPPPPMMPPPPPPPPPPPPPPPPPPPPMPPMMMMMMPPMBBPPPPPPPPPPPPMMMPPMPPMMMPPPPPPMPPMMPPPPPPPPPPPPPPPPMPPBBMMPPPPPPPPMMM'"
/* Cities with their postal codes (parallel lists; the big cities appear twice). */
#define DEMO_CITY_PH "'Manila', 'Quezon City', 'Manila', 'Quezon City', 'Makati', 'Pasig', 'Taguig',"\
	" 'Cebu City', 'Davao City', 'Iloilo City', 'Baguio', 'Cagayan de Oro'"
#define DEMO_POSTAL_PH "'1000', '1100', '1008', '1105', '1200', '1600', '1630', '6000', '8000', '5000',"\
	" '2600', '9000'"
#define DEMO_CITY_MY "'Kuala Lumpur', 'Kuala Lumpur', 'Penang', 'Johor Bahru', 'Ipoh', 'Shah Alam',"\
	" 'Petaling Jaya', 'Kota Kinabalu', 'Kuching', 'Melaka'"
#define DEMO_POSTAL_MY "'50000', '50450', '10000', '80000', '30000', '40000', '46000', '88000', '93000',"\
	" '75000'"
#define DEMO_STREET_PH "'Rizal Street', 'Mabini Street', 'Bonifacio Avenue', 'Quezon Avenue', 'Aguinaldo Street',"\
	" 'Luna Street', 'Burgos Street', 'Del Pilar Street', 'Roxas Boulevard', 'Osmeña Street'"
#define DEMO_STREET_MY "'Jalan Ampang', 'Jalan Tun Razak', 'Jalan Bukit Bintang', 'Jalan Sultan Ismail',"\
	" 'Lorong Maarof', 'Jalan Gasing', 'Jalan Masjid India', 'Persiaran Gurney'"
/* Company names: "<Family> <suffix>". */
#define DEMO_COMPANY_PH "'Trading', 'Food Corp.', 'Enterprises', 'Hardware', 'Construction Inc.', 'Marketing',"\
	" 'Motors', 'Pharmacy', 'Bakeshop', 'Holdings Inc.'"
#define DEMO_COMPANY_MY "'Trading', 'Sdn. Bhd.', 'Enterprise', 'Hardware Sdn. Bhd.', 'Food Industries', 'Motor',"\
	" 'Farmasi', 'Holdings Berhad', 'Bakery', 'Logistics'"
/* Phone digits: x = (id * a + b) mod p, then x^3 mod p, with p a prime of 7 (8) digits where
 * p - 1 is not a multiple of 3: one-to-one for ids below p (so every number is different), and
 * neighbours look unrelated. */
#define DEMO_PHONE7 "LPAD((((c.id * 4194301 + 3141592) % 9999971) * ((c.id * 4194301 + 3141592) % 9999971) % 9999971)"\
	" * ((c.id * 4194301 + 3141592) % 9999971) % 9999971, 7, '0')"
#define DEMO_PHONE7B "LPAD((((c.id * 7654321 + 1234567) % 9999971) * ((c.id * 7654321 + 1234567) % 9999971) % 9999971)"\
	" * ((c.id * 7654321 + 1234567) % 9999971) % 9999971, 7, '0')"
#define DEMO_PHONE8 "LPAD((((c.id * 15485867 + 2718281) % 99999989) * ((c.id * 15485867 + 2718281) % 99999989) % 99999989)"\
	" * ((c.id * 15485867 + 2718281) % 99999989) % 99999989, 8, '0')"
/* An ASCII, lower-case, space-free form of a name for e-mail addresses. */
#define DEMO_MAIL_LOCAL_BEGIN "LOWER(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE("
#define DEMO_MAIL_LOCAL_END ", ' ', ''), 'á', 'a'), 'é', 'e'), 'í', 'i'), 'ó', 'o'), 'ú', 'u'), 'ñ', 'n'))"

DB_STMT(SQL_DEMO_SEGMENTS,
	"INSERT IGNORE INTO segments (name) VALUES ('Retail'), ('Wholesale'), ('VIP'), ('Corporate'), ('Online')");
/* For the bulk only, in this session: the rows refer only to rows that exist (staff, segments, the
 * batch's clients), so the foreign key lookups and the shared locks they take are skipped; READ
 * COMMITTED reads the batch's clients back without locking them. */
DB_STMT(SQL_DEMO_BULK_BEGIN, "SET SESSION foreign_key_checks = 0, SESSION tx_isolation = 'READ-COMMITTED'");
DB_STMT(SQL_DEMO_BULK_END, "SET SESSION foreign_key_checks = 1, SESSION tx_isolation = 'REPEATABLE-READ'");
DB_STMT(SQL_DEMO_CLIENT_BASE, "SELECT COALESCE(MAX(id), 0) FROM clients");
DB_STMT(SQL_DEMO_ACTIVE_STAFF, "SELECT COUNT(*) FROM staff WHERE active = 1");
/* Whether a client of the batch lives in the Philippines (else Malaysia): by the family name. */
#define DEMO_IS_PH "(x.reg = 'P' OR (x.reg = 'B' AND x.h1 % 2 = 0))"
/* A batch of clients: ids first..last. The family name goes with the position in the batch, in
 * alphabetical order (DEMO_FAMILIES), everything else with checksums of the id. So a batch comes
 * in roughly in name order, and the name indexes (sort_name and family name; later client_list
 * and client_search) take it at a few places that move forward instead of at
 * random ones, which keeps loading fast once the tables outgrow the buffer pool. (Within a batch
 * the ids follow the family names; across batches they do not.)
 * Arguments: first id - 1, count, count, number of active staff. */
DB_STMT(SQL_DEMO_CLIENTS,
	"INSERT INTO clients (id, kind, given_name, family_name, company_name, sort_name, birthday,"
	"  name_day_month, name_day_day, segment_id, source_channel, preferred_channel, status, manager_id,"
	"  street, city, postal_code, country, last_contact_at, created_at, updated_at)"
	" SELECT d.id, IF(d.co, 'company', 'person'),"
	"  IF(d.co, '', d.given), IF(d.co, '', d.family), IF(d.co, CONCAT(d.family, ' ', d.suffix), ''),"
	"  IF(d.co, CONCAT(d.family, ' ', d.suffix), CONCAT(d.family, ' ', d.given)),"
	"  IF(d.co OR (d.h2 DIV 100) % 12 = 0, NULL, DATE '1950-01-01' + INTERVAL ((d.h3 DIV 100000) % 20454) DAY),"
	"  IF(d.co OR (d.h2 DIV 1000) % 10 >= 3, NULL, 1 + (d.gi * 5) % 12),"
	"  IF(d.co OR (d.h2 DIV 1000) % 10 >= 3, NULL, 1 + (d.gi * 11) % 28),"
	"  g.id,"
	"  ELT(1 + (d.h3 DIV 7) % 12, 'walk_in', 'phone', 'web', 'referral', 'walk_in', 'email', 'leaflet',"
	"      'event', 'social', 'phone', 'web', 'other'),"
	"  ELT(1 + (d.h1 DIV 7) % 8, 'phone', 'sms', 'email', 'phone', 'visit', 'sms', 'post', NULL),"
	"  ELT(1 + (d.h2 DIV 100000) % 20, 'active', 'active', 'active', 'active', 'active', 'active', 'active',"
	"      'active', 'active', 'active', 'active', 'active', 'active', 'active', 'prospect', 'prospect',"
	"      'prospect', 'dormant', 'dormant', 'lost'),"
	"  m.id,"
	"  CONCAT(1 + (d.h3 DIV 11) % 250, ' ', IF(d.ph, ELT(1 + (d.h1 DIV 13) % 10, " DEMO_STREET_PH "),"
	"      ELT(1 + (d.h1 DIV 13) % 8, " DEMO_STREET_MY "))),"
	"  IF(d.ph, ELT(1 + d.ci % 12, " DEMO_CITY_PH "), ELT(1 + d.ci % 10, " DEMO_CITY_MY ")),"
	"  IF(d.ph, ELT(1 + d.ci % 12, " DEMO_POSTAL_PH "), ELT(1 + d.ci % 10, " DEMO_POSTAL_MY ")),"
	"  IF(d.ph, 'PH', 'MY'),"
	"  IF((d.h3 DIV 10) % 10 = 0, NULL,"
	"     NOW() - INTERVAL (d.h2 % (1 + LEAST(1051200, d.cm))) MINUTE - INTERVAL d.id % 60 SECOND),"
	"  NOW() - INTERVAL d.cm MINUTE - INTERVAL d.id % 60 SECOND,"
	"  NOW() - INTERVAL (d.cm * ((d.h3 DIV 13) % 100) DIV 100) MINUTE"
	" FROM (SELECT x.id, x.h1, x.h2, x.h3, " DEMO_IS_PH " AS ph, x.h2 % 10 = 0 AS co,"
	"   IF(" DEMO_IS_PH ", (x.h1 DIV 10) % 44, 44 + (x.h1 DIV 10) % 30) AS gi,"
	"   IF(" DEMO_IS_PH ", ELT(1 + (x.h1 DIV 10) % 44, " DEMO_GIVEN_PH "),"
	"      ELT(1 + (x.h1 DIV 10) % 30, " DEMO_GIVEN_MY ")) AS given,"
	"   ELT(x.fr, " DEMO_FAMILIES ") AS family,"
	"   IF(" DEMO_IS_PH ", ELT(1 + (x.h2 DIV 10) % 10, " DEMO_COMPANY_PH "),"
	"      ELT(1 + (x.h2 DIV 10) % 10, " DEMO_COMPANY_MY ")) AS suffix,"
	"   (x.h3 DIV 1000) % 60 AS ci, (x.h1 DIV 1000) % 2628000 AS cm"
	"  FROM (SELECT c.id, c.fr, " DEMO_H1 " AS h1, " DEMO_H2 " AS h2, " DEMO_H3 " AS h3,"
	"    SUBSTRING(" DEMO_REGION ", c.fr, 1) AS reg"
	"   FROM (SELECT ? + seq AS id, 1 + (seq - 1) * " DEMO_FAMILY_SLOTS " DIV ? AS fr"
	"    FROM seq_1_to_100000 WHERE seq <= ?) c) x) d"
	" LEFT JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k FROM segments"
	"  WHERE name IN ('Retail', 'Wholesale', 'VIP', 'Corporate', 'Online')) g ON g.k = (d.h2 DIV 10000) % 6"
	" LEFT JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k FROM staff WHERE active = 1) m"
	"  ON m.k = d.id % ?");
/* The statements below read the batch's clients back: arguments first id, last id. */
/* A mobile for everyone (its 7 digits: DEMO_PHONE7, one number per client). */
DB_STMT(SQL_DEMO_PHONES,
	"INSERT INTO client_phones (client_id, kind, number, normalized)"
	" SELECT c.id, 'mobile',"
	"  IF(c.country = 'PH', CONCAT('+63 ', c.pre, ' ', LEFT(c.s, 3), ' ', RIGHT(c.s, 4)),"
	"     CONCAT('+60 ', c.pre, '-', LEFT(c.s, 3), ' ', RIGHT(c.s, 4))),"
	"  CONCAT(IF(c.country = 'PH', '63', '60'), c.pre, c.s)"
	" FROM (SELECT c.id, c.country, " DEMO_PHONE7 " AS s,"
	"   IF(c.country = 'PH', ELT(1 + " DEMO_H2 " % 12, '917', '918', '919', '920', '921', '927', '928',"
	"      '939', '945', '956', '966', '977'), ELT(1 + " DEMO_H2 " % 6, '12', '13', '16', '17', '19', '14')) AS pre"
	"  FROM clients c WHERE c.id BETWEEN ? AND ?) c");
/* A landline for one in ten: Metro Manila (02) 8xxx xxxx, Klang Valley (03) xxxx xxxx. */
DB_STMT(SQL_DEMO_PHONES2,
	"INSERT INTO client_phones (client_id, kind, number, normalized)"
	" SELECT c.id, IF(c.kind = 'company', 'work', 'home'),"
	"  IF(c.country = 'PH', CONCAT('+63 2 8', LEFT(c.s, 3), ' ', RIGHT(c.s, 4)),"
	"     CONCAT('+60 3-', LEFT(c.s, 4), ' ', RIGHT(c.s, 4))),"
	"  IF(c.country = 'PH', CONCAT('6328', c.s), CONCAT('603', c.s))"
	" FROM (SELECT c.id, c.kind, c.country, IF(c.country = 'PH', " DEMO_PHONE7B ", " DEMO_PHONE8 ") AS s"
	"  FROM clients c WHERE c.id BETWEEN ? AND ? AND " DEMO_H3 " % 10 = 3) c");
/* An e-mail for four in five: given.family.id@ for people, sales.id@ for companies. */
DB_STMT(SQL_DEMO_EMAILS,
	"INSERT INTO client_emails (client_id, email, normalized)"
	" SELECT c.id, c.e, LOWER(c.e)"
	" FROM (SELECT c.id, CONCAT(IF(c.kind = 'company', 'sales',"
	"     CONCAT(" DEMO_MAIL_LOCAL_BEGIN "c.given_name" DEMO_MAIL_LOCAL_END ", '.',"
	"            " DEMO_MAIL_LOCAL_BEGIN "c.family_name" DEMO_MAIL_LOCAL_END ")),"
	"   '.', c.id, '@', ELT(1 + " DEMO_H3 " % 4, 'example.com', 'example.net', 'example.org', 'example.com')) AS e"
	"  FROM clients c WHERE c.id BETWEEN ? AND ? AND (" DEMO_H1 " DIV 100) % 5 <> 0) c");
/* The batch's rows of the client list (client_index.h; words as below); after the phones and e-mails. */
DB_STMT(SQL_DEMO_LIST,
	"INSERT INTO client_list (" CLIENT_LIST_COLUMNS ") SELECT " CLIENT_LIST_VALUES ","
	"  CONCAT(' ', LOWER(REPLACE(CONCAT_WS(' ', NULLIF(c.given_name, ''), NULLIF(c.family_name, ''),"
	"   NULLIF(c.company_name, '')), '.', '')))"
	" FROM clients c WHERE c.id BETWEEN ? AND ?");
/* The name search's keys (client_index.c makes the same for one client): the words of the names,
 * lower-case, in a table of this connection (the names' words are separated by single spaces; dots
 * ("Food Corp.", "Sdn. Bhd.") are dropped, as the C splitter does), then each word's first three
 * letters, and each pair's in byte order. */
DB_STMT(SQL_DEMO_WORDS_TABLE,
	"CREATE TEMPORARY TABLE IF NOT EXISTS demo_words (client_id INT UNSIGNED NOT NULL,"
	" sort_name VARCHAR(200) NOT NULL, word VARCHAR(60) NOT NULL, PRIMARY KEY (client_id, word))"
	" ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
DB_STMT(SQL_DEMO_WORDS_CLEAR, "DELETE FROM demo_words WHERE client_id NOT BETWEEN ? AND ?");
DB_STMT(SQL_DEMO_WORDS,
	"INSERT IGNORE INTO demo_words (client_id, sort_name, word)"
	" SELECT c.id, c.sort_name, LOWER(SUBSTRING_INDEX(SUBSTRING_INDEX(c.n, ' ', k.seq), ' ', -1))"
	" FROM (SELECT id, sort_name, REPLACE(CONCAT_WS(' ', NULLIF(given_name, ''), NULLIF(family_name, ''),"
	"   NULLIF(company_name, '')), '.', '') AS n FROM clients WHERE id BETWEEN ? AND ?) c"
	" JOIN seq_1_to_8 k ON k.seq <= 1 + LENGTH(c.n) - LENGTH(REPLACE(c.n, ' ', ''))");
DB_STMT(SQL_DEMO_KEYS,
	"INSERT IGNORE INTO client_search (k, sort_name, client_id)"
	" SELECT LEFT(w.word, 3), w.sort_name, w.client_id FROM demo_words w"
	" WHERE w.client_id BETWEEN ? AND ? AND CHAR_LENGTH(w.word) >= 3");
DB_STMT(SQL_DEMO_PAIR_KEYS,
	"INSERT IGNORE INTO client_search (k, sort_name, client_id)"
	" SELECT IF(CAST(LEFT(a.word, 3) AS BINARY) <= CAST(LEFT(b.word, 3) AS BINARY),"
	"   CONCAT(LEFT(a.word, 3), ' ', LEFT(b.word, 3)), CONCAT(LEFT(b.word, 3), ' ', LEFT(a.word, 3))),"
	"  a.sort_name, a.client_id"
	" FROM demo_words a JOIN demo_words b ON b.client_id = a.client_id"
	"  AND CAST(a.word AS BINARY) < CAST(b.word AS BINARY) AND CHAR_LENGTH(b.word) >= 3"
	" WHERE a.client_id BETWEEN ? AND ? AND CHAR_LENGTH(a.word) >= 3");
/* Tags for one in five, a second tag for one in 25. */
DB_STMT(SQL_DEMO_TAGS,
	"INSERT IGNORE INTO client_tags (client_id, tag)"
	" SELECT c.id, IF(c.kind = 'company' AND k.seq = 1, ELT(1 + c.h1 % 3, 'wholesale', 'key-account', 'newsletter'),"
	"   ELT(1 + (c.h1 DIV 5 + k.seq * 3) % 8, 'newsletter', 'wholesale', 'key-account', 'vip', 'late-payer',"
	"       'referral', 'event-2025', 'loyalty'))"
	" FROM (SELECT c.id, c.kind, " DEMO_H1 " AS h1, " DEMO_H3 " AS h3 FROM clients c WHERE c.id BETWEEN ? AND ?) c"
	" JOIN seq_1_to_2 k ON (k.seq = 1 AND c.h3 % 5 = 0) OR (k.seq = 2 AND c.h3 % 25 = 0)");
/* Consent to SMS for half of the clients, to e-mail as well for a fifth (when they have one). */
DB_STMT(SQL_DEMO_CONSENTS,
	"INSERT IGNORE INTO client_consents (client_id, channel, granted, changed_on)"
	" SELECT c.id, ELT(k.seq, 'sms', 'email'), 1,"
	"  LEAST(CURDATE(), DATE(c.created_at) + INTERVAL (c.h2 % 30) DAY)"
	" FROM (SELECT c.id, c.created_at, " DEMO_H2 " AS h2, " DEMO_H3 " AS h3, EXISTS (SELECT 1 FROM client_emails e"
	"   WHERE e.client_id = c.id) AS has_email FROM clients c WHERE c.id BETWEEN ? AND ?) c"
	" JOIN seq_1_to_2 k ON (k.seq = 1 AND (c.h3 DIV 3) % 4 < 2)"
	"  OR (k.seq = 2 AND (c.h3 DIV 3) % 4 = 0 AND c.has_email)");
/* One to three interactions (2.2 on average) for every client with a last contact, the latest at
 * last_contact_at, by the client's manager; one in seven asks for a follow-up. */
DB_STMT(SQL_DEMO_INTERACTIONS,
	"INSERT INTO interactions (client_id, staff_id, channel, direction, at, summary, outcome, follow_up,"
	"  follow_up_done, created_at)"
	" SELECT i.client_id, i.staff_id, i.channel, i.direction, i.at, i.summary, i.outcome,"
	"  IF(i.fu, DATE(i.at) + INTERVAL (3 + i.client_id % 12) DAY, NULL),"
	"  i.fu AND DATE(i.at) + INTERVAL (3 + i.client_id % 12) DAY < CURDATE() AND i.client_id % 3 <> 0,"
	"  i.at"
	" FROM (SELECT c.id AS client_id, c.manager_id AS staff_id,"
	"   ELT(1 + (c.id + k.seq) % 8, 'phone', 'phone', 'email', 'sms', 'visit', 'web', 'phone', 'email') AS channel,"
	"   ELT(1 + (c.id * 3 + k.seq) % 3, 'in', 'out', 'in') AS direction,"
	"   GREATEST(c.created_at, NOW() - INTERVAL 730 DAY,"
	"     c.last_contact_at - INTERVAL ((k.seq - 1) * (20 + c.id % 97)) DAY"
	"     - INTERVAL ((k.seq - 1) * (c.id % 600)) MINUTE) AS at,"
	"   ELT(1 + (c.id * 7 + k.seq * 3) % 12, 'Asked about prices for a bulk order', 'Called about a late delivery',"
	"     'Requested a quotation', 'Follow-up on the last purchase', 'Complained about a damaged item',"
	"     'Asked for the new catalogue', 'Wants to change the delivery address', 'Thanked us for the quick service',"
	"     'Interested in the loyalty programme', 'Payment reminder', 'Visited the shop',"
	"     'Booked a product demonstration') AS summary,"
	"   ELT(1 + (c.id + k.seq * 5) % 6, '', '', 'Sent the price list', 'Promised a call back',"
	"     'Resolved on the call', 'Passed to the warehouse') AS outcome,"
	"   (c.id + k.seq) % 7 = 0 AS fu"
	"  FROM (SELECT c.id, c.manager_id, c.created_at, c.last_contact_at, " DEMO_H3 " AS h3 FROM clients c"
	"   WHERE c.id BETWEEN ? AND ? AND c.last_contact_at IS NOT NULL) c"
	"  JOIN seq_1_to_3 k ON k.seq <= 1 + ((c.h3 DIV 100) % 5 >= 1) + ((c.h3 DIV 100) % 5 >= 3)) i");

static const struct {
	const char *username, *name, *role, *lang;
} demo_users[] = {
	{ "demo.admin", "Dana Admin", "admin", "en" },
	{ "demo.manager", "Miguel Manager", "manager", "fil" },
	{ "demo.agent", "Aisyah Agent", "agent", "ms" },
};

/* A readable random password of 16 characters. */
static void random_password(char out[17])
{
	static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY34679";
	for (int i = 0; i < 16; i++)
		out[i] = alphabet[randombytes_uniform(sizeof(alphabet) - 1)];
	out[16] = '\0';
}

/* The rows that hang off a batch of clients, in two groups that run side by side on their own
 * connections; within a group, in this order (the first phone is the mobile; consents look at
 * the e-mails). */
#define DEMO_GROUPS 2
static const struct {
	const struct db_stmt_def *def;
	int group;
	int count;   /* index into demo_run.counts */
} demo_children[] = {
	{ &SQL_DEMO_PHONES, 0, 0 }, { &SQL_DEMO_PHONES2, 0, 0 }, { &SQL_DEMO_EMAILS, 0, 1 },
	{ &SQL_DEMO_CONSENTS, 0, 4 }, { &SQL_DEMO_LIST, 0, 6 },
	{ &SQL_DEMO_WORDS_CLEAR, 1, 7 }, { &SQL_DEMO_WORDS, 1, 7 }, { &SQL_DEMO_KEYS, 1, 2 },
	{ &SQL_DEMO_PAIR_KEYS, 1, 2 }, { &SQL_DEMO_TAGS, 1, 3 }, { &SQL_DEMO_INTERACTIONS, 1, 5 },
};

/* Three connections work on the batches at the same time: this thread inserts the clients of
 * batch k + 1 while two others insert the phones, e-mails, words, ... of batch k. (One connection
 * cannot go faster, and neither can two that insert into the same table: MariaDB holds a table's
 * AUTO-INC lock for a whole INSERT ... SELECT, so they take turns; into different tables they use
 * every cpu.) */
struct demo_run {
	const struct config *cfg;
	long long base;
	long n;
	double t0;
	struct demo_pipe pipe;       /* the batches of clients; its mutex also guards the fields below */
	long done[DEMO_GROUPS];      /* each group's rows of the first done[g] clients are committed */
	long reported;               /* progress printed up to here */
	unsigned long long counts[8];   /* [7]: words, not reported */
};

struct demo_worker {
	struct demo_run *run;
	int group;
};

static enum db_status demo_children_of(struct db *db, struct demo_run *r, int group, long done, long count,
				       unsigned long long *counts)
{
	long long first = r->base + done + 1, last = r->base + done + count;
	enum db_status st = db_begin(db);
	for (size_t i = 0; st == DB_OK && i < sizeof(demo_children) / sizeof(demo_children[0]); i++) {
		if (demo_children[i].group != group)
			continue;
		unsigned long long rows = 0;
		st = db_exec(db, demo_children[i].def, DB_ARGS(DB_INT(first), DB_INT(last)), &rows, NULL);
		counts[demo_children[i].count] += rows;
	}
	if (st == DB_OK)
		st = db_commit(db);
	else
		db_rollback(db);
	return st;
}

static void *demo_children_thread(void *arg)
{
	struct demo_worker *w = arg;
	struct demo_run *r = w->run;
	unsigned long long counts[8] = { 0 };
	struct db *db = db_open(r->cfg);
	enum db_status st = db_ready(db);
	if (st == DB_OK)
		st = db_exec(db, &SQL_DEMO_BULK_BEGIN, DB_NOARGS, NULL, NULL);
	if (st == DB_OK)
		st = db_exec(db, &SQL_DEMO_WORDS_TABLE, DB_NOARGS, NULL, NULL);
	for (long done = 0; st == DB_OK && done < r->n; done += DEMO_BATCH) {
		long count = r->n - done < DEMO_BATCH ? r->n - done : DEMO_BATCH;
		if (!demo_pipe_wait(&r->pipe, done + count))
			break;   /* another thread failed: it reports why */
		st = demo_children_of(db, r, w->group, done, count, counts);
		if (st != DB_OK)
			break;
		pthread_mutex_lock(&r->pipe.mu);
		r->done[w->group] = done + count;
		long all = r->n;
		for (int g = 0; g < DEMO_GROUPS; g++)
			if (r->done[g] < all)
				all = r->done[g];
		if (all > r->reported) {
			r->reported = all;
			fprintf(stderr, "demo-data: %ld of %ld clients (%.1f s)\n", all, r->n, demo_now() - r->t0);
		}
		pthread_mutex_unlock(&r->pipe.mu);
	}
	if (st != DB_OK)
		demo_pipe_fail(&r->pipe, db_last_error(db));
	pthread_mutex_lock(&r->pipe.mu);
	for (int i = 0; i < 8; i++)
		r->counts[i] += counts[i];
	pthread_mutex_unlock(&r->pipe.mu);
	db_close(db);
	return NULL;
}

/* Adds n clients and their rows in batches of DEMO_BATCH: a batch's clients are one transaction,
 * each group of their rows another. On failure the batches before stay. */
static enum db_status demo_clients(const struct config *cfg, struct db *db, long n, int *reported)
{
	struct demo_run r = { .cfg = cfg, .n = n, .t0 = demo_now() };
	struct demo_worker workers[DEMO_GROUPS];
	pthread_t tids[DEMO_GROUPS];
	int started = 0;
	long long staff = 0;
	unsigned long long clients = 0;
	enum db_status st = db_exec(db, &SQL_DEMO_SEGMENTS, DB_NOARGS, NULL, NULL);
	if (st == DB_OK)
		st = db_query(db, &SQL_DEMO_CLIENT_BASE, DB_NOARGS, demo_number_row, &r.base);
	if (st == DB_OK)
		st = db_query(db, &SQL_DEMO_ACTIVE_STAFF, DB_NOARGS, demo_number_row, &staff);
	if (st == DB_OK && staff < 1)
		staff = 1;   /* no active staff: manager_id stays NULL */
	if (st == DB_OK)
		st = db_exec(db, &SQL_DEMO_BULK_BEGIN, DB_NOARGS, NULL, NULL);
	if (st != DB_OK)
		return st;
	demo_pipe_init(&r.pipe);
	for (; started < DEMO_GROUPS; started++) {
		workers[started] = (struct demo_worker){ &r, started };
		if (pthread_create(&tids[started], NULL, demo_children_thread, &workers[started]) != 0) {
			demo_pipe_fail(&r.pipe, "cannot start a thread");
			break;
		}
	}
	for (long done = 0; st == DB_OK && done < n && !demo_pipe_failed(&r.pipe); done += DEMO_BATCH) {
		long count = n - done < DEMO_BATCH ? n - done : DEMO_BATCH;
		unsigned long long rows = 0;
		st = demo_exec_tx(db, &SQL_DEMO_CLIENTS, DB_ARGS(DB_INT(r.base + done), DB_INT(count), DB_INT(count),
				  DB_INT(staff)), &rows);
		clients += rows;
		if (st == DB_OK)
			demo_pipe_ready(&r.pipe, done + count);
	}
	demo_pipe_finish(&r.pipe);
	for (int i = 0; i < started; i++)
		pthread_join(tids[i], NULL);
	demo_pipe_destroy(&r.pipe);
	if (st == DB_OK && r.pipe.failed) {
		fprintf(stderr, "crmctl: demo-data: %s\n", r.pipe.error);
		*reported = 1;
		return DB_ERROR;
	}
	if (st == DB_OK)
		st = db_exec(db, &SQL_DEMO_BULK_END, DB_NOARGS, NULL, NULL);
	if (st == DB_OK)
		fprintf(stderr, "demo-data: %llu clients, %llu phones, %llu e-mails, %llu list rows, %llu search keys,"
			" %llu tags, %llu consents, %llu interactions in %.1f s\n", clients, r.counts[0], r.counts[1],
			r.counts[6], r.counts[2], r.counts[3], r.counts[4], r.counts[5], demo_now() - r.t0);
	return st;
}

int crmctl_demo(const struct config *cfg, int argc, char **argv)
{
	char used[64] = { 0 };
	if (argc > 64)
		return 2;
	const char *logins = crmctl_opt(argc, argv, "--logins", used);
	const char *staff_n = crmctl_opt(argc, argv, "--staff", used);
	const char *audit_n = crmctl_opt(argc, argv, "--audit", used);
	const char *clients_n = crmctl_opt(argc, argv, "--clients", used);
	const char *products_n = crmctl_opt(argc, argv, "--products", used);
	const char *lines_n = crmctl_opt(argc, argv, "--purchase-lines", used);
	const char *cases_n = crmctl_opt(argc, argv, "--cases", used);
	if (crmctl_all_used(argc, argv, used) < 0)
		return 2;
	char *end;
	long n_staff = staff_n ? strtol(staff_n, &end, 10) : 0;
	int bad = staff_n && (*end || end == staff_n);
	long n_audit = audit_n ? strtol(audit_n, &end, 10) : 0;
	bad |= audit_n && (*end || end == audit_n);
	long n_clients = clients_n ? strtol(clients_n, &end, 10) : 0;
	bad |= clients_n && (*end || end == clients_n);
	long n_products = products_n ? strtol(products_n, &end, 10) : -1;   /* -1: 500 when there are none */
	bad |= products_n && (*end || end == products_n || n_products < 0);
	long n_lines = lines_n ? strtol(lines_n, &end, 10) : 0;
	bad |= lines_n && (*end || end == lines_n);
	long n_cases = cases_n ? strtol(cases_n, &end, 10) : 0;
	bad |= cases_n && (*end || end == cases_n);
	if (bad || n_staff < 0 || n_staff > 10000 || n_audit < 0 || n_audit > 100000000 || n_clients < 0 ||
	    n_clients > 10000000 || n_products > 100000 || n_lines < 0 || n_lines > 100000000 || n_cases < 0 ||
	    n_cases > 10000000) {
		fprintf(stderr, "crmctl: --staff 0..10000, --audit 0..100000000, --clients 0..10000000,"
			" --products 0..100000, --purchase-lines 0..100000000, --cases 0..10000000\n");
		return 2;
	}
	/* The logins file appears only when everything succeeded (scripts/dev reuses it when present). */
	char tmp[1024];
	snprintf(tmp, sizeof(tmp), "%s.tmp", logins ? logins : "");
	FILE *out = logins ? fopen(tmp, "w") : stdout;
	if (out == NULL) {
		perror(tmp);
		return 1;
	}
	struct db *db = db_open(cfg);
	enum db_status st = db_ready(db);
	for (size_t i = 0; st == DB_OK && i < sizeof(demo_users) / sizeof(demo_users[0]); i++) {
		char pw[17], hash[crypto_pwhash_STRBYTES];
		random_password(pw);
		if (password_hash(pw, strlen(pw), hash) < 0) {
			st = DB_ERROR;
			break;
		}
		st = db_staff_insert(db, demo_users[i].username, demo_users[i].name, demo_users[i].role,
				     demo_users[i].lang, hash, NULL);
		if (st == DB_DUPLICATE)
			st = db_exec(db, &SQL_DEMO_STAFF_PASSWORD,
				     DB_ARGS(DB_STR(hash), DB_STR(demo_users[i].username)), NULL, NULL);
		if (st == DB_OK)
			fprintf(out, "%s %s %s\n", demo_users[i].username, pw, demo_users[i].role);
	}
	if (st == DB_OK && n_staff > 0) {
		char pw[17], hash[crypto_pwhash_STRBYTES];
		random_password(pw);   /* nobody learns it: these accounts fill lists, they do not sign in */
		if (password_hash(pw, strlen(pw), hash) < 0)
			st = DB_ERROR;
		else
			st = db_exec(db, &SQL_DEMO_STAFF_BULK, DB_ARGS(DB_STR(hash), DB_INT(n_staff)), NULL, NULL);
	}
	unsigned long long rows = 0;
	if (st == DB_OK && n_audit > 0)
		st = db_exec(db, &SQL_DEMO_AUDIT_BULK, DB_ARGS(DB_INT(n_audit)), &rows, NULL);
	int reported = 0;   /* demo_clients printed the error of its second connection */
	if (st == DB_OK && n_clients > 0)
		st = demo_clients(cfg, db, n_clients, &reported);
	if (st == DB_OK && (n_products > 0 || (n_products < 0 && n_lines > 0)))
		st = demo_products(db, n_products);
	if (st == DB_OK && n_lines > 0 && !reported)
		st = demo_sales(cfg, db, n_lines, &reported);
	if (st == DB_OK && n_cases > 0 && !reported)
		st = demo_cases(db, n_cases);
	if (logins && (fclose(out) != 0 || (st == DB_OK && rename(tmp, logins) != 0))) {
		perror(logins);
		st = DB_ERROR;
	}
	if (st != DB_OK) {
		if (logins)
			unlink(tmp);
		if (!reported)
			fprintf(stderr, "crmctl: demo-data: %s\n", db_last_error(db));
		db_close(db);
		return 1;
	}
	if (n_audit > 0)
		fprintf(stderr, "demo-data: %llu audit rows\n", rows);
	db_close(db);
	return 0;
}
