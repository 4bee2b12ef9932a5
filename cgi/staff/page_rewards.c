/* page_rewards.c: recognition of a month (managers): the employee of the month proposed by the
 * published rule and confirmed (or another chosen, with a reason), the bonuses the rule proposes
 * and their approval, the rewards log with allowed gift kinds, the month's rewards as CSV for
 * payroll; and the rules themselves (admins). */
#include "pages.h"
#include "audit.h"
#include "board.h"
#include "csv_export.h"
#include "form_values.h"
#include "i18n.h"
#include "render.h"
#include "response.h"
#include "settings.h"
#include "valid.h"
#include <stdlib.h>
#include <string.h>

DB_STMT(SQL_EOM_GET,
	"SELECT e.staff_id, s.full_name, e.reason, b.full_name, DATE_FORMAT(e.confirmed_at, '%Y-%m-%d %H:%i'),"
	" COALESCE(e.proposed_id, 0)"
	" FROM employee_of_month e JOIN staff s ON s.id = e.staff_id JOIN staff b ON b.id = e.confirmed_by"
	" WHERE e.month = ?");
DB_STMT(SQL_EOM_SET,
	"INSERT INTO employee_of_month (month, staff_id, proposed_id, reason, confirmed_by, confirmed_at)"
	" VALUES (?, ?, NULLIF(?, 0), ?, ?, NOW()) ON DUPLICATE KEY UPDATE staff_id = VALUES(staff_id),"
	" proposed_id = VALUES(proposed_id), reason = VALUES(reason), confirmed_by = VALUES(confirmed_by),"
	" confirmed_at = NOW()");
DB_STMT(SQL_REWARDS_OF_MONTH,
	"SELECT r.id, r.staff_id, s.full_name, r.kind, COALESCE(g.name, ''), r.description, COALESCE(r.amount, ''),"
	" r.source, a.full_name, DATE_FORMAT(r.approved_at, '%Y-%m-%d %H:%i'), DATE_FORMAT(r.month, '%Y-%m'),"
	" COALESCE(CAST(r.amount / 100 AS DECIMAL(20, 2)), '')"
	" FROM rewards r JOIN staff s ON s.id = r.staff_id JOIN staff a ON a.id = r.approved_by"
	" LEFT JOIN gift_kinds g ON g.id = r.gift_kind_id WHERE r.month = ? ORDER BY r.id");
DB_STMT(SQL_REWARD_INSERT,
	"INSERT INTO rewards (staff_id, month, kind, gift_kind_id, description, amount, source, approved_by, approved_at)"
	" VALUES (?, ?, ?, NULLIF(?, 0), ?, ?, ?, ?, NOW())");
DB_STMT(SQL_BONUSES_APPROVED, "SELECT staff_id FROM rewards WHERE month = ? AND source = 'bonus'");
DB_STMT(SQL_GIFT_KINDS_ACTIVE, "SELECT id, name FROM gift_kinds WHERE active = 1 ORDER BY name");
DB_STMT(SQL_GIFT_KIND_OK, "SELECT id FROM gift_kinds WHERE id = ? AND active = 1");
DB_STMT(SQL_STAFF_OK, "SELECT id FROM staff WHERE id = ?");
DB_STMT(SQL_REVENUE_PRIVATE, "SELECT value FROM settings WHERE name = 'revenue_private'");

struct month_view {
	const char *month;
	struct board board;
	struct board_rules rules;
	ptrdiff_t proposed;          /* index in board.ranked, or -1 */
};

/* Loads the month's board and rules; -1 after rendering an error. */
static int month_view_load(struct request *req, struct month_view *v)
{
	v->month = board_month(req, 1);
	if (!v->month)
		return -1;
	enum db_status st = board_load(req, v->month, 0, &v->board);
	if (st == DB_OK)
		st = board_rules_load(req, &v->rules);
	if (st != DB_OK) {
		render_db_error(req, st);
		return -1;
	}
	v->proposed = board_eom(req, &v->board, &v->rules);
	return 0;
}

/* The person of the board with this id, or NULL. */
static const struct board_person *month_person(const struct month_view *v, long long staff)
{
	for (size_t i = 0; i < v->board.n; i++)
		if (v->board.ranked[i]->row.staff_id == staff)
			return v->board.ranked[i];
	return NULL;
}

static void rewards_render(struct request *req, struct month_view *v, int status)
{
	HDF *h = req_hdf(req);
	hdf_put(h, "Rewards.month", arena_printf(&req->arena, "%.7s", v->month));
	if (v->proposed >= 0) {
		hdf_put_int(h, "Eom.proposed_id", v->board.ranked[v->proposed]->row.staff_id);
		hdf_put(h, "Eom.proposed_name", v->board.ranked[v->proposed]->name);
	}
	hdf_put_int(h, "Eom.min_bp", v->rules.eom_min_bp);
	char **eom = NULL;
	enum db_status st = db_query_one(req->db, &SQL_EOM_GET, DB_ARGS(DB_STR(v->month)), &req->arena, &eom);
	if (st == DB_OK) {
		hdf_put(h, "Eom.staff_id", eom[0]);
		hdf_put(h, "Eom.name", eom[1]);
		hdf_put(h, "Eom.reason", eom[2]);
		hdf_put(h, "Eom.by", eom[3]);
		hdf_put(h, "Eom.at", eom[4]);
	} else if (st == DB_NOT_FOUND) {
		st = DB_OK;
	}
	static const char *const approved_cols[] = { "staff_id", NULL };
	struct hdf_rows approved;   /* Approved.N.staff_id: whose bonus is in the log already */
	hdf_rows_init(req, "Approved", approved_cols, &approved);
	if (st == DB_OK)
		st = db_query(req->db, &SQL_BONUSES_APPROVED, DB_ARGS(DB_STR(v->month)), hdf_rows_add, &approved);
	struct hdf_list people;
	hdf_list_init(req, "People", &people);
	for (size_t i = 0; i < v->board.n; i++) {
		const struct board_person *p = v->board.ranked[i];
		HDF *r = hdf_list_add(&people);
		hdf_put_int(r, "id", p->row.staff_id);
		hdf_put(r, "name", p->name);
		hdf_put_int(r, "rank", p->row.rank);
		hdf_put_int(r, "weighted", p->row.weighted);
		if (p->has_plan) {
			hdf_put_int(r, "plan", p->row.plan);
			hdf_put_int(r, "achievement_bp", p->achievement_bp);
		}
		hdf_put_int(r, "bonus", board_bonus(&v->rules, p));
	}
	static const char *const cols[] = { "id", "staff_id", "name", "kind", "gift_kind", "description", "amount",
					    "source", "by", "at", NULL };
	static const char *const gift_cols[] = { "id", "name", NULL };
	struct hdf_rows log, gifts;
	hdf_rows_init(req, "Log", cols, &log);
	hdf_rows_init(req, "GiftKinds", gift_cols, &gifts);
	if (st == DB_OK)
		st = db_query(req->db, &SQL_REWARDS_OF_MONTH, DB_ARGS(DB_STR(v->month)), hdf_rows_add, &log);
	if (st == DB_OK)
		st = db_query(req->db, &SQL_GIFT_KINDS_ACTIVE, DB_NOARGS, hdf_rows_add, &gifts);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	render_page(req, status, "staff/rewards.cs");
}

void page_rewards(struct request *req)
{
	form_fill(req);
	struct month_view v;
	if (month_view_load(req, &v) == 0)
		rewards_render(req, &v, 200);
}

/* The start of every form of the page: fields, the month's board and rules; a form with a bad
 * field is shown again with 400. 0, or -1 after rendering. */
static int rewards_post_start(struct request *req, struct month_view *v)
{
	int problems = form_fill(req);
	if (month_view_load(req, v) < 0)
		return -1;
	if (problems) {
		rewards_render(req, v, 400);
		return -1;
	}
	return 0;
}

/* Renders the page again with a message at field name (an i18n key) and status. */
static void rewards_refused(struct request *req, struct month_view *v, const char *name, const char *key, int status)
{
	hdf_put(req_hdf(req), arena_printf(&req->arena, "Form.errors.%s", name), i18n_text(req->lang, key));
	rewards_render(req, v, status);
}

static void rewards_done(struct request *req, const struct month_view *v, enum db_status st)
{
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	response_redirect(req, arena_printf(&req->arena, "/rewards?month=%.7s", v->month));
}

/* POST /rewards/eom: confirm the proposal, or choose another person with a reason. */
void page_rewards_eom(struct request *req)
{
	struct month_view v;
	if (rewards_post_start(req, &v) < 0)
		return;
	long long staff = valid_id_value(req_field(req, "staff")->value);
	long long proposed = v.proposed >= 0 ? v.board.ranked[v.proposed]->row.staff_id : 0;
	const char *reason = req_field(req, "reason")->value;
	if (!month_person(&v, staff)) {
		rewards_refused(req, &v, "staff", "err.choice", 400);
		return;
	}
	if (staff != proposed && !reason[0]) {   /* overriding the published rule needs a reason */
		rewards_refused(req, &v, "reason", "err.eom_reason", 400);
		return;
	}
	enum db_status st = db_begin(req->db);
	if (st == DB_OK)
		st = db_exec(req->db, &SQL_EOM_SET,
			     DB_ARGS(DB_STR(v.month), DB_INT(staff), DB_INT(proposed), DB_STR(reason), DB_INT(req->user.id)),
			     NULL, NULL);
	struct audit_entry e = { .action = "eom_confirm", .entity = "staff", .entity_id = staff,
				 .detail = arena_printf(&req->arena, "%.7s proposed %lld%s%s", v.month, proposed,
							reason[0] ? ": " : "", reason) };
	rewards_done(req, &v, audit_commit(req, &e, st));
}

/* POST /rewards/bonus: approve the bonus the rule gives one person (computed here again). */
void page_rewards_bonus(struct request *req)
{
	struct month_view v;
	if (rewards_post_start(req, &v) < 0)
		return;
	const struct board_person *p = month_person(&v, valid_id_value(req_field(req, "staff")->value));
	if (!p) {
		rewards_refused(req, &v, "staff", "err.choice", 400);
		return;
	}
	long long bonus = board_bonus(&v.rules, p);
	if (bonus <= 0) {
		rewards_refused(req, &v, "staff", "err.no_bonus", 409);
		return;
	}
	const char *what = arena_printf(&req->arena, "%s %.7s", i18n_text(req->lang, "rewards.bonus_of"), v.month);
	enum db_status st = db_begin(req->db);
	if (st == DB_OK)
		st = db_exec(req->db, &SQL_REWARD_INSERT,
			     DB_ARGS(DB_INT(p->row.staff_id), DB_STR(v.month), DB_STR("cash_bonus"), DB_INT(0), DB_STR(what),
				     DB_INT(bonus), DB_STR("bonus"), DB_INT(req->user.id)), NULL, NULL);
	if (st == DB_DUPLICATE) {   /* approved already (a second click, or another manager) */
		db_rollback(req->db);
		rewards_refused(req, &v, "staff", "err.bonus_approved", 409);
		return;
	}
	struct audit_entry e = { .action = "bonus_approve", .entity = "staff", .entity_id = p->row.staff_id,
				 .detail = arena_printf(&req->arena, "%.7s bonus %lld", v.month, bonus) };
	rewards_done(req, &v, audit_commit(req, &e, st));
}

/* POST /rewards: a reward of any kind, written to the log. */
void page_rewards_add(struct request *req)
{
	struct month_view v;
	if (rewards_post_start(req, &v) < 0)
		return;
	long long staff = valid_id_value(req_field(req, "staff")->value);
	long long gift = valid_id_value(req_field(req, "gift_kind")->value);
	const char *kind = req_field(req, "kind")->value;
	const struct field_value *amount = req_field(req, "amount");
	char **row;
	enum db_status st = db_query_one(req->db, &SQL_STAFF_OK, DB_ARGS(DB_INT(staff)), &req->arena, &row);
	if (st == DB_NOT_FOUND) {
		rewards_refused(req, &v, "staff", "err.choice", 400);
		return;
	}
	if (st == DB_OK && strcmp(kind, "gift") == 0) {   /* a gift must be of an allowed kind */
		st = gift ? db_query_one(req->db, &SQL_GIFT_KIND_OK, DB_ARGS(DB_INT(gift)), &req->arena, &row) : DB_NOT_FOUND;
		if (st == DB_NOT_FOUND) {
			rewards_refused(req, &v, "gift_kind", "err.gift_kind", 400);
			return;
		}
	} else {
		gift = 0;
	}
	if (st == DB_OK)
		st = db_begin(req->db);
	unsigned long long id = 0;
	if (st == DB_OK)
		st = db_exec(req->db, &SQL_REWARD_INSERT,
			     DB_ARGS(DB_INT(staff), DB_STR(v.month), DB_STR(kind), DB_INT(gift),
				     DB_STR(req_field(req, "description")->value),
				     amount->present ? DB_INT(field_money(req, "amount")) : DB_NULLARG, DB_STR("manual"),
				     DB_INT(req->user.id)), NULL, &id);
	struct audit_entry e = { .action = "reward_create", .entity = "staff", .entity_id = staff,
				 .detail = arena_printf(&req->arena, "%.7s %s reward %llu", v.month, kind, id) };
	rewards_done(req, &v, audit_commit(req, &e, st));
}

/* GET /rewards.csv: the month's rewards for payroll (amounts in the currency's units). */
void page_rewards_csv(struct request *req)
{
	static const int cols[] = { 10, 1, 2, 3, 4, 5, 11, 7, 8, 9 };
	static const char *const head[] = { "month", "staff_id", "name", "kind", "gift_kind", "description", "amount",
					    "source", "approved_by", "approved_at" };
	form_fill(req);
	const char *month = board_month(req, 1);
	if (!month)
		return;
	struct audit_entry a = { .action = "rewards_export", .entity = "staff",
				 .detail = arena_printf(&req->arena, "%.7s", month) };
	enum db_status st = audit_write(req, &a);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	struct csv_export e;
	csv_export_start(&e, req, arena_printf(&req->arena, "rewards-%.7s.csv", month), head, cols,
			 sizeof(cols) / sizeof(cols[0]));
	csv_export_end(&e, db_query(req->db, &SQL_REWARDS_OF_MONTH, DB_ARGS(DB_STR(month)), csv_export_row, &e));
}

/* GET /admin/motivation: the rules of recognition and bonuses, and whether plain revenue is private. */
static void motivation_render(struct request *req, int status)
{
	struct board_rules r;
	enum db_status st = board_rules_load(req, &r);
	char **priv = NULL;
	if (st == DB_OK)
		st = db_query_one(req->db, &SQL_REVENUE_PRIVATE, DB_NOARGS, &req->arena, &priv);
	if (st != DB_OK && st != DB_NOT_FOUND) {
		render_db_error(req, st);
		return;
	}
	HDF *h = req_hdf(req);
	if (status == 200) {   /* a refused form keeps what was typed */
		char text[40];
		struct buf steps = { 0 };
		hdf_put(h, "Form.eom_min_percent", decimal_format(r.eom_min_bp, 2, text, sizeof(text)));
		hdf_put(h, "Form.bonus_rule", r.use_steps ? "steps" : "percent");
		hdf_put(h, "Form.bonus_percent", decimal_format(r.pct_bp, 2, text, sizeof(text)));
		if (r.steps.n && mot_steps_format(&r.steps, &steps) == 0) {
			buf_add(&steps, "", 1);
			hdf_put(h, "Form.bonus_steps", steps.data);
		}
		buf_free(&steps);
		hdf_put(h, "Form.revenue_private", priv && strcmp(priv[0], "0") == 0 ? "" : "1");
	}
	render_page(req, status, "staff/admin_motivation.cs");
}

void page_admin_motivation(struct request *req)
{
	motivation_render(req, 200);
}

void page_admin_motivation_set(struct request *req)
{
	if (form_fill(req)) {
		motivation_render(req, 400);
		return;
	}
	const char *rule = req_field(req, "bonus_rule")->value, *steps = req_field(req, "bonus_steps")->value;
	if (strcmp(rule, "steps") == 0 && !steps[0]) {   /* a step rule needs its steps */
		hdf_put(req_hdf(req), "Form.errors.bonus_steps", i18n_text(req->lang, "err.required"));
		motivation_render(req, 400);
		return;
	}
	static const char *const names[] = { "eom_min_achievement_bp", "bonus_rule", "bonus_percent_bp", "bonus_steps",
					     "revenue_private" };
	const char *const values[] = {
		arena_printf(&req->arena, "%d", field_bp(req, "eom_min_percent")),
		rule,
		arena_printf(&req->arena, "%d", field_bp(req, "bonus_percent")),
		steps,
		req_field(req, "revenue_private")->present ? "1" : "0",
	};
	enum db_status st = settings_write(req, names, values, sizeof(names) / sizeof(names[0]));
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	response_redirect(req, "/admin/motivation");
}
