/* page_report_cases.c: the cases report (managers and admins): for a period of months, by kind,
 * category, product, assignee or month, how many came in and are open, first-response and
 * resolution times in business hours, the share that met their targets, satisfaction and
 * compensation; the same as CSV; and a chart of cases by category over the months. */
#include "pages.h"
#include "audit.h"
#include "csv_export.h"
#include "i18n.h"
#include "render.h"
#include "response.h"
#include "svg_chart.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MONTHS_MAX 36

/* One statement for every grouping: the figures are summed in one range of cases_report (which holds
 * every column they need, so no case row is read), grouped by the key (WITH ROLLUP: the last row,
 * key NULL, is the total), and only the few groups then get their labels. Targets of 0 (none) count
 * neither as met nor as missed. */
DB_STMT(SQL_REPORT_CASES,
	"SELECT COALESCE(t.k, ''), IF(t.k IS NULL, ?, COALESCE(CASE ? WHEN 'fil' THEN NULLIF(g.name_fil, '')"
	" WHEN 'ms' THEN NULLIF(g.name_ms, '') END, g.name, p.name, s.full_name, '')) AS label,"
	" t.cases, t.open, t.responded, t.response_h, t.response_met, t.resolved, t.resolution_h, t.resolution_met,"
	" t.rated, t.rating, t.compensation, CAST(t.compensation / 100 AS DECIMAL(20, 2))"
	" FROM (SELECT CASE ? WHEN 'kind' THEN c.kind WHEN 'category' THEN COALESCE(c.category_id, 0)"
	"  WHEN 'product' THEN COALESCE(c.product_id, 0) WHEN 'assignee' THEN COALESCE(c.assignee_id, 0)"
	"  ELSE DATE_FORMAT(c.created_at, '%Y-%m') END AS k,"
	"  COUNT(*) AS cases, SUM(c.state NOT IN ('resolved', 'closed')) AS open, COUNT(c.first_response_minutes) AS responded,"
	"  COALESCE(ROUND(AVG(c.first_response_minutes) / 60, 1), '') AS response_h,"
	"  COALESCE(ROUND(100 * SUM(c.first_response_target > 0 AND c.first_response_minutes <= c.first_response_target)"
	"   / NULLIF(SUM(c.first_response_target > 0 AND c.first_response_minutes IS NOT NULL), 0)), '') AS response_met,"
	"  COUNT(c.resolution_minutes) AS resolved, COALESCE(ROUND(AVG(c.resolution_minutes) / 60, 1), '') AS resolution_h,"
	"  COALESCE(ROUND(100 * SUM(c.resolution_target > 0 AND c.resolution_minutes <= c.resolution_target)"
	"   / NULLIF(SUM(c.resolution_target > 0 AND c.resolution_minutes IS NOT NULL), 0)), '') AS resolution_met,"
	"  COUNT(c.rating) AS rated, COALESCE(ROUND(AVG(c.rating), 2), '') AS rating, SUM(c.compensation_amount) AS compensation"
	"  FROM cases c FORCE INDEX (cases_report)"
	"  WHERE c.created_at >= ? AND c.created_at < ? GROUP BY k WITH ROLLUP) t"
	" LEFT JOIN case_categories g ON ? = 'category' AND g.id = t.k LEFT JOIN products p ON ? = 'product' AND p.id = t.k"
	" LEFT JOIN staff s ON ? = 'assignee' AND s.id = t.k"
	" ORDER BY t.k IS NULL, IF(? IN ('kind', 'month'), t.k, label), t.k LIMIT 1001");
DB_STMT(SQL_REPORT_CASES_CHART,
	"SELECT DATE_FORMAT(c.created_at, '%Y-%m'), COALESCE(c.category_id, 0), COUNT(*) FROM cases c"
	" FORCE INDEX (cases_report) WHERE c.created_at >= ? AND c.created_at < ? GROUP BY 1, 2");
DB_STMT(SQL_REPORT_CASES_BY_MONTH_CSV,
	"SELECT t.month, COALESCE(CASE ? WHEN 'fil' THEN NULLIF(g.name_fil, '') WHEN 'ms' THEN NULLIF(g.name_ms, '') END, g.name, ''),"
	" t.cases FROM (SELECT DATE_FORMAT(c.created_at, '%Y-%m') AS month, c.category_id, COUNT(*) AS cases FROM cases c"
	" FORCE INDEX (cases_report) WHERE c.created_at >= ? AND c.created_at < ? GROUP BY 1, 2) t"
	" LEFT JOIN case_categories g ON g.id = t.category_id ORDER BY t.month, g.id");
DB_STMT(SQL_REPORT_CASE_CATEGORIES,
	"SELECT id, COALESCE(CASE ? WHEN 'fil' THEN NULLIF(name_fil, '') WHEN 'ms' THEN NULLIF(name_ms, '') END, name)"
	" FROM case_categories ORDER BY id LIMIT 11");

/* The period of the request: from and to months (inclusive; default the twelve months to this one),
 * as "YYYY-MM-01" bounds [from, end), and the number of months. -1 after rendering 400 when to is
 * before from or the period is longer than MONTHS_MAX. */
struct period {
	int y, m, months;
	char from[24], end[24], from_month[16], to_month[16];
};

static int period_of(struct request *req, struct period *p)
{
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	int ty = tm.tm_year + 1900, tmo = tm.tm_mon + 1, fy, fm;
	const struct field_value *f = req_field(req, "from"), *t = req_field(req, "to");
	if (t->present)
		sscanf(t->value, "%4d-%2d", &ty, &tmo);
	if (f->present) {
		sscanf(f->value, "%4d-%2d", &fy, &fm);
	} else {
		fy = ty - (tmo < 12);
		fm = tmo < 12 ? tmo + 1 : 1;
	}
	p->months = (ty - fy) * 12 + (tmo - fm) + 1;
	if (p->months < 1 || p->months > MONTHS_MAX) {
		render_error(req, 400, "case.err_period", NULL);
		return -1;
	}
	p->y = fy;
	p->m = fm;
	int ey = ty + (tmo == 12), em = tmo == 12 ? 1 : tmo + 1;
	snprintf(p->from, sizeof(p->from), "%04d-%02d-01", fy, fm);
	snprintf(p->end, sizeof(p->end), "%04d-%02d-01", ey, em);
	snprintf(p->from_month, sizeof(p->from_month), "%04d-%02d", fy, fm);
	snprintf(p->to_month, sizeof(p->to_month), "%04d-%02d", ty, tmo);
	return 0;
}

/* The statement's arguments for grouping by and period p. */
#define REPORT_ARGS(req, by, p) DB_ARGS(DB_STR(i18n_text((req)->lang, "case.total")), DB_STR((req)->lang), DB_STR(by), \
	DB_STR((p)->from), DB_STR((p)->end), DB_STR(by), DB_STR(by), DB_STR(by), DB_STR(by))

static const char *group_of(struct request *req)
{
	const struct field_value *by = req_field(req, "by");
	return by->present ? by->value : "category";
}

void page_report_cases(struct request *req)
{
	static const char *const cols[] = { "key", "label", "cases", "open", "responded", "response_h", "response_met",
					    "resolved", "resolution_h", "resolution_met", "rated", "rating", "compensation",
					    NULL };
	struct period p;
	if (period_of(req, &p) < 0)
		return;
	const char *by = group_of(req);
	struct hdf_rows rows;
	hdf_rows_init(req, "Rows", cols, &rows);
	enum db_status st = db_query(req->db, &SQL_REPORT_CASES,
				     REPORT_ARGS(req, by, &p),
				     hdf_rows_add, &rows);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	HDF *h = req_hdf(req);
	hdf_put(h, "Form.by", by);
	hdf_put(h, "Form.from", p.from_month);
	hdf_put(h, "Form.to", p.to_month);
	hdf_put(h, "Report.query", arena_printf(&req->arena, "by=%s&from=%s&to=%s", by, p.from_month, p.to_month));
	render_page(req, 200, NULL);
}

void page_report_cases_csv(struct request *req)
{
	static const char *const head[] = { "group", "name", "cases", "open", "responded", "first_response_hours",
					    "first_response_met_percent", "resolved", "resolution_hours",
					    "resolution_met_percent", "rated", "satisfaction", "compensation" };
	static const int cols[] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13 };
	struct period p;
	if (period_of(req, &p) < 0)
		return;
	const char *by = group_of(req);
	struct audit_entry a = { .action = "report_export", .entity = "case",
				 .detail = arena_printf(&req->arena, "cases by %s %s..%s", by, p.from_month, p.to_month) };
	enum db_status st = audit_write(req, &a);   /* an export that is not audited does not happen */
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	struct csv_export e;
	csv_export_start(&e, req, "cases-report.csv", head, cols, sizeof(cols) / sizeof(cols[0]));
	csv_export_end(&e, db_query(req->db, &SQL_REPORT_CASES,
				    REPORT_ARGS(req, by, &p),
				    csv_export_row, &e));
}

/* The chart's figures as CSV: month, category, cases (audited like the report's). */
void page_report_cases_chart_csv(struct request *req)
{
	static const char *const head[] = { "month", "category", "cases" };
	static const int cols[] = { 0, 1, 2 };
	struct period p;
	if (period_of(req, &p) < 0)
		return;
	struct audit_entry a = { .action = "report_export", .entity = "case",
				 .detail = arena_printf(&req->arena, "cases by month and category %s..%s", p.from_month, p.to_month) };
	enum db_status st = audit_write(req, &a);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	struct csv_export e;
	csv_export_start(&e, req, "cases-by-category.csv", head, cols, 3);
	csv_export_end(&e, db_query(req->db, &SQL_REPORT_CASES_BY_MONTH_CSV,
				    DB_ARGS(DB_STR(req->lang), DB_STR(p.from), DB_STR(p.end)), csv_export_row, &e));
}

/* The chart's data: up to 10 categories by id and "other" (the rest and none) as series. */
struct chart_data {
	struct request *req;
	const struct period *p;
	long long ids[11];
	const char *labels[12];
	size_t nseries;
	long long *values;     /* months * nseries */
};

static int chart_category(void *ctx, const struct db_row *row)
{
	struct chart_data *d = ctx;
	if (d->nseries < 10) {
		d->ids[d->nseries] = atoll(row->val[0]);
		d->labels[d->nseries++] = arena_strdup(&d->req->arena, row->val[1]);
	}
	return 0;
}

static int chart_cell(void *ctx, const struct db_row *row)
{
	struct chart_data *d = ctx;
	int y = 0, m = 0;
	sscanf(row->val[0], "%4d-%2d", &y, &m);
	long long col = (y - d->p->y) * 12 + (m - d->p->m), cat = atoll(row->val[1]);
	if (col < 0 || col >= d->p->months)
		return 0;
	size_t s = d->nseries - 1;   /* "other" */
	for (size_t i = 0; i + 1 < d->nseries; i++)
		if (d->ids[i] == cat)
			s = i;
	d->values[col * (long long)d->nseries + (long long)s] += atoll(row->val[2]);
	return 0;
}

void page_report_cases_chart(struct request *req)
{
	struct period p;
	if (period_of(req, &p) < 0)
		return;
	struct chart_data d = { .req = req, .p = &p };
	enum db_status st = db_query(req->db, &SQL_REPORT_CASE_CATEGORIES, DB_ARGS(DB_STR(req->lang)), chart_category, &d);
	d.labels[d.nseries++] = i18n_text(req->lang, "case.other_categories");
	d.values = arena_alloc(&req->arena, (size_t)p.months * d.nseries * sizeof(long long));
	if (st == DB_OK)
		st = db_query(req->db, &SQL_REPORT_CASES_CHART, DB_ARGS(DB_STR(p.from), DB_STR(p.end)), chart_cell, &d);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	const char **months = arena_alloc(&req->arena, (size_t)p.months * sizeof(*months));
	struct buf desc = { 0 };
	for (int i = 0; i < p.months; i++) {
		int y = p.y + (p.m - 1 + i) / 12, m = (p.m - 1 + i) % 12 + 1;
		months[i] = arena_printf(&req->arena, "%04d-%02d", y, m);
		buf_printf(&desc, "%s%s:", i ? "; " : "", months[i]);
		for (size_t s = 0; s < d.nseries; s++)
			buf_printf(&desc, "%s %s %lld", s ? "," : "", d.labels[s], d.values[(size_t)i * d.nseries + s]);
	}
	buf_add(&desc, "", 1);
	struct svg_stack_chart c = {
		.title = arena_printf(&req->arena, "%s, %s - %s", i18n_text(req->lang, "case.chart_title"), p.from_month,
				      p.to_month),
		.desc = desc.data, .lang = req->lang, .ncols = (size_t)p.months, .col_labels = months,
		.nseries = d.nseries, .series_labels = d.labels, .values = d.values,
	};
	struct buf svg = { 0 };
	int rc = svg_stack_chart(&svg, &c);
	buf_free(&desc);
	if (rc < 0) {
		buf_free(&svg);
		render_error(req, 500, "err.internal", "svg_stack_chart refused the report");
		return;
	}
	response_open(req, 200, "image/svg+xml; charset=utf-8");
	buf_add(&req->resp.body, svg.data, svg.len);
	buf_free(&svg);
}
