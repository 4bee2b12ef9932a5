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
