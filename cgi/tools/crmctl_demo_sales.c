/* crmctl_demo_sales.c: `crmctl demo-data --purchase-lines`: sales, returns and their summary rows in bulk SQL. */
#include "crmctl_demo.h"
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the shape of the data ----
 * Lines are numbered 0..n-1 in this run. Every 15 lines make five sales of 1, 2, 3, 4 and 5 lines,
 * in one of five orders (a checksum of the group picks it): DEMO_LINE_SALE gives the sale (0..4
 * within the group) of each of the 15 lines of each order, DEMO_LINE_NO its line number. So sale
 * ids base+1.. follow the line numbers, a batch of groups is a range of sale ids, and n lines
 * make exactly n lines (the last sales of a run may be shorter).
 * Everything else comes from checksums of the sale id and line number (no RAND(): the same
 * database state gives the same data):
 *   h2 = CRC32C(id): 7 in 10 sales go to a "regular" (every fifth client in order of creation);
 *     half of those get the discount of the first (or, one in three, the second) loyalty tier;
 *   CRC32(id): which client; h3 = CRC32(id#): the time of day, the seller and who entered it;
 *   CRC32(id/line): the product (the k-th cheapest, k = products x u^2.2 with u even in 0..1, so
 *     cheap ones sell more often) and the quantity (1..5, mostly 1 or 2).
 * Sale k (0-based) of the run's pt is on day FLOOR(days x (SQRT(1 + 3k/pt) - 1)) of the last
 * three years (twice as many sales a day at the end as at the start), between 01:00 and 13:00 UTC,
 * never before the client was created or after now, to a client created by then. Three sales in
 * a hundred have a return 1..30 days later that gives back line 1 and each other line with a
 * chance of one in three, whole (all its units): amounts are the original line's, negated. */
#define DEMO_LINE_SALE "'011222333344444001112222333334000111122222344000011111233444000001223334444'"
#define DEMO_LINE_NO "'112123123412345121231234123451123123412345112123412345112123123451121231234'"
#define DEMO_SALE_GROUPS 20000   /* groups of 15 lines a batch: 300,000 lines, 100,000 sales */

/* This connection's constants (one row: MariaDB reads it once as a constant). */
DB_STMT(SQL_DEMO_SALE_CONF,
	"CREATE TEMPORARY TABLE demo_sale (base BIGINT UNSIGNED NOT NULL, pt BIGINT UNSIGNED NOT NULL,"
	" start DATE NOT NULL, days INT UNSIGNED NOT NULL, staff INT UNSIGNED NOT NULL, products INT UNSIGNED NOT NULL)"
	" ENGINE=MEMORY");
DB_STMT(SQL_DEMO_SALE_CONF_SET,
	"INSERT INTO demo_sale (base, pt, start, days, staff, products)"
	" SELECT ?, ?, ?, ?, (SELECT COUNT(*) FROM staff WHERE active = 1), (SELECT COUNT(*) FROM products WHERE active = 1)");
DB_STMT(SQL_DEMO_SALE_START, "SELECT CURDATE() - INTERVAL 3 YEAR, DATEDIFF(CURDATE(), CURDATE() - INTERVAL 3 YEAR) + 1");
DB_STMT(SQL_DEMO_SALE_BASE, "SELECT COALESCE(MAX(id), 0) FROM purchases");
/* Lists numbered from 0 (k), for picking by a checksum modulo their length. */
DB_STMT(SQL_DEMO_SALE_TIERS,
	"CREATE TEMPORARY TABLE demo_tiers (k INT UNSIGNED NOT NULL PRIMARY KEY, id INT UNSIGNED NOT NULL,"
	" bp INT NOT NULL) ENGINE=MEMORY"
	" SELECT ROW_NUMBER() OVER (ORDER BY threshold, id) - 1 AS k, id, discount_bp AS bp FROM loyalty_tiers");
DB_STMT(SQL_DEMO_SALE_STAFF,
	"CREATE TEMPORARY TABLE demo_staff (k INT UNSIGNED NOT NULL PRIMARY KEY, id INT UNSIGNED NOT NULL) ENGINE=MEMORY"
	" SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS k, id FROM staff WHERE active = 1");
/* Active products, cheapest first. */
DB_STMT(SQL_DEMO_SALE_PRODUCTS,
	"CREATE TEMPORARY TABLE demo_products (k INT UNSIGNED NOT NULL PRIMARY KEY, id INT UNSIGNED NOT NULL,"
	" price BIGINT NOT NULL, cost BIGINT NOT NULL, weight_milli INT UNSIGNED NOT NULL, locomotive TINYINT NOT NULL)"
	" ENGINE=MEMORY SELECT ROW_NUMBER() OVER (ORDER BY price, id) - 1 AS k, id, price, cost, weight_milli, locomotive"
	" FROM products WHERE active = 1");
/* Clients who buy (not prospects, not merged), in order of creation. */
DB_STMT(SQL_DEMO_SALE_BUYERS,
	"CREATE TEMPORARY TABLE demo_buyers (k INT UNSIGNED NOT NULL PRIMARY KEY, client_id INT UNSIGNED NOT NULL,"
	" manager_id INT UNSIGNED NULL, created_at DATETIME NOT NULL) ENGINE=InnoDB"
	" SELECT ROW_NUMBER() OVER (ORDER BY created_at, id) - 1 AS k, id AS client_id, manager_id, created_at"
	" FROM clients WHERE merged_into IS NULL AND status <> 'prospect'");
/* For each day of the three years, how many of them had been created by its end (all of them
 * when none had): the clients made each day, added up over the days up to it. */
DB_STMT(SQL_DEMO_SALE_DAYS,
	"CREATE TEMPORARY TABLE demo_days (day INT UNSIGNED NOT NULL PRIMARY KEY, n INT UNSIGNED NOT NULL) ENGINE=MEMORY"
	" SELECT d.seq AS day, COALESCE(SUM(p.made), a.n) AS n"
	" FROM demo_sale c JOIN seq_0_to_2000 d ON d.seq < c.days JOIN (SELECT COUNT(*) AS n FROM demo_buyers) a"
	" LEFT JOIN (SELECT DATEDIFF(b.created_at, c.start) AS day, COUNT(*) AS made FROM demo_buyers b JOIN demo_sale c"
	"  GROUP BY DATEDIFF(b.created_at, c.start)) p ON p.day <= d.seq"
	" GROUP BY d.seq, a.n");
DB_STMT(SQL_DEMO_SALE_COUNTS,
	"SELECT (SELECT COUNT(*) FROM clients WHERE merged_into IS NULL AND status <> 'prospect'), staff, products"
	" FROM demo_sale");
DB_STMT(SQL_DEMO_SALE_RETURNS_TABLE,
	"CREATE TEMPORARY TABLE demo_returns (id BIGINT UNSIGNED NOT NULL PRIMARY KEY,"
	" original_id BIGINT UNSIGNED NOT NULL, at DATETIME NOT NULL, entered_by INT UNSIGNED NOT NULL) ENGINE=MEMORY");

/* The lines of groups first..last (line numbers 15 x first .. 15 x last + 14, up to n - 1):
 * arguments first line, last line. */
DB_STMT(SQL_DEMO_SALE_LINES,
	"INSERT INTO purchase_lines (purchase_id, line_no, product_id, quantity, unit_price, unit_cost, discount_bp,"
	"  discount, line_total, weight_milli, weighted, locomotive, original_line)"
	" SELECT a.pid, a.line_no, a.product_id, a.q, a.price, a.cost, a.bp, a.q * a.price - a.total, a.total,"
	"  a.weight_milli, ROUND(a.total * a.weight_milli / 1000), a.locomotive, NULL"
	" FROM (SELECT l.pid, l.line_no, p.id AS product_id, l.q, p.price, p.cost, p.weight_milli, p.locomotive, l.bp,"
	"   ROUND(l.q * p.price * (10000 - l.bp) / 10000) AS total"
	"  FROM (SELECT y.pid, y.line_no,"
	"    CAST(ELT(1 + (y.lh DIV 100000) % 10, 1, 1, 1, 1, 2, 2, 2, 3, 4, 5) AS SIGNED) AS q,"
	"    CAST(FLOOR(c.products * POW((y.lh % 100000) / 100000, 2.2)) AS UNSIGNED) AS pk,"
	"    IF(y.h2 % 10 < 7 AND (y.h2 DIV 10) % 10 < 5, COALESCE(t.bp, 0), 0) AS bp"
	"   FROM demo_sale c"
	"   JOIN (SELECT z.pid, z.line_no, CRC32(CONCAT(z.pid, '/', z.line_no)) AS lh, CRC32C(z.pid) AS h2"
	"    FROM (SELECT c.base + 1 + (x.seq DIV 15) * 5"
	"      + CAST(SUBSTRING(" DEMO_LINE_SALE ", 1 + x.o * 15 + x.seq % 15, 1) AS UNSIGNED) AS pid,"
	"      CAST(SUBSTRING(" DEMO_LINE_NO ", 1 + x.o * 15 + x.seq % 15, 1) AS UNSIGNED) AS line_no"
	"     FROM demo_sale c JOIN (SELECT seq, CRC32(seq DIV 15) % 5 AS o FROM seq_0_to_99999999"
	"      WHERE seq BETWEEN ? AND ?) x) z) y"
	"   LEFT JOIN demo_tiers t ON t.k = IF((y.h2 DIV 100) % 3 = 0, 1, 0)) l"
	"  JOIN demo_products p ON p.k = l.pk) a");
/* The sales of ids first..last, from their lines: arguments first id, last id. */
DB_STMT(SQL_DEMO_SALE_SALES,
	"INSERT INTO purchases (id, client_id, seller_id, entered_by, kind, original_id, at, gross, discount, total,"
	"  cost, weighted, locomotive_units, tier_id, discount_bp, discount_why, note, token)"
	" SELECT q.pid, q.client_id, q.seller, IF((q.h3 DIV 70) % 10 < 8, q.seller, e.id), 'sale', NULL, q.at,"
	"  q.gross, q.discount, q.total, q.cost, q.weighted, q.loco, IF(q.bp > 0, t.id, NULL), q.bp,"
	"  IF(q.bp > 0, 'tier', ''), '', NULL"
	" FROM (SELECT g.*, b.client_id,"
	"   IF(b.manager_id IS NOT NULL AND (g.h3 DIV 7) % 10 < 6, b.manager_id, s.id) AS seller,"
	"   LEAST(NOW(), GREATEST(b.created_at, g.start + INTERVAL g.day DAY + INTERVAL (3600 + g.h3 % 43200) SECOND)) AS at"
	"  FROM (SELECT a.*, CAST(IF(a.h2 % 10 < 7, 5 * (CRC32(a.pid) % CEIL(d.n / 5)), CRC32(a.pid) % d.n)"
	"     AS UNSIGNED) AS bk"
	"   FROM (SELECT l.purchase_id AS pid, SUM(l.quantity * l.unit_price) AS gross, SUM(l.discount) AS discount,"
	"     SUM(l.line_total) AS total, SUM(l.quantity * l.unit_cost) AS cost, SUM(l.weighted) AS weighted,"
	"     SUM(IF(l.locomotive, l.quantity, 0)) AS loco, MAX(l.discount_bp) AS bp,"
	"     CRC32C(l.purchase_id) AS h2, CRC32(CONCAT(l.purchase_id, '#')) AS h3, c.start, c.staff,"
	"     CAST(LEAST(c.days - 1, FLOOR(c.days * (SQRT(1 + 3 * (l.purchase_id - c.base - 1) / c.pt) - 1)))"
	"      AS UNSIGNED) AS day"
	"    FROM demo_sale c JOIN purchase_lines l ON l.purchase_id BETWEEN ? AND ? GROUP BY l.purchase_id) a"
	"   JOIN demo_days d ON d.day = a.day) g"
	"  JOIN demo_buyers b ON b.k = g.bk"
	"  JOIN demo_staff s ON s.k = (g.h3 DIV 1000) % g.staff) q"
	" JOIN demo_staff e ON e.k = (q.h3 DIV 100000) % q.staff"
	" LEFT JOIN demo_tiers t ON t.k = IF((q.h2 DIV 100) % 3 = 0, 1, 0)");
DB_STMT(SQL_DEMO_SALE_RETURNS_CLEAR, "DELETE FROM demo_returns");
/* Which sales of ids first..last have a return, its id (from next + 1), date and who entered it:
 * arguments next, first, last. */
DB_STMT(SQL_DEMO_SALE_RETURNS,
	"INSERT INTO demo_returns (id, original_id, at, entered_by)"
	" SELECT ? + ROW_NUMBER() OVER (ORDER BY p.id), p.id,"
	"  LEAST(NOW(), p.at + INTERVAL (1 + p.rh % 30) DAY + INTERVAL ((p.rh DIV 30) % 28800) SECOND), e.id"
	" FROM (SELECT id, at, CRC32(CONCAT('r', id)) AS rh FROM purchases"
	"  WHERE id BETWEEN ? AND ? AND kind = 'sale') p"
	" JOIN demo_sale c JOIN demo_staff e ON e.k = (p.rh DIV 1000000) % c.staff"
	" WHERE (p.rh DIV 100) % 100 < 3");
DB_STMT(SQL_DEMO_SALE_RETURN_LINES,
	"INSERT INTO purchase_lines (purchase_id, line_no, product_id, quantity, unit_price, unit_cost, discount_bp,"
	"  discount, line_total, weight_milli, weighted, locomotive, original_line)"
	" SELECT r.id, ROW_NUMBER() OVER (PARTITION BY r.id ORDER BY l.line_no), l.product_id, -l.quantity, l.unit_price,"
	"  l.unit_cost, l.discount_bp, -l.discount, -l.line_total, l.weight_milli, -l.weighted, l.locomotive, l.line_no"
	" FROM demo_returns r JOIN purchase_lines l ON l.purchase_id = r.original_id"
	" WHERE l.line_no = 1 OR CRC32(CONCAT(l.purchase_id, '/', l.line_no, 'r')) % 3 = 0");
/* The returns of this batch from their lines: arguments first return id, last. */
DB_STMT(SQL_DEMO_SALE_RETURN_SUMS,
	"INSERT INTO purchases (id, client_id, seller_id, entered_by, kind, original_id, at, gross, discount, total,"
	"  cost, weighted, locomotive_units, tier_id, discount_bp, discount_why, note, token)"
	" SELECT r.id, o.client_id, o.seller_id, r.entered_by, 'return', o.id, r.at, s.gross, s.discount, s.total,"
	"  s.cost, s.weighted, s.loco, o.tier_id, o.discount_bp, o.discount_why, '', NULL"
	" FROM demo_returns r JOIN purchases o ON o.id = r.original_id"
	" JOIN (SELECT l.purchase_id, SUM(l.quantity * l.unit_price) AS gross, SUM(l.discount) AS discount,"
	"   SUM(l.line_total) AS total, SUM(l.quantity * l.unit_cost) AS cost, SUM(l.weighted) AS weighted,"
	"   SUM(IF(l.locomotive, l.quantity, 0)) AS loco"
	"  FROM purchase_lines l WHERE l.purchase_id BETWEEN ? AND ? GROUP BY l.purchase_id) s ON s.purchase_id = r.id");

/* ---- the summaries: the run's purchases (ids first..last, the arguments) added to what is there ---- */
/* Big groupings sort instead of growing a temporary table; this session may use the memory. */
DB_STMT(SQL_DEMO_SALE_MEMORY, "SET SESSION sort_buffer_size = 268435456, tmp_table_size = 268435456,"
	" max_heap_table_size = 268435456");
DB_STMT(SQL_DEMO_SUM_ECONOMICS,
	"INSERT INTO client_economics (client_id, revenue, cost, margin, discounts, purchases, returns, first_at,"
	"  last_at, tier_id)"
	" SELECT g.client_id, g.revenue, g.cost, g.revenue - g.cost, g.discounts, g.purchases, g.returns, g.first_at,"
	"  g.last_at, (SELECT t.id FROM loyalty_tiers t WHERE t.threshold <= g.revenue ORDER BY t.threshold DESC LIMIT 1)"
	" FROM (SELECT SQL_BIG_RESULT p.client_id, SUM(p.total) AS revenue, SUM(p.cost) AS cost,"
	"   SUM(p.discount) AS discounts, SUM(p.kind = 'sale') AS purchases, SUM(p.kind <> 'sale') AS returns,"
	"   MIN(IF(p.kind = 'sale', p.at, NULL)) AS first_at, MAX(IF(p.kind = 'sale', p.at, NULL)) AS last_at"
	"  FROM purchases p WHERE p.id BETWEEN ? AND ? GROUP BY p.client_id) g"
	" ON DUPLICATE KEY UPDATE revenue = client_economics.revenue + VALUES(revenue),"
	"  cost = client_economics.cost + VALUES(cost), margin = client_economics.revenue - client_economics.cost,"
	"  discounts = client_economics.discounts + VALUES(discounts),"
	"  purchases = client_economics.purchases + VALUES(purchases), returns = client_economics.returns + VALUES(returns),"
	"  first_at = COALESCE(LEAST(client_economics.first_at, VALUES(first_at)), client_economics.first_at,"
	"   VALUES(first_at)),"
	"  last_at = COALESCE(GREATEST(client_economics.last_at, VALUES(last_at)), client_economics.last_at,"
	"   VALUES(last_at)),"
	"  tier_id = (SELECT t.id FROM loyalty_tiers t WHERE t.threshold <= client_economics.revenue"
	"   ORDER BY t.threshold DESC LIMIT 1)");
DB_STMT(SQL_DEMO_SUM_YEARS,
	"INSERT INTO client_economics_year (client_id, year, revenue, cost, discounts, purchases)"
	" SELECT SQL_BIG_RESULT p.client_id, YEAR(p.at), SUM(p.total), SUM(p.cost), SUM(p.discount), SUM(p.kind = 'sale')"
	" FROM purchases p WHERE p.id BETWEEN ? AND ? GROUP BY p.client_id, YEAR(p.at)"
	" ON DUPLICATE KEY UPDATE revenue = client_economics_year.revenue + VALUES(revenue),"
	"  cost = client_economics_year.cost + VALUES(cost), discounts = client_economics_year.discounts + VALUES(discounts),"
	"  purchases = client_economics_year.purchases + VALUES(purchases)");
DB_STMT(SQL_DEMO_SUM_MONTHS,
	"INSERT INTO client_spend_month (client_id, month, revenue)"
	" SELECT SQL_BIG_RESULT p.client_id, DATE(p.at) - INTERVAL (DAYOFMONTH(p.at) - 1) DAY, SUM(p.total)"
	" FROM purchases p WHERE p.id BETWEEN ? AND ? GROUP BY p.client_id, DATE(p.at) - INTERVAL (DAYOFMONTH(p.at) - 1) DAY"
	" ON DUPLICATE KEY UPDATE revenue = client_spend_month.revenue + VALUES(revenue)");
DB_STMT(SQL_DEMO_SUM_SELLERS,
	"INSERT INTO sales_monthly (month, staff_id, revenue, cost, weighted, locomotive_units, purchases)"
	" SELECT DATE(p.at) - INTERVAL (DAYOFMONTH(p.at) - 1) DAY, p.seller_id, SUM(p.total), SUM(p.cost), SUM(p.weighted),"
	"  SUM(p.locomotive_units), SUM(p.kind = 'sale')"
	" FROM purchases p WHERE p.id BETWEEN ? AND ? GROUP BY DATE(p.at) - INTERVAL (DAYOFMONTH(p.at) - 1) DAY, p.seller_id"
	" ON DUPLICATE KEY UPDATE revenue = sales_monthly.revenue + VALUES(revenue),"
	"  cost = sales_monthly.cost + VALUES(cost), weighted = sales_monthly.weighted + VALUES(weighted),"
	"  locomotive_units = sales_monthly.locomotive_units + VALUES(locomotive_units),"
	"  purchases = sales_monthly.purchases + VALUES(purchases)");
DB_STMT(SQL_DEMO_SUM_DAYS,
	"INSERT INTO sales_daily (day, staff_id, revenue, cost, weighted, locomotive_units, purchases)"
	" SELECT DATE(p.at), p.seller_id, SUM(p.total), SUM(p.cost), SUM(p.weighted), SUM(p.locomotive_units),"
	"  SUM(p.kind = 'sale')"
	" FROM purchases p WHERE p.id BETWEEN ? AND ? GROUP BY DATE(p.at), p.seller_id"
	" ON DUPLICATE KEY UPDATE revenue = sales_daily.revenue + VALUES(revenue),"
	"  cost = sales_daily.cost + VALUES(cost), weighted = sales_daily.weighted + VALUES(weighted),"
	"  locomotive_units = sales_daily.locomotive_units + VALUES(locomotive_units),"
	"  purchases = sales_daily.purchases + VALUES(purchases)");

/* Two connections: this thread inserts the lines of batch k + 1 while the other makes the sales
 * and returns of batch k from their lines; then each adds to two of the summary tables. */
struct sales_run {
	const struct config *cfg;
	long long base, pt, next_return;   /* next_return: the last return id used */
	long groups, n;
	char start[16];
	long long days;
	double t0;
	struct demo_pipe pipe;             /* the batches of lines, in groups */
	int step;                          /* what the other thread does: 0 sales, 1 summaries */
	unsigned long long lines, sales, returns, return_lines, summary[5];
};

/* Sets up a connection: bulk mode and memory for big groupings; with lists, also the constants
 * and the lists it picks from (with buyers, the clients, days and returns too). */
static enum db_status sales_session(struct db *db, struct sales_run *r, int lists, int buyers)
{
	static const struct db_stmt_def *const picks[] = { &SQL_DEMO_SALE_CONF, &SQL_DEMO_SALE_TIERS,
							   &SQL_DEMO_SALE_STAFF, &SQL_DEMO_SALE_PRODUCTS };
	static const struct db_stmt_def *const buyer_picks[] = { &SQL_DEMO_SALE_BUYERS, &SQL_DEMO_SALE_DAYS,
								 &SQL_DEMO_SALE_RETURNS_TABLE };
	enum db_status st = db_exec(db, &SQL_DEMO_BULK_BEGIN, DB_NOARGS, NULL, NULL);
	if (st == DB_OK)
		st = db_exec(db, &SQL_DEMO_SALE_MEMORY, DB_NOARGS, NULL, NULL);
	for (size_t i = 0; lists && st == DB_OK && i < sizeof(picks) / sizeof(picks[0]); i++) {
		st = db_exec(db, picks[i], DB_NOARGS, NULL, NULL);
		if (st == DB_OK && picks[i] == &SQL_DEMO_SALE_CONF)
			st = db_exec(db, &SQL_DEMO_SALE_CONF_SET, DB_ARGS(DB_INT(r->base), DB_INT(r->pt), DB_STR(r->start),
				     DB_INT(r->days)), NULL, NULL);
	}
	for (size_t i = 0; buyers && st == DB_OK && i < sizeof(buyer_picks) / sizeof(buyer_picks[0]); i++)
		st = db_exec(db, buyer_picks[i], DB_NOARGS, NULL, NULL);
	return st;
}

/* The summaries of the run's purchases: part 0 the sellers' months and days and the clients'
 * months, part 1 the clients' totals and years; each in its own transaction. */
static enum db_status sales_summaries(struct db *db, struct sales_run *r, int part)
{
	static const struct db_stmt_def *const sums[] = { &SQL_DEMO_SUM_MONTHS, &SQL_DEMO_SUM_SELLERS,
							  &SQL_DEMO_SUM_DAYS, &SQL_DEMO_SUM_ECONOMICS, &SQL_DEMO_SUM_YEARS };
	enum db_status st = DB_OK;
	for (int i = part ? 3 : 0; st == DB_OK && i < (part ? 5 : 3); i++)
		st = demo_exec_tx(db, sums[i], DB_ARGS(DB_INT(r->base + 1), DB_INT(r->next_return)), &r->summary[i]);
	return st;
}

/* The sales of groups done..done+count-1 and their returns, one transaction. */
static enum db_status sales_batch(struct db *db, struct sales_run *r, long done, long count)
{
	long long first = r->base + 1 + done * 5, last = r->base + (done + count) * 5;
	unsigned long long rows = 0, picked = 0, rlines = 0;
	enum db_status st = db_begin(db);
	if (st == DB_OK)
		st = db_exec(db, &SQL_DEMO_SALE_SALES, DB_ARGS(DB_INT(first), DB_INT(last)), &rows, NULL);
	if (st == DB_OK)
		st = db_exec(db, &SQL_DEMO_SALE_RETURNS_CLEAR, DB_NOARGS, NULL, NULL);
	if (st == DB_OK)
		st = db_exec(db, &SQL_DEMO_SALE_RETURNS, DB_ARGS(DB_INT(r->next_return), DB_INT(first), DB_INT(last)),
			     &picked, NULL);
	if (st == DB_OK && picked > 0)
		st = db_exec(db, &SQL_DEMO_SALE_RETURN_LINES, DB_NOARGS, &rlines, NULL);
	if (st == DB_OK && picked > 0)
		st = db_exec(db, &SQL_DEMO_SALE_RETURN_SUMS, DB_ARGS(DB_INT(r->next_return + 1),
			     DB_INT(r->next_return + (long long)picked)), NULL, NULL);
	if (st == DB_OK)
		st = db_commit(db);
	else
		db_rollback(db);
	if (st == DB_OK) {
		r->next_return += (long long)picked;
		r->sales += rows;
		r->returns += picked;
		r->return_lines += rlines;
	}
	return st;
}

/* The other connection's sales and returns of each batch once its lines are committed. */
static enum db_status sales_of_batches(struct db *db, struct sales_run *r)
{
	enum db_status st = DB_OK;
	for (long done = 0; st == DB_OK && done < r->groups; done += DEMO_SALE_GROUPS) {
		long count = r->groups - done < DEMO_SALE_GROUPS ? r->groups - done : DEMO_SALE_GROUPS;
		if (!demo_pipe_wait(&r->pipe, done + count))
			break;   /* the other thread failed: it reports why */
		st = sales_batch(db, r, done, count);
		if (st == DB_OK && done + count < r->groups)
			fprintf(stderr, "demo-data: %ld of %ld purchase lines (%.1f s)\n", (done + count) * 15, r->n,
				demo_now() - r->t0);
	}
	return st;
}

/* The other thread, on its own connection: in step 0 the sales, in step 1 the second half of the
 * summaries. */
static void *sales_thread(void *arg)
{
	struct sales_run *r = arg;
	struct db *db = db_open(r->cfg);
	enum db_status st = db_ready(db);
	if (st == DB_OK)
		st = sales_session(db, r, r->step == 0, r->step == 0);
	if (st == DB_OK)
		st = r->step == 0 ? sales_of_batches(db, r) : sales_summaries(db, r, 1);
	if (st != DB_OK)
		demo_pipe_fail(&r->pipe, db_last_error(db));
	db_close(db);
	return NULL;
}

/* Reads the start date and the number of days of the three years. */
static int start_row(void *ctx, const struct db_row *row)
{
	struct sales_run *r = ctx;
	snprintf(r->start, sizeof(r->start), "%s", row->val[0] ? row->val[0] : "");
	r->days = row->val[1] ? strtoll(row->val[1], NULL, 10) : 0;
	return 1;
}

static int counts_row(void *ctx, const struct db_row *row)
{
	long long *c = ctx;
	for (int i = 0; i < 3; i++)
		c[i] = row->val[i] ? strtoll(row->val[i], NULL, 10) : 0;
	return 1;
}

/* Sets up this connection for the lines and checks that there is someone to sell to, someone
 * to sell and something to sell. */
static enum db_status sales_check(struct db *db, struct sales_run *r, int *reported)
{
	long long c[3] = { 0, 0, 0 };
	enum db_status st = sales_session(db, r, 1, 0);
	if (st == DB_OK)
		st = db_query(db, &SQL_DEMO_SALE_COUNTS, DB_NOARGS, counts_row, c);
	if (st == DB_OK && (c[0] == 0 || c[1] == 0 || c[2] == 0)) {
		fprintf(stderr, "crmctl: demo-data: purchases need clients who are not prospects (%lld), active staff"
			" (%lld) and active products (%lld)\n", c[0], c[1], c[2]);
		*reported = 1;
		st = DB_ERROR;
	}
	return st;
}

/* This connection's share of the first step: the lines, batch after batch. */
static void sales_lines(struct db *db, struct sales_run *r)
{
	enum db_status st = DB_OK;
	for (long done = 0; st == DB_OK && done < r->groups && !demo_pipe_failed(&r->pipe); done += DEMO_SALE_GROUPS) {
		long count = r->groups - done < DEMO_SALE_GROUPS ? r->groups - done : DEMO_SALE_GROUPS;
		long long last = (done + count) * 15 - 1;
		unsigned long long rows = 0;
		st = demo_exec_tx(db, &SQL_DEMO_SALE_LINES, DB_ARGS(DB_INT(done * 15), DB_INT(last < r->n ? last : r->n - 1)),
				  &rows);
		r->lines += rows;
		if (st == DB_OK)
			demo_pipe_ready(&r->pipe, done + count);
	}
	if (st != DB_OK)
		demo_pipe_fail(&r->pipe, db_last_error(db));
	demo_pipe_finish(&r->pipe);
}

/* One step on two connections: sales_thread on its own connection while this thread does its part
 * on db: step 0 the lines (the other the sales), step 1 half of the summaries each. Failures are
 * in r->pipe. */
static void sales_step(struct db *db, struct sales_run *r, int step)
{
	pthread_t tid;
	r->step = step;
	if (pthread_create(&tid, NULL, sales_thread, r) != 0) {
		demo_pipe_fail(&r->pipe, "cannot start a thread");
		demo_pipe_finish(&r->pipe);
		return;
	}
	if (step == 0)
		sales_lines(db, r);
	else if (sales_summaries(db, r, 0) != DB_OK)
		demo_pipe_fail(&r->pipe, db_last_error(db));
	pthread_join(tid, NULL);
}

enum db_status demo_sales(const struct config *cfg, struct db *db, long n, int *reported)
{
	struct sales_run r = { .cfg = cfg, .n = n, .t0 = demo_now() };
	r.groups = (n + 14) / 15;
	r.pt = r.groups * 5;
	enum db_status st = db_query(db, &SQL_DEMO_SALE_BASE, DB_NOARGS, demo_number_row, &r.base);
	if (st == DB_OK)
		st = db_query(db, &SQL_DEMO_SALE_START, DB_NOARGS, start_row, &r);
	if (st == DB_OK)
		st = sales_check(db, &r, reported);
	if (st != DB_OK)
		return st;
	r.next_return = r.base + r.pt;   /* returns take the ids after the run's sales */
	demo_pipe_init(&r.pipe);
	sales_step(db, &r, 0);
	if (!r.pipe.failed)
		sales_step(db, &r, 1);
	demo_pipe_destroy(&r.pipe);
	if (r.pipe.failed) {
		fprintf(stderr, "crmctl: demo-data: %s\n", r.pipe.error);
		*reported = 1;
		return DB_ERROR;
	}
	st = db_exec(db, &SQL_DEMO_BULK_END, DB_NOARGS, NULL, NULL);
	if (st == DB_OK)
		fprintf(stderr, "demo-data: %llu purchase lines in %llu sales, %llu returns with %llu lines; summaries:"
			" %llu client economics, %llu client years, %llu client months, %llu seller months, %llu seller"
			" days (rows written; an update counts 2) in %.1f s\n", r.lines, r.sales, r.returns, r.return_lines,
			r.summary[3], r.summary[4], r.summary[0], r.summary[1], r.summary[2], demo_now() - r.t0);
	return st;
}
