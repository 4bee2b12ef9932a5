/* crmctl_demo_cases.c: `crmctl demo-data --cases N`: complaints, claims, suggestions, comments and praise
 * over the last three years in batches, with states, SLA clocks, assignees, clients and ratings.
 *
 * The clocks are computed here, by the program's own arithmetic (case_clock.h on the company's
 * calendar, time zone and targets, as the desk computes them), and sent to the server as JSON,
 * 20,000 cases a statement, into a temporary table; the rest of each case (names, e-mails, texts,
 * category, product, assignee, client) is derived in SQL from checksums of the id when the batch
 * is copied into cases. Nothing is random: the same database state gives the same cases.
 *
 * Case k (0-based) of the n of a run comes in at start + span x (SQRT(1 + 3k/n) - 1) (twice as
 * many a day at the end of the three years as at the start), at any hour. Its first reply and its
 * resolution take business minutes drawn around the targets of its kind and priority (most within
 * them, some late, a few very late) plus, for some, a pause waiting on the customer; a case whose
 * resolution would lie after now is open: new before its first reply, else acknowledged, in
 * progress or waiting (paused at a moment since the reply). Resolved cases are closed some days
 * later (most of them). So the open ones are the last days' cases and the late ones: a few
 * thousand in a million, some past due and some near due. */
#include "crmctl_demo.h"
#include "case_clock.h"
#include "case_policy.h"
#include "zone.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define CASES_BATCH 100000   /* cases a transaction */
#define CASES_CHUNK 20000    /* cases a JSON statement (about 3 MB; max_allowed_packet is 16 MB) */
#define CASES_YEARS 3

enum { K_COMPLAINT = 1, K_CLAIM, K_SUGGESTION, K_COMMENT, K_PRAISE };
enum { P_LOW = 1, P_NORMAL, P_HIGH, P_URGENT };
enum { S_NEW = 1, S_ACK, S_PROGRESS, S_WAITING, S_RESOLVED, S_CLOSED };
#define CASE_KINDS "'complaint', 'claim', 'suggestion', 'comment', 'praise'"
#define CASE_PRIORITIES "'low', 'normal', 'high', 'urgent'"
#define CASE_STATES "'new', 'acknowledged', 'in_progress', 'waiting', 'resolved', 'closed'"

DB_STMT(SQL_DC_BASE, "SELECT COALESCE(MAX(id), 0) FROM cases");
DB_STMT(SQL_DC_POLICIES,
	"SELECT FIELD(kind, " CASE_KINDS "), FIELD(priority, " CASE_PRIORITIES "), first_response_minutes,"
	" resolution_minutes FROM sla_policies");
DB_STMT(SQL_DC_MEMORY, "SET SESSION tmp_table_size = 268435456, max_heap_table_size = 268435456");
/* The clocks of the batch (moments in Unix seconds, 0: none; minutes -1: none). */
DB_STMT(SQL_DC_CLOCK_TABLE,
	"CREATE TEMPORARY TABLE IF NOT EXISTS demo_case_clock (id BIGINT UNSIGNED NOT NULL PRIMARY KEY,"
	" kind TINYINT NOT NULL, priority TINYINT NOT NULL, state TINYINT NOT NULL, created BIGINT NOT NULL,"
	" updated BIGINT NOT NULL, fr_at BIGINT NOT NULL, fr_min INT NOT NULL, res_at BIGINT NOT NULL, res_min INT NOT NULL,"
	" closed_at BIGINT NOT NULL, paused_at BIGINT NOT NULL, paused_min INT NOT NULL, fr_due BIGINT NOT NULL,"
	" res_due BIGINT NOT NULL, next_due BIGINT NOT NULL, next_warn BIGINT NOT NULL, cust_at BIGINT NOT NULL)"
	" ENGINE=MEMORY");
DB_STMT(SQL_DC_CLOCK_CLEAR, "DELETE FROM demo_case_clock");
/* Arguments: the id before the chunk's first, the JSON array of the chunk's rows. */
DB_STMT(SQL_DC_CLOCK_ROWS,
	"INSERT INTO demo_case_clock SELECT ? + j.n, j.kps DIV 100, (j.kps DIV 10) % 10, j.kps % 10, j.c, j.u, j.fa, j.fm,"
	" j.ra, j.rm, j.ca, j.pa, j.pm, j.fd, j.rd, j.nd, j.nw, j.cu"
	" FROM JSON_TABLE(?, '$[*]' COLUMNS (n FOR ORDINALITY, kps INT PATH '$[0]', c BIGINT PATH '$[1]',"
	"  u BIGINT PATH '$[2]', fa BIGINT PATH '$[3]', fm INT PATH '$[4]', ra BIGINT PATH '$[5]', rm INT PATH '$[6]',"
	"  ca BIGINT PATH '$[7]', pa BIGINT PATH '$[8]', pm INT PATH '$[9]', fd BIGINT PATH '$[10]',"
	"  rd BIGINT PATH '$[11]', nd BIGINT PATH '$[12]', nw BIGINT PATH '$[13]', cu BIGINT PATH '$[14]')) j");
/* What the cases are spread over, numbered from 0 (k) for picking by a checksum modulo their count:
 * active staff, active categories, active products, and up to 200,000 clients (every step-th id
 * that was not merged away) with the name, first e-mail and first phone a customer would give. */
DB_STMT(SQL_DC_STAFF,
	"CREATE TEMPORARY TABLE demo_case_staff (k INT UNSIGNED NOT NULL PRIMARY KEY, id INT UNSIGNED NOT NULL) ENGINE=MEMORY"
	" SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS k, id FROM staff WHERE active = 1");
DB_STMT(SQL_DC_CATEGORIES,
	"CREATE TEMPORARY TABLE demo_case_cats (k INT UNSIGNED NOT NULL PRIMARY KEY, id INT UNSIGNED NOT NULL) ENGINE=MEMORY"
	" SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS k, id FROM case_categories WHERE active = 1");
DB_STMT(SQL_DC_PRODUCTS,
	"CREATE TEMPORARY TABLE demo_case_products (k INT UNSIGNED NOT NULL PRIMARY KEY, id INT UNSIGNED NOT NULL) ENGINE=MEMORY"
	" SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS k, id FROM products WHERE active = 1");
DB_STMT(SQL_DC_CLIENT_STEP, "SELECT GREATEST(1, CEIL(COUNT(*) / 200000)) FROM clients WHERE merged_into IS NULL");
DB_STMT(SQL_DC_CLIENTS,
	"CREATE TEMPORARY TABLE demo_case_clients (k INT UNSIGNED NOT NULL PRIMARY KEY, id INT UNSIGNED NOT NULL,"
	" name VARCHAR(200) NOT NULL, email VARCHAR(254) NULL, email_norm VARCHAR(254) NULL, phone VARCHAR(40) NULL,"
	" phone_norm VARCHAR(20) NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci"
	" SELECT ROW_NUMBER() OVER (ORDER BY c.id) - 1 AS k, c.id,"
	"  IF(c.kind = 'company', c.company_name, CONCAT_WS(' ', NULLIF(c.given_name, ''), NULLIF(c.family_name, ''))) AS name,"
	"  (SELECT e.email FROM client_emails e WHERE e.client_id = c.id ORDER BY e.id LIMIT 1) AS email,"
	"  (SELECT e.normalized FROM client_emails e WHERE e.client_id = c.id ORDER BY e.id LIMIT 1) AS email_norm,"
	"  (SELECT p.number FROM client_phones p WHERE p.client_id = c.id ORDER BY p.id LIMIT 1) AS phone,"
	"  (SELECT p.normalized FROM client_phones p WHERE p.client_id = c.id ORDER BY p.id LIMIT 1) AS phone_norm"
	" FROM clients c WHERE c.merged_into IS NULL AND c.id % ? = 0 LIMIT 200000");
DB_STMT(SQL_DC_COUNTS,
	"CREATE TEMPORARY TABLE demo_case_conf (nstaff INT UNSIGNED NOT NULL, ncats INT UNSIGNED NOT NULL,"
	" nproducts INT UNSIGNED NOT NULL, nclients INT UNSIGNED NOT NULL) ENGINE=MEMORY"
	" SELECT (SELECT COUNT(*) FROM demo_case_staff) AS nstaff, (SELECT COUNT(*) FROM demo_case_cats) AS ncats,"
	" (SELECT COUNT(*) FROM demo_case_products) AS nproducts, (SELECT COUNT(*) FROM demo_case_clients) AS nclients");
DB_STMT(SQL_DC_DROP,
	"DROP TEMPORARY TABLE IF EXISTS demo_case_staff, demo_case_cats, demo_case_products, demo_case_clients,"
	" demo_case_conf, demo_case_clock");

/* Customers who are not clients: names, and the texts of each kind (six each, in the order of the
 * kinds), resolutions and rating comments. ASCII names, so that LOWER makes the e-mail address. */
#define DC_GIVEN "'Maria', 'Jose', 'Juan', 'Ana', 'Mark', 'Angelica', 'Jerome', 'Kristine', 'Ramon', 'Lourdes',"\
	" 'Paolo', 'Jasmine', 'Ahmad', 'Siti', 'Nur', 'Muhammad', 'Aisyah', 'Farah', 'Wei Ling', 'Kok Wai', 'Priya',"\
	" 'Rajesh', 'Daniel', 'Sarah'"
#define DC_FAMILY "'Santos', 'Reyes', 'Cruz', 'Bautista', 'Garcia', 'Mendoza', 'Ramos', 'Aquino', 'Dela Cruz',"\
	" 'Villanueva', 'Torres', 'Flores', 'Abdullah', 'Rahman', 'Ismail', 'Hassan', 'Tan', 'Lim', 'Lee', 'Wong', 'Ng',"\
	" 'Kumar', 'Nair', 'Smith'"
#define DC_MESSAGES \
	"'The item arrived damaged and the box was crushed.', 'I was charged twice for the same order.',"\
	" 'The delivery came three days later than promised.', 'The staff at the branch were rude when I asked for help.',"\
	" 'The product stopped working after one week of normal use.', 'Nobody answered the hotline for two days.',"\
	" 'Please replace the defective unit under its warranty.', 'I ask for a refund of the items missing from my order.',"\
	" 'The wrong size was delivered; please exchange it.',"\
	" 'The installer damaged my wall during the installation; please repair it.',"\
	" 'My discount was not applied at the counter; please refund the difference.',"\
	" 'The parcel was lost; please send it again or refund me.',"\
	" 'Please open the branch on Sundays.', 'A page to track deliveries online would help a lot.',"\
	" 'Offer payment by instalments for appliances.', 'Add more parking slots near the store.',"\
	" 'Please send reminders by SMS instead of e-mail.', 'Stock more spare parts for older models.',"\
	" 'The new catalogue is easy to read.', 'Prices went up since last month.',"\
	" 'The store layout changed and I could not find the paint section.', 'Your website is slow on my phone.',"\
	" 'I like the new loyalty card.', 'The queue at the cashier was long this morning.',"\
	" 'Thank you for the quick delivery!', 'The sales staff were very helpful and patient.',"\
	" 'Great after-sales service, the repair was fast.', 'Salamat po sa mabilis na serbisyo!',"\
	" 'Terima kasih, perkhidmatan yang sangat baik.', 'The installer was polite and cleaned up after the job.'"
#define DC_RESOLUTIONS "'Replaced the item.', 'Refunded the amount.', 'Apologised and gave a voucher.',"\
	" 'Sent a technician; fixed on site.', 'Explained the charge; no error found.', 'Delivered the order again.',"\
	" 'Thanked the customer; passed on to the branch manager.', 'Noted for the next review of the service.'"
#define DC_RATING_COMMENTS "'Quick and friendly.', 'It took too long.', 'Problem solved, thank you.',"\
	" 'Nobody called me back.', 'Fair solution.', 'Very satisfied.'"
/* Checksums of the case id (0..2^32-1) for the parts made in SQL. */
#define DC_H1 "CRC32(w.id)"
#define DC_H2 "CRC32C(w.id)"
#define DC_H3 "CRC32(CONCAT(w.id, '#'))"
#define DC_HR "CRC32(CONCAT(w.id, 'r'))"   /* the rating */

/* A batch of cases from the clock rows, all sent through the public form (source 'web', an address;
 * no receipt code exists, so no status keys): one in three of a client (their name, e-mail and phone),
 * the others someone else; at least an e-mail or a phone; a category for most, a product for
 * many complaints and claims; an assignee for nine in ten that were answered (two in ten new
 * ones); what was done and, for some complaints and claims, a compensation. */
DB_STMT(SQL_DC_CASES,
	"INSERT INTO cases (id, receipt_hash, source, kind, category_id, product_id, order_ref, message, customer_name,"
	"  email, email_norm, phone, phone_norm, lang, consent_contact, ip, state, priority, assignee_id, client_id,"
	"  created_at, updated_at, first_response_target, resolution_target, first_response_due, resolution_due,"
	"  first_response_at, first_response_minutes, resolved_at, resolution_minutes, closed_at, paused_at,"
	"  paused_minutes, next_due, next_warn, customer_last_at, rating, resolution, compensation, compensation_amount)"
	" SELECT d.id, SHA2(CONCAT('demo-case:', d.id), 256), 'web', ELT(d.kind, " CASE_KINDS "),"
	"  IF(d.h2 % 100 < 92, g.id, NULL),"
	"  IF((d.h2 DIV 100) % 100 < ELT(d.kind, 45, 50, 15, 10, 25), p.id, NULL),"
	"  IF(d.kind <= 2 AND (d.h3 DIV 100) % 10 < 4, CONCAT('SO-', 100000 + d.id % 900000), ''),"
	"  ELT((d.kind - 1) * 6 + 1 + d.h1 % 6, " DC_MESSAGES "),"
	"  COALESCE(cl.name, CONCAT(d.given, ' ', d.family)),"
	"  IF(d.mail, COALESCE(cl.email, d.email), ''), IF(d.mail, COALESCE(cl.email_norm, LOWER(d.email)), ''),"
	"  IF(d.tel, COALESCE(cl.phone, CONCAT('+63 9', d.p1, ' ', d.p2, ' ', d.p3)), ''),"
	"  IF(d.tel, COALESCE(cl.phone_norm, CONCAT('639', d.p1, d.p2, d.p3)), ''),"
	"  ELT(1 + (d.h3 DIV 10) % 10, 'en', 'en', 'en', 'en', 'en', 'fil', 'fil', 'fil', 'ms', 'ms'),"
	"  (d.h3 DIV 1000) % 10 < 6,"
	"  CONCAT('203.', d.h2 % 200 + 10, '.', (d.h2 DIV 256) % 256, '.', 1 + (d.h2 DIV 65536) % 254),"
	"  ELT(d.state, " CASE_STATES "), ELT(d.priority, " CASE_PRIORITIES "),"
	"  IF((d.h3 DIV 10000) % 10 < IF(d.state = 1, 2, 9), s.id, NULL), cl.id,"
	"  FROM_UNIXTIME(d.created), FROM_UNIXTIME(d.updated), COALESCE(pol.first_response_minutes, 0),"
	"  COALESCE(pol.resolution_minutes, 0), FROM_UNIXTIME(NULLIF(d.fr_due, 0)), FROM_UNIXTIME(NULLIF(d.res_due, 0)),"
	"  FROM_UNIXTIME(NULLIF(d.fr_at, 0)), NULLIF(d.fr_min, -1), FROM_UNIXTIME(NULLIF(d.res_at, 0)),"
	"  NULLIF(d.res_min, -1), FROM_UNIXTIME(NULLIF(d.closed_at, 0)), FROM_UNIXTIME(NULLIF(d.paused_at, 0)),"
	"  d.paused_min, FROM_UNIXTIME(NULLIF(d.next_due, 0)), FROM_UNIXTIME(NULLIF(d.next_warn, 0)),"
	"  FROM_UNIXTIME(NULLIF(d.cust_at, 0)),"
	"  IF(d.state < 5 OR d.hr % 100 >= 35, NULL, IF(d.kind = 5, 5,"
	"   IF(COALESCE(pol.resolution_minutes, 0) = 0 OR d.res_min <= pol.resolution_minutes,"
	"    ELT(1 + (d.hr DIV 100) % 10, 5, 5, 5, 4, 4, 4, 4, 3, 5, 4), ELT(1 + (d.hr DIV 100) % 10, 1, 2, 2, 3, 3, 3, 4, 2, 1, 3)))),"
	"  IF(d.state < 5, NULL, IF(d.kind <= 2, ELT(1 + (d.h1 DIV 100) % 6, " DC_RESOLUTIONS "),"
	"   ELT(IF(d.kind = 5, 7, 7 + (d.h1 DIV 100) % 2), " DC_RESOLUTIONS "))),"
	"  IF(d.comp, ELT(1 + (d.h2 DIV 10000) % 4, 'Refund', 'Replacement', 'Store credit', 'Discount voucher'), ''),"
	"  IF(d.comp AND (d.h2 DIV 10000) % 4 <> 1, 10000 * (5 + (d.h3 DIV 100000) % 96), 0)"
	" FROM (SELECT w.*, " DC_H1 " AS h1, " DC_H2 " AS h2, " DC_H3 " AS h3,"
	"   ELT(1 + " DC_H1 " % 24, " DC_GIVEN ") AS given, ELT(1 + (" DC_H1 " DIV 24) % 24, " DC_FAMILY ") AS family,"
	"   CONCAT(REPLACE(ELT(1 + " DC_H1 " % 24, " DC_GIVEN "), ' ', ''), '.',"
	"    REPLACE(ELT(1 + (" DC_H1 " DIV 24) % 24, " DC_FAMILY "), ' ', ''), (" DC_H3 " DIV 7) % 1000, '@',"
	"    ELT(1 + (" DC_H3 " DIV 7000) % 4, 'example.com', 'example.net', 'example.org', 'example.com')) AS email,"
	"   (" DC_H2 " DIV 1000000) % 100 < 85 AS mail,"
	"   (" DC_H2 " DIV 1000000) % 100 >= 85 OR (" DC_H3 " DIV 1000000) % 100 < 45 AS tel,"
	"   LPAD(" DC_H3 " % 100, 2, '0') AS p1, LPAD((" DC_H3 " DIV 100) % 1000, 3, '0') AS p2,"
	"   LPAD(" DC_H1 " % 10000, 4, '0') AS p3,"
	"   w.kind <= 2 AND w.state >= 5 AND (" DC_H3 " DIV 100000000) % 10 < 1 AS comp, " DC_HR " AS hr"
	"  FROM demo_case_clock w) d"
	" JOIN demo_case_conf n"
	" LEFT JOIN sla_policies pol ON pol.kind = ELT(d.kind, " CASE_KINDS ") AND pol.priority = ELT(d.priority, " CASE_PRIORITIES ")"
	" LEFT JOIN demo_case_staff s ON s.k = d.h2 % n.nstaff"
	" LEFT JOIN demo_case_cats g ON g.k = d.h3 % n.ncats"
	" LEFT JOIN demo_case_products p ON p.k = d.h1 % n.nproducts"
	" LEFT JOIN demo_case_clients cl ON cl.k = IF((d.h1 DIV 1000) % 100 < 35, d.h2 % n.nclients, NULL)"
	" ORDER BY d.id");
/* The ratings of the batch's cases: SQL_DC_CASES gives about a third of the resolved and closed
 * ones a rating (praise 5, mostly 4 or 5 when the resolution met its target, 1 to 3 when it did
 * not), kept on the case as the public program keeps it; here it gets its row, a day or so after
 * the resolution, three in ten with a comment. */
DB_STMT(SQL_DC_RATINGS,
	"INSERT INTO case_ratings (case_id, rating, comment, at)"
	" SELECT r.id, r.rating, IF((r.h DIV 1000) % 10 < 3, ELT(1 + (r.h DIV 10000) % 6, " DC_RATING_COMMENTS "), ''),"
	"  LEAST(NOW(), r.resolved_at + INTERVAL (30 + (r.h DIV 100000) % 4000) MINUTE)"
	" FROM (SELECT c.id, c.rating, c.resolved_at, CRC32(CONCAT(c.id, 'r')) AS h"
	"  FROM cases c WHERE c.id BETWEEN ? AND ? AND c.rating IS NOT NULL) r");

/* splitmix64: a checksum of the id with no visible pattern between neighbours. */
static uint64_t mix(uint64_t x)
{
	x += 0x9e3779b97f4a7c15ULL;
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
	x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
	return x ^ (x >> 31);
}

/* The square root of x >= 1, by Newton's method (crmctl does not link libm). */
static double root(double x)
{
	double y = x;
	for (int i = 0; i < 40 && y * y - x > 1e-12 * x; i++)
		y = (y + x / y) / 2;
	return y;
}

/* 0..1 from bits of h. */
static double unit(uint64_t h, int shift)
{
	return (double)((h >> shift) & 0xffff) / 65536.0;
}

struct cases_run {
	long long base, now, start, span;
	long n;
	double t0;
	struct case_policy *p;
	long long targets[6][5][2];   /* [kind][priority]: first response, resolution (business minutes) */
	unsigned long long made, ratings, states[7], overdue, near;
	char *json;
	size_t json_cap;
};

static int policy_row(void *ctx, const struct db_row *row)
{
	struct cases_run *r = ctx;
	int k = row->val[0] ? atoi(row->val[0]) : 0, pr = row->val[1] ? atoi(row->val[1]) : 0;
	if (k >= 1 && k <= 5 && pr >= 1 && pr <= 4) {
		r->targets[k][pr][0] = row->val[2] ? atoll(row->val[2]) : 0;
		r->targets[k][pr][1] = row->val[3] ? atoll(row->val[3]) : 0;
	}
	return 0;
}

/* The moment minutes business minutes after t (wall-clock minutes when the calendar is never open). */
static long long after(const struct sla_calendar *cal, long long t, long long minutes)
{
	long long m = sla_deadline(cal, zone_local_minute(t), minutes);
	return m < 0 ? t + minutes * 60 : zone_unix(m);
}

/* The clocks of case id (k-th of the run) as one JSON array, appended at out; returns its length. */
static int case_clock_json(struct cases_run *r, long long id, long k, char *out)
{
	uint64_t h1 = mix((uint64_t)id), h2 = mix(h1), h3 = mix(h2), h4 = mix(h3);
	const struct sla_calendar *cal = &r->p->cal;
	int x = (int)(h1 % 100);
	int kind = x < 42 ? K_COMPLAINT : x < 57 ? K_CLAIM : x < 72 ? K_SUGGESTION : x < 88 ? K_COMMENT : K_PRAISE;
	x = (int)((h1 >> 8) % 100);
	int prio = kind <= K_CLAIM ? (x < 5 ? P_URGENT : x < 20 ? P_HIGH : x < 88 ? P_NORMAL : P_LOW)
				   : (x < 10 ? P_HIGH : x < 75 ? P_NORMAL : P_LOW);
	long long t1 = r->targets[kind][prio][0], t2 = r->targets[kind][prio][1];
	long long b1 = t1 > 0 ? t1 : 240, b2 = t2 > 0 ? t2 : 1440;   /* how long things take without a target */
	long long created = r->start + (long long)(r->span * (root(1.0 + 3.0 * (double)k / (double)r->n) - 1.0));
	created -= (long long)(h3 % 60);   /* seconds, so that neighbours do not share the minute's :00 */
	/* the first reply: 86% within the target, the others up to three times it */
	double u = unit(h2, 0);
	long long fr_min = (h2 >> 16) % 100 < 86 ? 1 + (long long)(b1 * (0.05 + 0.9 * u)) : b1 + 1 + (long long)(2 * b1 * u);
	/* the resolution: 80% within the target (suggestions, comments and praise, with twice the
	 * targets, in 70% of the time), 17% up to twice it, 3% up to eight times */
	u = unit(h2, 24);
	x = (int)((h2 >> 40) % 100);
	double f = x < 80 ? (0.1 + 0.7 * u) * (kind >= K_SUGGESTION ? 0.7 : 1.0) : x < 97 ? 1.0 + u : 2.0 + 6.0 * u;
	long long res_min = (long long)(b2 * f) + (x >= 80);
	if (res_min < fr_min)
		res_min = fr_min;
	/* a pause waiting on the customer for 18%, after the first reply */
	long long paused_min = h3 % 100 < 18 ? 30 + (long long)((h3 >> 8) % (uint64_t)(b2 > 60 ? b2 : 60)) : 0;
	struct case_clock c = { .created = created, .first_response_target = t1, .resolution_target = t2,
				.warn_bp = r->p->warn_bp };
	struct case_dues d;
	long long fr_at = after(cal, created, fr_min), res_at = after(cal, created, res_min + paused_min);
	long long closed_at = 0, cust_at = 0, updated;
	int state;
	if (res_at <= r->now) {   /* resolved, and most closed some days later */
		long long close = res_at + 86400 * (long long)(1 + (h3 >> 20) % 10);
		state = (h3 >> 32) % 100 < 75 && close <= r->now ? S_CLOSED : S_RESOLVED;
		if (state == S_CLOSED)
			closed_at = close;
		c.first_response_at = fr_at;
		c.paused_minutes = paused_min;
		c.open = 0;
		updated = closed_at ? closed_at : res_at;
	} else {   /* still open: no ended pause, no resolution */
		paused_min = 0;
		res_at = 0;
		res_min = -1;
		c.open = 1;
		if (fr_at > r->now) {
			state = S_NEW;
			fr_at = 0;
			fr_min = -1;
		} else {
			x = (int)(h4 % 100);
			state = x < 22 ? S_WAITING : x < 65 ? S_PROGRESS : S_ACK;
			c.first_response_at = fr_at;
			long long since = r->now - fr_at;
			if (state == S_WAITING)
				c.paused_at = fr_at + (long long)(since * (0.2 + 0.7 * unit(h4, 16)));
			else if ((h4 >> 32) % 100 < 15)
				cust_at = fr_at + (long long)(since * (0.1 + 0.8 * unit(h4, 16)));
		}
		updated = created;
		if (fr_at > updated)
			updated = fr_at;
		if (c.paused_at > updated)
			updated = c.paused_at;
		if (cust_at > updated)
			updated = cust_at;
	}
	case_clock_dues(cal, &c, &d);
	r->states[state]++;
	if (d.next_due && d.next_due <= r->now)
		r->overdue++;
	else if (d.next_due && d.next_warn <= r->now)
		r->near++;
	return sprintf(out, "[%d,%lld,%lld,%lld,%lld,%lld,%lld,%lld,%lld,%lld,%lld,%lld,%lld,%lld,%lld]",
		       kind * 100 + prio * 10 + state, created, updated, fr_at, fr_min, res_at, res_min, closed_at,
		       c.paused_at, paused_min, d.first_response_due, d.resolution_due, d.next_due, d.next_warn, cust_at);
}

/* The clock rows of cases first..first+count-1 (k from done), in chunks of CASES_CHUNK. */
static enum db_status clock_rows(struct db *db, struct cases_run *r, long done, long count)
{
	enum db_status st = db_exec(db, &SQL_DC_CLOCK_CLEAR, DB_NOARGS, NULL, NULL);
	struct zone_scope z;
	for (long i = 0; st == DB_OK && i < count; i += CASES_CHUNK) {
		long m = count - i < CASES_CHUNK ? count - i : CASES_CHUNK;
		size_t len = 0;
		case_policy_zone(r->p, &z);
		r->json[len++] = '[';
		for (long j = 0; j < m; j++) {
			if (j)
				r->json[len++] = ',';
			len += (size_t)case_clock_json(r, r->base + done + i + j + 1, done + i + j, r->json + len);
		}
		r->json[len++] = ']';
		r->json[len] = '\0';
		zone_leave(&z);
		st = db_exec(db, &SQL_DC_CLOCK_ROWS, DB_ARGS(DB_INT(r->base + done + i), DB_STR(r->json)), NULL, NULL);
	}
	return st;
}

/* One batch: its clocks, then the cases and their ratings in one transaction. */
static enum db_status cases_batch(struct db *db, struct cases_run *r, long done, long count)
{
	long long first = r->base + done + 1, last = r->base + done + count;
	unsigned long long made = 0, rated = 0;
	enum db_status st = clock_rows(db, r, done, count);
	if (st == DB_OK)
		st = db_begin(db);
	if (st == DB_OK)
		st = db_exec(db, &SQL_DC_CASES, DB_NOARGS, &made, NULL);
	if (st == DB_OK)
		st = db_exec(db, &SQL_DC_RATINGS, DB_ARGS(DB_INT(first), DB_INT(last)), &rated, NULL);
	if (st == DB_OK)
		st = db_commit(db);
	else
		db_rollback(db);
	if (st == DB_OK) {
		r->made += made;
		r->ratings += rated;
	}
	return st;
}

static enum db_status cases_setup(struct db *db, struct cases_run *r)
{
	static const struct db_stmt_def *const lists[] = { &SQL_DC_DROP, &SQL_DC_MEMORY, &SQL_DC_CLOCK_TABLE, &SQL_DC_STAFF,
							   &SQL_DC_CATEGORIES, &SQL_DC_PRODUCTS };
	long long step = 1;
	enum db_status st = db_query(db, &SQL_DC_BASE, DB_NOARGS, demo_number_row, &r->base);
	if (st == DB_OK)
		st = case_policy_load(db, NULL, NULL, r->p);
	if (st == DB_OK)
		st = db_query(db, &SQL_DC_POLICIES, DB_NOARGS, policy_row, r);
	if (st == DB_OK)
		st = db_exec(db, &SQL_DEMO_BULK_BEGIN, DB_NOARGS, NULL, NULL);
	for (size_t i = 0; st == DB_OK && i < sizeof(lists) / sizeof(lists[0]); i++)
		st = db_exec(db, lists[i], DB_NOARGS, NULL, NULL);
	if (st == DB_OK)
		st = db_query(db, &SQL_DC_CLIENT_STEP, DB_NOARGS, demo_number_row, &step);
	if (st == DB_OK)
		st = db_exec(db, &SQL_DC_CLIENTS, DB_ARGS(DB_INT(step > 0 ? step : 1)), NULL, NULL);
	if (st == DB_OK)
		st = db_exec(db, &SQL_DC_COUNTS, DB_NOARGS, NULL, NULL);
	return st;
}

enum db_status demo_cases(struct db *db, long n)
{
	struct cases_run r = { .n = n, .t0 = demo_now(), .now = (long long)time(NULL) };
	r.start = r.now - CASES_YEARS * 365LL * 86400;
	r.span = r.now - 120 - r.start;
	r.p = malloc(sizeof(*r.p));
	r.json_cap = (size_t)CASES_CHUNK * 260 + 16;
	r.json = malloc(r.json_cap);
	if (r.p == NULL || r.json == NULL) {
		free(r.p);
		free(r.json);
		return DB_ERROR;
	}
	enum db_status st = cases_setup(db, &r);
	for (long done = 0; st == DB_OK && done < n; done += CASES_BATCH) {
		long count = n - done < CASES_BATCH ? n - done : CASES_BATCH;
		st = cases_batch(db, &r, done, count);
		if (st == DB_OK && done + count < n)
			fprintf(stderr, "demo-data: %ld of %ld cases (%.1f s)\n", done + count, n, demo_now() - r.t0);
	}
	if (st == DB_OK)
		st = db_exec(db, &SQL_DC_DROP, DB_NOARGS, NULL, NULL);
	if (st == DB_OK)
		st = db_exec(db, &SQL_DEMO_BULK_END, DB_NOARGS, NULL, NULL);
	if (st == DB_OK)
		fprintf(stderr, "demo-data: %llu cases (%llu new, %llu acknowledged, %llu in progress, %llu waiting, %llu resolved,"
			" %llu closed; of the open ones %llu past due and %llu near due), %llu ratings in %.1f s\n", r.made,
			r.states[S_NEW], r.states[S_ACK], r.states[S_PROGRESS], r.states[S_WAITING], r.states[S_RESOLVED],
			r.states[S_CLOSED], r.overdue, r.near, r.ratings, demo_now() - r.t0);
	free(r.p);
	free(r.json);
	return st;
}
