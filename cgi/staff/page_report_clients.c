/* page_report_clients.c: clients by value (revenue, margin, tenure) and the lapsed lists (bought last
 * year but not this year: LYBUNT; some year but not this year: SYBUNT), read from the summary rows
 * in keyset pages, and the same lists as CSV (managers and admins). */
#include "pages.h"
#include "audit.h"
#include "client_pages.h"
#include "csv_export.h"
#include "render.h"
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#define PAGE 50

/* "Bought in a year" is a sale dated that year (client_economics.last_year is the year of the last
 * one; a sale returned later still counts, as a donation refunded does in LYBUNT reports). The
 * year is the database's current date's. */
#define REPORT_COLS "e.client_id, COALESCE(l.sort_name, ''), COALESCE(m.full_name, ''), COALESCE(g.name, ''),"\
	" COALESCE(t.name, ''), e.revenue, e.margin, e.discounts, e.purchases, e.returns,"\
	" DATE_FORMAT(e.first_at, '%Y-%m-%d'), DATE_FORMAT(e.last_at, '%Y-%m-%d'),"\
	" TIMESTAMPDIFF(MONTH, e.first_at, NOW()), CAST(e.revenue / 100 AS DECIMAL(20, 2)),"\
	" CAST(e.margin / 100 AS DECIMAL(20, 2)), CAST(e.discounts / 100 AS DECIMAL(20, 2))"
#define REPORT_JOINS " JOIN client_list l ON l.client_id = e.client_id"\
	" LEFT JOIN staff m ON m.id = l.manager_id LEFT JOIN segments g ON g.id = l.segment_id"\
	" LEFT JOIN loyalty_tiers t ON t.id = e.tier_id"
/* manager, segment (each twice, NULL for any); lapsed (0 all, 1 last year, 2 some year) twice:
 * a range of last_year, one year for LYBUNT (client_economics_lapsed gives it in revenue order) */
#define REPORT_FILTERS " AND (? IS NULL OR l.manager_id = ?) AND (? IS NULL OR l.segment_id = ?)"\
	" AND e.last_year BETWEEN IF(? = 1, YEAR(NOW()) - 1, 0) AND IF(? = 0, 9999, YEAR(NOW()) - 1)"

/* Each order reads its index of client_economics from the cursor's key and client down (or up). */
DB_STMT(SQL_REPORT_BY_REVENUE,
	"SELECT STRAIGHT_JOIN " REPORT_COLS " FROM client_economics e" REPORT_JOINS
	" WHERE (e.revenue < ? OR (e.revenue = ? AND e.client_id < ?))" REPORT_FILTERS
	" ORDER BY e.revenue DESC, e.client_id DESC LIMIT ?");
/* LYBUNT by revenue: one range of client_economics_lapsed (the optimizer, weighing the keyset's OR,
 * would rather scan the revenue index and test every client's year). */
DB_STMT(SQL_REPORT_LYBUNT_BY_REVENUE,
	"SELECT STRAIGHT_JOIN " REPORT_COLS " FROM client_economics e FORCE INDEX (client_economics_lapsed)" REPORT_JOINS
	" WHERE e.last_year = YEAR(NOW()) - 1 AND (e.revenue < ? OR (e.revenue = ? AND e.client_id < ?))" REPORT_FILTERS
	" ORDER BY e.revenue DESC, e.client_id DESC LIMIT ?");
DB_STMT(SQL_REPORT_BY_MARGIN,
	"SELECT STRAIGHT_JOIN " REPORT_COLS " FROM client_economics e" REPORT_JOINS
	" WHERE (e.margin < ? OR (e.margin = ? AND e.client_id < ?))" REPORT_FILTERS
	" ORDER BY e.margin DESC, e.client_id DESC LIMIT ?");
DB_STMT(SQL_REPORT_BY_TENURE,
	"SELECT STRAIGHT_JOIN " REPORT_COLS " FROM client_economics e" REPORT_JOINS
	" WHERE (e.first_at > ? OR (e.first_at = ? AND e.client_id > ?))" REPORT_FILTERS
	" ORDER BY e.first_at, e.client_id LIMIT ?");
DB_STMT(SQL_REPORT_CURSOR,
	"SELECT revenue, margin, DATE_FORMAT(first_at, '%Y-%m-%d %H:%i:%s') FROM client_economics"
	" WHERE client_id = ? AND first_at IS NOT NULL");

#define REPORT_ARGS 10

/* The statement and arguments of the report the request's fields ask for, limit rows from the
 * cursor (the field "after", a client id) on. DB_NOT_FOUND when the cursor is not a listed client.
 * Arguments point into req's arena. */
static enum db_status report_query(struct request *req, long long limit, const struct db_stmt_def **def,
				   struct db_arg *args)
{
	const char *sort = req_field(req, "sort")->value, *list = req_field(req, "list")->value;
	long long after = valid_id_value(req_field(req, "after")->value);
	int tenure = strcmp(sort, "tenure") == 0, margin = strcmp(sort, "margin") == 0;
	int lapsed = strcmp(list, "lybunt") == 0 ? 1 : strcmp(list, "sybunt") == 0 ? 2 : 0;
	*def = tenure ? &SQL_REPORT_BY_TENURE : margin ? &SQL_REPORT_BY_MARGIN
	     : lapsed == 1 ? &SQL_REPORT_LYBUNT_BY_REVENUE : &SQL_REPORT_BY_REVENUE;
	struct db_arg key = tenure ? DB_STR("1000-01-01 00:00:00") : DB_INT(LLONG_MAX);
	long long id = tenure ? 0 : 1LL << 40;
	enum db_status st = DB_OK;
	if (after) {
		char **cur;
		st = db_query_one(req->db, &SQL_REPORT_CURSOR, DB_ARGS(DB_INT(after)), &req->arena, &cur);
		if (st == DB_OK)
			key = tenure ? DB_STR(cur[2]) : DB_INT(atoll(cur[margin ? 1 : 0]));
		id = after;
	}
	const struct field_value *mgr = req_field(req, "manager"), *seg = req_field(req, "segment");
	struct db_arg manager = mgr->present ? DB_INT(valid_id_value(mgr->value)) : DB_NULLARG;
	struct db_arg segment = seg->present ? DB_INT(valid_id_value(seg->value)) : DB_NULLARG;
	const struct db_arg a[REPORT_ARGS] = { key, key, DB_INT(id), manager, manager, segment, segment,
					       DB_INT(lapsed), DB_INT(lapsed), DB_INT(limit) };
	memcpy(args, a, sizeof(a));
	return st;
}

/* Fills Form.* and the filter choices (a GET with a bad field never gets here: app.c answers 400).
 * 0, or -1 after rendering the error. */
static int report_start(struct request *req)
{
	form_fill(req);
	return client_choices(req);
}

void page_report_clients(struct request *req)
{
	static const char *const cols[] = { "id", "name", "manager", "segment", "tier", "revenue", "margin", "discounts",
					    "purchases", "returns", "first", "last", "months", NULL };
	if (report_start(req) < 0)
		return;
	struct db_arg args[REPORT_ARGS];
	const struct db_stmt_def *def;
	enum db_status st = report_query(req, PAGE + 1, &def, args);
	if (st == DB_NOT_FOUND) {
		render_error(req, 400, "err.cursor", NULL);
		return;
	}
	struct hdf_page page;
	hdf_page_init(req, "Report", cols, PAGE, &page);
	if (st == DB_OK)
		st = db_query(req->db, def, args, REPORT_ARGS, hdf_page_add, &page);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	if (hdf_page_next(&page))
		hdf_put(req_hdf(req), "Page.next_after", hdf_page_next(&page));
	render_page(req, 200, NULL);
}

void page_report_clients_csv(struct request *req)
{
	/* amounts in the currency's units (the last three columns), not minor units */
	static const int cols[] = { 0, 1, 2, 3, 4, 13, 14, 15, 8, 9, 10, 11, 12 };
	static const char *const head[] = { "id", "name", "manager", "segment", "tier", "revenue", "margin", "discounts",
					    "purchases", "returns", "first_purchase", "last_purchase", "months_as_client" };
	if (report_start(req) < 0)
		return;
	struct db_arg args[REPORT_ARGS];
	const struct db_stmt_def *def;
	enum db_status st = report_query(req, 1LL << 40, &def, args);
	struct audit_entry a = { .action = "report_export", .entity = "client",
				 .detail = req->query && req->query[0] ? req->query : "clients by revenue" };
	if (st == DB_NOT_FOUND) {
		render_error(req, 400, "err.cursor", NULL);
		return;
	}
	if (st == DB_OK)
		st = audit_write(req, &a);   /* an export that is not audited does not happen */
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	struct csv_export e;
	csv_export_start(&e, req, "clients-report.csv", head, cols, sizeof(cols) / sizeof(cols[0]));
	csv_export_end(&e, db_query(req->db, def, args, REPORT_ARGS, csv_export_row, &e));
}
