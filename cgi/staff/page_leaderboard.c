/* page_leaderboard.c: the month's leaderboard (every staff member sees it; plain revenue only for
 * managers when it is private) and its chart, a server-rendered SVG with a text alternative. */
#include "pages.h"
#include "board.h"
#include "i18n.h"
#include "money.h"
#include "render.h"
#include "response.h"
#include "svg_chart.h"
#include <stdlib.h>
#include <string.h>

DB_STMT(SQL_TEAM_CHOICES, "SELECT id, name FROM teams WHERE active = 1 ORDER BY name");

/* Whether the request's user sees plain revenue on this board. */
static int sees_revenue(const struct request *req, const struct board *b)
{
	return !b->revenue_private || (req->user.role & (ROLE_ADMIN | ROLE_MANAGER));
}

static void board_to_hdf(struct request *req, const struct board *b)
{
	HDF *h = req_hdf(req);
	int revenue = sees_revenue(req, b);
	hdf_put(h, "Board.month", arena_printf(&req->arena, "%.7s", b->month));
	hdf_put_int(h, "Board.current", b->current);
	hdf_put_int(h, "Board.day", b->day);
	hdf_put_int(h, "Board.days", b->days);
	hdf_put_int(h, "Board.revenue_shown", revenue);
	hdf_put_int(h, "Board.weighted", b->weighted);
	if (revenue)
		hdf_put_int(h, "Board.revenue", b->revenue);
	hdf_put_int(h, "Board.locomotive_units", b->locomotive_units);
	hdf_put_int(h, "Board.purchases", b->purchases);
	hdf_put_int(h, "Board.today_units", b->today_units);
	if (b->company_plan > 0) {
		long long bp = 0, pace = 0;
		mot_achievement(b->weighted, b->company_plan, &bp);
		mot_pace(b->company_plan, b->day, b->days, &pace);
		hdf_put_int(h, "Board.company_plan", b->company_plan);
		hdf_put_int(h, "Board.company_bp", bp);
		hdf_put_int(h, "Board.pace", pace);
	}
	struct hdf_list rows;
	hdf_list_init(req, "Board.rows", &rows);
	for (size_t i = 0; i < b->n; i++) {
		const struct board_person *p = b->ranked[i];
		HDF *r = hdf_list_add(&rows);
		hdf_put_int(r, "rank", p->row.rank);
		hdf_put_int(r, "id", p->row.staff_id);
		hdf_put(r, "name", p->name);
		hdf_put_int(r, "active", p->active);
		hdf_put_int(r, "me", p->row.staff_id == req->user.id);
		hdf_put_int(r, "weighted", p->row.weighted);
		if (revenue) {
			hdf_put_int(r, "revenue", p->row.revenue);
			if (p->revenue_plan >= 0)
				hdf_put_int(r, "revenue_plan", p->revenue_plan);
		}
		hdf_put_int(r, "units", p->row.locomotive_units);
		hdf_put_int(r, "purchases", p->row.purchases);
		if (p->has_plan) {
			hdf_put_int(r, "plan", p->row.plan);
			hdf_put_int(r, "achievement_bp", p->achievement_bp);
			hdf_put_int(r, "bar", p->achievement_bp > 10000 ? 100 : p->achievement_bp < 0 ? 0 : p->achievement_bp / 100);
		}
		if (b->has_contribution)
			hdf_put_int(r, "contribution_bp", p->contribution_bp);
		if (p->has_change)
			hdf_put_int(r, "change", p->change);
	}
}

/* The board of the request's month and team into *b; -1 after rendering an error. */
static int board_of_request(struct request *req, struct board *b)
{
	form_fill(req);
	const char *month = board_month(req, 0);
	if (!month)
		return -1;
	enum db_status st = board_load(req, month, valid_id_value(req_field(req, "team")->value), b);
	if (st != DB_OK) {
		render_db_error(req, st);
		return -1;
	}
	return 0;
}

void page_leaderboard(struct request *req)
{
	struct board b;
	if (board_of_request(req, &b) < 0)
		return;
	static const char *const cols[] = { "id", "name", NULL };
	struct hdf_rows teams;
	hdf_rows_init(req, "Teams", cols, &teams);
	enum db_status st = db_query(req->db, &SQL_TEAM_CHOICES, DB_NOARGS, hdf_rows_add, &teams);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	board_to_hdf(req, &b);
	render_page(req, 200, NULL);
}

/* GET /leaderboard/chart.svg: weighted revenue against plan per person, in rank order. The page
 * shows it with the same figures as text in the table beside it. */
void page_leaderboard_chart(struct request *req)
{
	struct board b;
	if (board_of_request(req, &b) < 0)
		return;
	const char **labels = arena_alloc(&req->arena, (b.n + 1) * sizeof(*labels));
	const char **texts = arena_alloc(&req->arena, (b.n + 1) * sizeof(*texts));
	long long *values = arena_alloc(&req->arena, (b.n + 1) * sizeof(*values));
	long long *plans = arena_alloc(&req->arena, (b.n + 1) * sizeof(*plans));
	struct buf desc = { 0 };
	for (size_t i = 0; i < b.n; i++) {
		const struct board_person *p = b.ranked[i];
		char money[64], plan[64];
		labels[i] = p->name;
		values[i] = p->row.weighted;
		plans[i] = p->row.plan;
		money_format(p->row.weighted, req->cfg->currency, req->lang, money, sizeof(money));
		texts[i] = arena_strdup(&req->arena, money);
		if (p->has_plan)
			money_format(p->row.plan, req->cfg->currency, req->lang, plan, sizeof(plan));
		buf_adds(&desc, arena_printf(&req->arena, "%s%d. %s: %s%s%s", i ? "; " : "", p->row.rank, p->name, money,
					     p->has_plan ? " / " : "", p->has_plan ? plan : ""));
	}
	buf_add(&desc, "", 1);
	struct svg_bar_chart c = {
		.title = arena_printf(&req->arena, "%s %.7s", i18n_text(req->lang, "board.chart_title"), b.month),
		.desc = b.n ? desc.data : i18n_text(req->lang, "board.none"),
		.lang = req->lang,
		.plan_legend = i18n_text(req->lang, "board.plan"),
		.n = b.n, .labels = labels, .values = values, .plans = plans, .value_texts = texts,
	};
	struct buf svg = { 0 };
	int rc = svg_bar_chart(&svg, &c);
	buf_free(&desc);
	if (rc < 0) {
		buf_free(&svg);
		render_error(req, 500, "err.internal", "svg_bar_chart refused the board");
		return;
	}
	response_open(req, 200, "image/svg+xml; charset=utf-8");
	buf_add(&req->resp.body, svg.data, svg.len);
	buf_free(&svg);
}

DB_STMT(SQL_PERSON, "SELECT full_name, active FROM staff WHERE id = ?");
DB_STMT(SQL_PERSON_FAME, "SELECT DATE_FORMAT(month, '%Y-%m'), reason FROM employee_of_month WHERE staff_id = ? ORDER BY month DESC");
DB_STMT(SQL_PERSON_REWARDS,
	"SELECT DATE_FORMAT(month, '%Y-%m'), kind, description, COALESCE(amount, '') FROM rewards WHERE staff_id = ?"
	" ORDER BY month DESC, id DESC LIMIT 24");

/* GET /leaderboard/staff/{id}: a person's month (plan, achievement, what is left, locomotive sales),
 * their months as employee of the month and their rewards; for themselves and for managers. */
void page_leaderboard_person(struct request *req)
{
	long long id = valid_id_value(req_path_arg(req, 0));
	if (id != req->user.id && !(req->user.role & (ROLE_ADMIN | ROLE_MANAGER))) {
		render_error(req, 403, "err.forbidden", NULL);
		return;
	}
	char **who;
	enum db_status st = id ? db_query_one(req->db, &SQL_PERSON, DB_ARGS(DB_INT(id)), &req->arena, &who) : DB_NOT_FOUND;
	if (st == DB_NOT_FOUND) {
		render_error(req, 404, "err.not_found", NULL);
		return;
	}
	struct board b;
	if (st == DB_OK)
		st = board_of_request(req, &b) < 0 ? DB_ERROR : DB_OK;
	else {
		render_db_error(req, st);
		return;
	}
	if (st != DB_OK)
		return;   /* rendered */
	HDF *h = req_hdf(req);
	hdf_put(h, "Person.name", who[0]);
	hdf_put_int(h, "Person.id", id);
	hdf_put(h, "Person.month", arena_printf(&req->arena, "%.7s", b.month));
	for (size_t i = 0; i < b.n; i++) {
		const struct board_person *p = b.ranked[i];
		if (p->row.staff_id != id)
			continue;
		hdf_put_int(h, "Person.rank", p->row.rank);
		hdf_put_int(h, "Person.of", (long long)b.n);
		hdf_put_int(h, "Person.weighted", p->row.weighted);
		hdf_put_int(h, "Person.units", p->row.locomotive_units);
		hdf_put_int(h, "Person.sales", p->row.purchases);
		hdf_put_int(h, "Person.today_units", p->today_units);
		if (p->has_plan) {
			long long left = 0;
			mot_left(p->row.weighted, p->row.plan, &left);
			hdf_put_int(h, "Person.plan", p->row.plan);
			hdf_put_int(h, "Person.achievement_bp", p->achievement_bp);
			hdf_put_int(h, "Person.left", left);
		}
	}
	static const char *const fame_cols[] = { "month", "reason", NULL };
	static const char *const reward_cols[] = { "month", "kind", "description", "amount", NULL };
	struct hdf_rows fame, rewards;
	hdf_rows_init(req, "Fame", fame_cols, &fame);
	hdf_rows_init(req, "PersonRewards", reward_cols, &rewards);
	st = db_query(req->db, &SQL_PERSON_FAME, DB_ARGS(DB_INT(id)), hdf_rows_add, &fame);
	if (st == DB_OK)
		st = db_query(req->db, &SQL_PERSON_REWARDS, DB_ARGS(DB_INT(id)), hdf_rows_add, &rewards);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	render_page(req, 200, NULL);
}

DB_STMT(SQL_COMPANY_DAYS,
	"SELECT DAY(day), SUM(weighted) FROM sales_daily WHERE day >= ? AND day < ? + INTERVAL 1 MONTH GROUP BY day");

static int company_day(void *ctx, const struct db_row *row)
{
	long long *per_day = ctx;
	int d = atoi(row->val[0]);
	if (d >= 1 && d <= 31)
		per_day[d - 1] = atoll(row->val[1]);
	return 0;
}

/* GET /leaderboard/pace.svg: the company's weighted revenue through the month, day by day, against
 * the straight pace of its plan. */
void page_leaderboard_pace(struct request *req)
{
	struct board b;
	if (board_of_request(req, &b) < 0)
		return;
	long long per_day[31] = { 0 };
	enum db_status st = db_query(req->db, &SQL_COMPANY_DAYS, DB_ARGS(DB_STR(b.month), DB_STR(b.month)), company_day,
				     per_day);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	for (int d = 1; d < b.day; d++)
		per_day[d] += per_day[d - 1];
	char done[64], plan[64];
	money_format(b.day ? per_day[b.day - 1] : 0, req->cfg->currency, req->lang, done, sizeof(done));
	money_format(b.company_plan, req->cfg->currency, req->lang, plan, sizeof(plan));
	struct svg_line_chart c = {
		.title = arena_printf(&req->arena, "%s %.7s", i18n_text(req->lang, "board.pace_title"), b.month),
		.desc = arena_printf(&req->arena, "%s %d/%d: %s%s%s", i18n_text(req->lang, "board.day"), b.day, b.days, done,
				     b.company_plan > 0 ? " / " : "", b.company_plan > 0 ? plan : ""),
		.lang = req->lang,
		.plan_text = b.company_plan > 0 ? plan : NULL,
		.actual = per_day, .n_days = b.day, .days = b.days, .plan = b.company_plan,
	};
	struct buf svg = { 0 };
	if (svg_line_chart(&svg, &c) < 0) {
		buf_free(&svg);
		render_error(req, 500, "err.internal", "svg_line_chart refused the month");
		return;
	}
	response_open(req, 200, "image/svg+xml; charset=utf-8");
	buf_add(&req->resp.body, svg.data, svg.len);
	buf_free(&svg);
}
