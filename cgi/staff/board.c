/* board.c: a month's leaderboard from the summary rows: ranks, achievement, contribution and the
 * rank change since yesterday (the month's figures less today's). */
#include "board.h"
#include "render.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

DB_STMT(SQL_MONTH_BACK, "SELECT DATE_FORMAT(CURDATE() - INTERVAL ? MONTH, '%Y-%m-01')");
/* month (x4), team (x2), month for the "current" test. */
DB_STMT(SQL_BOARD_ROWS,
	"SELECT s.id, s.full_name, s.active, COALESCE(m.weighted, 0), COALESCE(m.revenue, 0),"
	" COALESCE(m.locomotive_units, 0), COALESCE(m.purchases, 0), COALESCE(p.weighted, 0), COALESCE(p.revenue, -1),"
	" COALESCE(d.weighted, 0), COALESCE(d.revenue, 0), COALESCE(d.locomotive_units, 0), COALESCE(d.purchases, 0)"
	" FROM staff s LEFT JOIN sales_monthly m ON m.month = ? AND m.staff_id = s.id"
	" LEFT JOIN sales_plans p ON p.month = ? AND p.who = s.id"
	" LEFT JOIN sales_daily d ON d.day = CURDATE() AND d.staff_id = s.id AND ? = DATE_FORMAT(CURDATE(), '%Y-%m-01')"
	" WHERE (? IS NULL OR s.team_id = ?) AND IF(? = DATE_FORMAT(CURDATE(), '%Y-%m-01'),"
	"  s.active = 1 AND (s.role <> 'admin' OR m.staff_id IS NOT NULL OR p.id IS NOT NULL),"
	"  m.staff_id IS NOT NULL OR p.id IS NOT NULL)");
/* The company's plan and everyone's totals (the whole company, whatever team is shown), the
 * setting of private revenue, and today (this month's first day, the day of the month). */
DB_STMT(SQL_BOARD_COMPANY,
	"SELECT COALESCE((SELECT weighted FROM sales_plans WHERE month = ? AND who = 0), 0),"
	" COALESCE((SELECT revenue FROM sales_plans WHERE month = ? AND who = 0), -1),"
	" COALESCE(SUM(weighted), 0), COALESCE(SUM(revenue), 0), COALESCE(SUM(locomotive_units), 0),"
	" COALESCE(SUM(purchases), 0),"
	" COALESCE((SELECT SUM(locomotive_units) FROM sales_daily WHERE day = CURDATE()), 0),"
	" COALESCE((SELECT value FROM settings WHERE name = 'revenue_private'), '1'),"
	" DATE_FORMAT(CURDATE(), '%Y-%m-01'), DAY(CURDATE())"
	" FROM sales_monthly WHERE month = ?");

DB_STMT(SQL_BOARD_RULES,
	"SELECT name, value FROM settings WHERE name IN ('eom_min_achievement_bp', 'bonus_rule', 'bonus_percent_bp',"
	" 'bonus_steps')");

static int rules_row(void *ctx, const struct db_row *row)
{
	struct board_rules *r = ctx;
	const char *name = row->val[0], *v = row->val[1] ? row->val[1] : "";
	if (strcmp(name, "eom_min_achievement_bp") == 0)
		r->eom_min_bp = atoll(v);
	else if (strcmp(name, "bonus_rule") == 0)
		r->use_steps = strcmp(v, "steps") == 0;
	else if (strcmp(name, "bonus_percent_bp") == 0)
		r->pct_bp = atoi(v);
	else if (strcmp(name, "bonus_steps") == 0 && mot_steps_parse(v, &r->steps) != MOT_STEPS_OK)
		r->steps.n = 0;
	return 0;
}

enum db_status board_rules_load(struct request *req, struct board_rules *r)
{
	memset(r, 0, sizeof(*r));
	r->eom_min_bp = MOT_EOTM_MIN_BP_DEFAULT;
	return db_query(req->db, &SQL_BOARD_RULES, DB_NOARGS, rules_row, r);
}

long long board_bonus(const struct board_rules *r, const struct board_person *p)
{
	long long bonus = 0;
	if (r->use_steps ? (r->steps.n ? mot_bonus_steps(&r->steps, p->row.weighted, p->row.plan, &bonus) : MOT_EINVAL)
			 : mot_bonus_percent(p->row.weighted, p->row.plan, r->pct_bp, &bonus))
		return 0;
	return bonus;
}

ptrdiff_t board_eom(struct request *req, const struct board *b, const struct board_rules *r)
{
	struct mot_row *rows = arena_alloc(&req->arena, (b->n ? b->n : 1) * sizeof(*rows));
	for (size_t i = 0; i < b->n; i++)
		rows[i] = b->ranked[i]->row;
	return mot_employee_of_month(rows, b->n, r->eom_min_bp);
}

const char *board_month(struct request *req, int months_back)
{
	const struct field_value *f = req_field(req, "month");
	if (f->present && !f->error)
		return arena_printf(&req->arena, "%.7s-01", f->value);
	char **row;
	enum db_status st = db_query_one(req->db, &SQL_MONTH_BACK, DB_ARGS(DB_INT(months_back)), &req->arena, &row);
	if (st != DB_OK) {
		render_db_error(req, st);
		return NULL;
	}
	hdf_put(req_hdf(req), "Form.month", arena_printf(&req->arena, "%.7s", row[0]));
	return row[0];
}

struct board_fill {
	struct request *req;
	struct board_person *people;
	size_t n, cap;
};

static int board_row(void *ctx, const struct db_row *row)
{
	struct board_fill *f = ctx;
	if (f->n == f->cap) {
		size_t cap = f->cap ? f->cap * 2 : 64;
		struct board_person *p = arena_alloc(&f->req->arena, cap * sizeof(*p));
		if (f->n)
			memcpy(p, f->people, f->n * sizeof(*p));
		f->people = p;
		f->cap = cap;
	}
	struct board_person *p = &f->people[f->n++];
	memset(p, 0, sizeof(*p));
	p->row.staff_id = atoll(row->val[0]);
	p->name = arena_strdup(&f->req->arena, row->val[1]);
	p->active = atoi(row->val[2]);
	p->row.weighted = atoll(row->val[3]);
	p->row.revenue = atoll(row->val[4]);
	p->row.locomotive_units = atoll(row->val[5]);
	p->row.purchases = atoll(row->val[6]);
	p->row.plan = atoll(row->val[7]);
	p->revenue_plan = atoll(row->val[8]);
	p->today_weighted = atoll(row->val[9]);
	p->today_revenue = atoll(row->val[10]);
	p->today_units = atoll(row->val[11]);
	p->today_purchases = atoll(row->val[12]);
	return 0;
}

/* Yesterday's standings (the month less today) ranked, to give each person's change of rank. */
static void board_changes(struct request *req, struct board *b, struct board_person *people)
{
	struct mot_row *before = arena_alloc(&req->arena, (b->n ? b->n : 1) * sizeof(*before));
	for (size_t i = 0; i < b->n; i++) {
		const struct board_person *p = &people[i];
		before[i] = p->row;
		before[i].weighted -= p->today_weighted;
		before[i].revenue -= p->today_revenue;
		before[i].locomotive_units -= p->today_units;
		before[i].purchases -= p->today_purchases;
	}
	mot_rank(before, b->n);
	for (size_t i = 0; i < b->n; i++) {
		struct board_person *p = &people[i];
		p->has_change = mot_rank_change(before, b->n, p->row.staff_id, p->row.rank, &p->change) == 0;
	}
}

enum db_status board_load(struct request *req, const char *month, long long team, struct board *b)
{
	memset(b, 0, sizeof(*b));
	snprintf(b->month, sizeof(b->month), "%.10s", month);
	char **c;
	struct board_fill f = { .req = req };
	struct db_arg team_arg = team ? DB_INT(team) : DB_NULLARG;
	enum db_status st = db_query(req->db, &SQL_BOARD_ROWS,
				     DB_ARGS(DB_STR(b->month), DB_STR(b->month), DB_STR(b->month), team_arg, team_arg,
					     DB_STR(b->month)), board_row, &f);
	if (st == DB_OK)
		st = db_query_one(req->db, &SQL_BOARD_COMPANY, DB_ARGS(DB_STR(b->month), DB_STR(b->month), DB_STR(b->month)),
				  &req->arena, &c);
	if (st != DB_OK)
		return st;
	int year = atoi(b->month), mon = atoi(b->month + 5);
	b->days = mot_days_in_month(year, mon);
	b->current = strcmp(c[8], b->month) == 0;
	b->day = b->current ? atoi(c[9]) : b->days;
	b->company_plan = atoll(c[0]);
	b->company_revenue_plan = atoll(c[1]);
	b->weighted = atoll(c[2]);
	b->revenue = atoll(c[3]);
	b->locomotive_units = atoll(c[4]);
	b->purchases = atoll(c[5]);
	b->today_units = b->current ? atoll(c[6]) : 0;
	b->revenue_private = strcmp(c[7], "0") != 0;
	b->n = f.n;
	b->has_contribution = b->company_plan > 0;
	/* rank the rows themselves (mot_rank sorts), then point each row back at its person */
	struct mot_row *rows = arena_alloc(&req->arena, (f.n ? f.n : 1) * sizeof(*rows));
	for (size_t i = 0; i < f.n; i++) {
		f.people[i].row.data = &f.people[i];
		rows[i] = f.people[i].row;
	}
	mot_rank(rows, f.n);
	b->ranked = arena_alloc(&req->arena, (f.n ? f.n : 1) * sizeof(*b->ranked));
	for (size_t i = 0; i < f.n; i++) {
		struct board_person *p = (struct board_person *)rows[i].data;
		p->row.rank = rows[i].rank;
		b->ranked[i] = p;
		p->has_plan = mot_achievement(p->row.weighted, p->row.plan, &p->achievement_bp) == MOT_OK;
		if (b->has_contribution)
			mot_contribution(p->row.weighted, b->company_plan, &p->contribution_bp);
	}
	if (b->current && b->day > 1)
		board_changes(req, b, f.people);
	return DB_OK;
}
