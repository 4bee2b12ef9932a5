/* page_plans.c: monthly sales plans (managers): the company's and each seller's, in weighted revenue
 * and optionally plain revenue; last month's plans copied forward in one action. Every change is
 * audited; past months keep their plans. */
#include "pages.h"
#include "audit.h"
#include "board.h"
#include "form_values.h"
#include "i18n.h"
#include "money.h"
#include "render.h"
#include "response.h"
#include "valid.h"
#include <stdlib.h>
#include <string.h>

/* The sellers of the month: active agents and managers, and whoever has a plan in it. */
DB_STMT(SQL_PLAN_ROWS,
	"SELECT s.id, s.full_name, COALESCE(p.weighted, ''), COALESCE(p.revenue, ''), COALESCE(q.weighted, ''),"
	" COALESCE(q.revenue, ''), s.active"
	" FROM staff s LEFT JOIN sales_plans p ON p.month = ? AND p.who = s.id"
	" LEFT JOIN sales_plans q ON q.month = ? - INTERVAL 1 MONTH AND q.who = s.id"
	" WHERE (s.active = 1 AND s.role <> 'admin') OR p.id IS NOT NULL ORDER BY s.full_name, s.id");
DB_STMT(SQL_PLAN_COMPANY,
	"SELECT COALESCE(MAX(IF(month = ?, weighted, NULL)), ''), COALESCE(MAX(IF(month = ?, revenue, NULL)), ''),"
	" COALESCE(MAX(IF(month < ?, weighted, NULL)), ''), COALESCE(MAX(IF(month < ?, revenue, NULL)), '')"
	" FROM sales_plans WHERE who = 0 AND month IN (?, ? - INTERVAL 1 MONTH)");
DB_STMT(SQL_PLAN_GET, "SELECT weighted, COALESCE(revenue, '') FROM sales_plans WHERE month = ? AND who = ? FOR UPDATE");
DB_STMT(SQL_PLAN_UPSERT,
	"INSERT INTO sales_plans (month, staff_id, weighted, revenue, set_by, set_at) VALUES (?, ?, ?, ?, ?, NOW())"
	" ON DUPLICATE KEY UPDATE weighted = VALUES(weighted), revenue = VALUES(revenue), set_by = VALUES(set_by),"
	" set_at = NOW()");
DB_STMT(SQL_PLAN_SELLER, "SELECT id FROM staff WHERE id = ? AND active = 1");
/* Last month's plans where this month has none (the company's and those of active staff). */
DB_STMT(SQL_PLAN_COPY,
	"INSERT IGNORE INTO sales_plans (month, staff_id, weighted, revenue, set_by, set_at)"
	" SELECT ?, p.staff_id, p.weighted, p.revenue, ?, NOW() FROM sales_plans p LEFT JOIN staff s ON s.id = p.staff_id"
	" WHERE p.month = ? - INTERVAL 1 MONTH AND (p.staff_id IS NULL OR s.active = 1)");

/* An amount as the form shows it ("1234.5"); "" stays "". */
static const char *amount_input(struct request *req, const char *stored)
{
	char text[40];
	return stored[0] ? arena_strdup(&req->arena, decimal_format(atoll(stored), 2, text, sizeof(text))) : "";
}

static int plan_row(void *ctx, const struct db_row *row)
{
	static const char *const cols[] = { "id", "name", "weighted", "revenue", "last_weighted", "last_revenue", "active" };
	struct request *req = ((void **)ctx)[0];
	struct hdf_list *list = ((void **)ctx)[1];
	HDF *item = hdf_list_add(list);
	for (int i = 0; i < 7; i++)
		hdf_put(item, cols[i], i >= 2 && i <= 5 ? amount_input(req, row->val[i]) : row->val[i]);
	return 0;
}

/* Renders the plans of the month with status. */
static void plans_render(struct request *req, const char *month, int status)
{
	struct hdf_list list;
	hdf_list_init(req, "Plans", &list);
	void *ctx[2] = { req, &list };
	enum db_status st = db_query(req->db, &SQL_PLAN_ROWS, DB_ARGS(DB_STR(month), DB_STR(month)), plan_row, ctx);
	char **c = NULL;
	if (st == DB_OK)
		st = db_query_one(req->db, &SQL_PLAN_COMPANY,
				  DB_ARGS(DB_STR(month), DB_STR(month), DB_STR(month), DB_STR(month), DB_STR(month),
					  DB_STR(month)), &req->arena, &c);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	HDF *h = req_hdf(req);
	hdf_put(h, "Company.weighted", amount_input(req, c[0]));
	hdf_put(h, "Company.revenue", amount_input(req, c[1]));
	hdf_put(h, "Company.last_weighted", amount_input(req, c[2]));
	hdf_put(h, "Company.last_revenue", amount_input(req, c[3]));
	hdf_put(h, "Plan.month", arena_printf(&req->arena, "%.7s", month));
	render_page(req, status, "staff/plans.cs");
}

void page_plans(struct request *req)
{
	form_fill(req);
	const char *month = board_month(req, 0);
	if (month)
		plans_render(req, month, 200);
}

/* POST /plans: one row's plan (staff empty: the company's). */
void page_plan_set(struct request *req)
{
	int problems = form_fill(req);
	const char *month = board_month(req, 0);
	if (!month)
		return;
	long long staff = valid_id_value(req_field(req, "staff")->value);
	char **row;
	enum db_status st = DB_OK;
	if (!problems && staff) {
		st = db_query_one(req->db, &SQL_PLAN_SELLER, DB_ARGS(DB_INT(staff)), &req->arena, &row);
		if (st == DB_NOT_FOUND) {
			hdf_put(req_hdf(req), "Form.errors.staff", i18n_text(req->lang, "err.choice"));
			problems++;
			st = DB_OK;
		}
	}
	if (st == DB_OK && problems) {
		plans_render(req, month, 400);
		return;
	}
	long long weighted = field_money(req, "weighted");
	const struct field_value *rev = req_field(req, "revenue");
	struct db_arg revenue = rev->present ? DB_INT(field_money(req, "revenue")) : DB_NULLARG;
	char **old = NULL;
	if (st == DB_OK)
		st = db_begin(req->db);
	if (st == DB_OK) {
		st = db_query_one(req->db, &SQL_PLAN_GET, DB_ARGS(DB_STR(month), DB_INT(staff)), &req->arena, &old);
		if (st == DB_NOT_FOUND)
			st = DB_OK, old = NULL;
	}
	if (st == DB_OK)
		st = db_exec(req->db, &SQL_PLAN_UPSERT,
			     DB_ARGS(DB_STR(month), staff ? DB_INT(staff) : DB_NULLARG, DB_INT(weighted), revenue,
				     DB_INT(req->user.id)), NULL, NULL);
	struct audit_entry e = {
		.action = "plan_set", .entity = staff ? "staff" : "company", .entity_id = staff,
		.field = arena_printf(&req->arena, "plan %.7s", month),
		.old_value = old ? arena_printf(&req->arena, "weighted %s revenue %s", old[0], old[1][0] ? old[1] : "-") : NULL,
		.new_value = arena_printf(&req->arena, "weighted %lld revenue %s", weighted,
					  rev->present ? arena_printf(&req->arena, "%lld", field_money(req, "revenue")) : "-") };
	st = audit_commit(req, &e, st);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	response_redirect(req, arena_printf(&req->arena, "/plans?month=%.7s", month));
}

/* POST /plans/copy: last month's plans into this month where it has none. */
void page_plan_copy(struct request *req)
{
	form_fill(req);
	const char *month = board_month(req, 0);
	if (!month)
		return;
	unsigned long long copied = 0;
	enum db_status st = db_begin(req->db);
	if (st == DB_OK)
		st = db_exec(req->db, &SQL_PLAN_COPY, DB_ARGS(DB_STR(month), DB_INT(req->user.id), DB_STR(month)), &copied,
			     NULL);
	struct audit_entry e = { .action = "plan_copy", .entity = "company",
				 .detail = arena_printf(&req->arena, "%.7s: %llu plans copied from the month before", month,
							copied) };
	st = audit_commit(req, &e, st);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	response_redirect(req, arena_printf(&req->arena, "/plans?month=%.7s", month));
}
