/* day.c: a staff member's day: occasions, follow-ups, consultations, dormant clients, the month's progress. */
#include "day.h"
#include "motivation.h"
#include "occasion.h"
#include "render.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DAY_LIST_MAX 25   /* follow-ups and consultations on a day page: the rest are a link away */

DB_STMT(SQL_DAY_RULES,
	"SELECT name, value FROM settings WHERE name IN ('company_time_zone', 'dormant_days', 'dormant_mark_days',"
	" 'birthday_discount_bp', 'birthday_window_days')");
/* Birthdays and own name days by the (manager, month-day) indexes, and name days proposed by the
 * calendar for clients without one of their own: one or two month-day ranges (new year). */
DB_STMT(SQL_DAY_OCCASIONS,
	"SELECT c.id, c.sort_name, 'b', MONTH(c.birthday), DAYOFMONTH(c.birthday), YEAR(c.birthday),"
	" COALESCE(c.preferred_channel, ''),"
	" COALESCE((SELECT GROUP_CONCAT(k.channel ORDER BY k.channel) FROM client_consents k"
	"  WHERE k.client_id = c.id AND k.granted = 1), ''),"
	" COALESCE((SELECT MAX(g.year) FROM greetings g WHERE g.client_id = c.id AND g.occasion = 'birthday'), 0)"
	" FROM clients c WHERE c.manager_id = ? AND (c.birthday_md BETWEEN ? AND ? OR c.birthday_md BETWEEN ? AND ?)"
	" AND c.merged_into IS NULL"
	" UNION ALL SELECT c.id, c.sort_name, 'n', c.name_day_month, c.name_day_day, 0, COALESCE(c.preferred_channel, ''),"
	" COALESCE((SELECT GROUP_CONCAT(k.channel ORDER BY k.channel) FROM client_consents k"
	"  WHERE k.client_id = c.id AND k.granted = 1), ''),"
	" COALESCE((SELECT MAX(g.year) FROM greetings g WHERE g.client_id = c.id AND g.occasion = 'name_day'), 0)"
	" FROM clients c WHERE c.manager_id = ? AND (c.name_day_md BETWEEN ? AND ? OR c.name_day_md BETWEEN ? AND ?)"
	" AND c.merged_into IS NULL"
	" UNION ALL SELECT c.id, c.sort_name, 'c', n.month, n.day, 0, COALESCE(c.preferred_channel, ''),"
	" COALESCE((SELECT GROUP_CONCAT(k.channel ORDER BY k.channel) FROM client_consents k"
	"  WHERE k.client_id = c.id AND k.granted = 1), ''),"
	" COALESCE((SELECT MAX(g.year) FROM greetings g WHERE g.client_id = c.id AND g.occasion = 'name_day'), 0)"
	" FROM name_days n JOIN clients c ON c.given_name = n.name AND c.manager_id = ?"
	" WHERE (n.md BETWEEN ? AND ? OR n.md BETWEEN ? AND ?) AND c.name_day_month IS NULL AND c.kind = 'person'"
	" AND c.merged_into IS NULL LIMIT 2001");
DB_STMT(SQL_DAY_PERSON, "SELECT full_name FROM staff WHERE id = ? AND active = 1");
/* Whose days a manager may choose: active staff, and teams. */
DB_STMT(SQL_DAY_STAFF_CHOICES,
	"SELECT id, full_name, role, COALESCE(team_id, 0) FROM staff WHERE active = 1 ORDER BY full_name, id");
DB_STMT(SQL_DAY_TEAM_CHOICES, "SELECT id, name FROM teams WHERE active = 1 ORDER BY name");
DB_STMT(SQL_DAY_FOLLOWUPS,
	"SELECT i.id, DATE_FORMAT(i.follow_up, '%Y-%m-%d'), i.follow_up < ?, c.id, c.sort_name, i.channel, i.summary"
	" FROM interactions i JOIN clients c ON c.id = i.client_id"
	" WHERE i.staff_id = ? AND i.follow_up_done = 0 AND i.follow_up IS NOT NULL AND i.follow_up <= ?"
	" ORDER BY i.follow_up, i.id LIMIT ?");
DB_STMT(SQL_DAY_CONSULTATIONS,
	"SELECT k.id, DATE_FORMAT(k.due_on, '%Y-%m-%d'), k.due_on < ?, c.id, c.sort_name, p.name,"
	" DATE_FORMAT(u.at, '%Y-%m-%d')"
	" FROM consultations k JOIN clients c ON c.id = k.client_id JOIN products p ON p.id = k.product_id"
	" JOIN purchases u ON u.id = k.purchase_id"
	" WHERE k.manager_id = ? AND k.done_at IS NULL AND k.due_on <= ? ORDER BY k.due_on, k.id LIMIT ?");
DB_STMT(SQL_DAY_PROGRESS,
	"SELECT COALESCE((SELECT p.weighted FROM sales_plans p WHERE p.month = ? AND p.who = ?), 0),"
	" COALESCE(SUM(m.weighted), 0), COALESCE(SUM(m.locomotive_units), 0), COALESCE(SUM(m.purchases), 0)"
	" FROM sales_monthly m WHERE m.month = ? AND m.staff_id = ?");
/* Open cases whose clock passed its warning share (near) or its target (past), the most urgent first:
 * one person's (by cases_assignee) or everyone's (by cases_open_due, in due order: the warned ones
 * come first, so the read stops soon). */
#define DAY_CASE_COLS "SELECT c.id, c.kind, c.priority, c.customer_name, COALESCE(s.full_name, ''), c.next_due < NOW()" \
	" FROM cases c LEFT JOIN staff s ON s.id = c.assignee_id"
DB_STMT(SQL_DAY_CASES, "" DAY_CASE_COLS
	" WHERE c.assignee_id = ? AND c.is_open = 1 AND c.next_warn <= NOW() ORDER BY c.due_sort, c.id LIMIT ?");
DB_STMT(SQL_DAY_CASES_ALL, "" DAY_CASE_COLS
	" WHERE c.is_open = 1 AND c.next_warn <= NOW() ORDER BY c.due_sort, c.id LIMIT ?");
/* Dormant: bought before, nothing since the cutoff, still active; the most valuable first. */
DB_STMT(SQL_DAY_DORMANT,
	"SELECT c.id, c.sort_name, e.revenue, DATE_FORMAT(e.last_at, '%Y-%m-%d'),"
	" COALESCE(DATE_FORMAT(c.last_contact_at, '%Y-%m-%d'), ''), COALESCE(s.full_name, ''), e.last_at < ?"
	" FROM client_economics e JOIN clients c ON c.id = e.client_id LEFT JOIN staff s ON s.id = c.manager_id"
	" WHERE e.last_at < ? AND e.revenue > 0 AND c.status = 'active' AND c.merged_into IS NULL"
	" AND (? = 0 OR c.manager_id = ?) ORDER BY e.revenue DESC, e.client_id DESC LIMIT ?");

static int rules_row(void *ctx, const struct db_row *row)
{
	struct day_rules *r = ctx;
	const char *name = row->val[0], *v = row->val[1] ? row->val[1] : "";
	int n = atoi(v);
	if (strcmp(name, "company_time_zone") == 0)
		snprintf(r->tz, sizeof(r->tz), "%s", v);
	else if (strcmp(name, "dormant_days") == 0 && n > 0)
		r->dormant_days = n;
	else if (strcmp(name, "dormant_mark_days") == 0 && n > 0)
		r->dormant_mark_days = n;
	else if (strcmp(name, "birthday_discount_bp") == 0 && n >= 0 && n <= 10000)
		r->birthday_bp = n;
	else if (strcmp(name, "birthday_window_days") == 0 && n >= 0 && n <= 366)
		r->birthday_days = n;
	return 0;
}

enum db_status day_rules_load(struct request *req, long long now, struct day_rules *r)
{
	memset(r, 0, sizeof(*r));
	snprintf(r->tz, sizeof(r->tz), "UTC");
	r->dormant_days = 180;
	r->dormant_mark_days = 365;
	enum db_status st = db_query(req->db, &SQL_DAY_RULES, NULL, 0, rules_row, r);
	if (st != DB_OK)
		return st;
	if (occasion_today(r->tz, now, &r->y, &r->m, &r->d) < 0) {   /* a zone this system lacks: UTC */
		snprintf(r->tz, sizeof(r->tz), "UTC");
		occasion_today("UTC", now, &r->y, &r->m, &r->d);
	}
	snprintf(r->today, sizeof(r->today), "%04d-%02d-%02d", r->y, r->m, r->d);
	snprintf(r->month, sizeof(r->month), "%04d-%02d-01", r->y, r->m);
	return DB_OK;
}

/* The date days after the rules' today, "YYYY-MM-DD" in req's arena. */
static const char *day_after(struct request *req, const struct day_rules *r, int days)
{
	int y, m, d;
	civil_from_days(civil_days(r->y, r->m, r->d) + days, &y, &m, &d);
	return arena_printf(&req->arena, "%04d-%02d-%02d", y, m, d);
}

struct occasion_row {
	long long client_id;
	const char *client, *channel, *consent;
	char kind;                  /* b: birthday, n: own name day, c: name day from the calendar */
	int days, y, m, d, born, greeted;
};

struct occasion_set {
	struct request *req;
	const struct day_rules *r;
	struct occasion_row *rows;
	size_t n, cap;
};

static int occasion_add(void *ctx, const struct db_row *row)
{
	struct occasion_set *s = ctx;
	if (s->n == s->cap)
		return 1;
	struct occasion_row *o = &s->rows[s->n];
	int month = atoi(row->val[3]), day = atoi(row->val[4]);
	if (month < 1 || month > 12 || day < 1 || day > 31)
		return 0;
	o->client_id = atoll(row->val[0]);
	o->client = arena_strdup(&s->req->arena, row->val[1] ? row->val[1] : "");
	o->kind = row->val[2][0];
	o->born = atoi(row->val[5]);
	o->channel = arena_strdup(&s->req->arena, row->val[6] ? row->val[6] : "");
	o->consent = arena_strdup(&s->req->arena, row->val[7] ? row->val[7] : "");
	o->days = occasion_next(month, day, s->r->y, s->r->m, s->r->d, &o->y, &o->m, &o->d);
	o->greeted = atoi(row->val[8]) == o->y;
	s->n++;
	return 0;
}

static int occasion_cmp(const void *pa, const void *pb)
{
	const struct occasion_row *a = pa, *b = pb;
	if (a->days != b->days)
		return a->days < b->days ? -1 : 1;
	int c = strcmp(a->client, b->client);
	if (c)
		return c;
	if (a->client_id != b->client_id)
		return a->client_id < b->client_id ? -1 : 1;
	return (a->kind > b->kind) - (a->kind < b->kind);
}

enum db_status day_occasions(struct request *req, const struct day_rules *r, long long staff, int days,
			     size_t limit, const char *name, int *more)
{
	struct md_range g[2];
	int n = occasion_ranges(r->y, r->m, r->d, days, g);
	if (n == 1)
		g[1] = g[0];
	struct occasion_set s = { .req = req, .r = r, .cap = 2001 };
	s.rows = arena_alloc(&req->arena, s.cap * sizeof(*s.rows));
	struct db_arg a[15];
	for (int k = 0; k < 3; k++) {
		a[k * 5] = DB_INT(staff);
		a[k * 5 + 1] = DB_INT(g[0].from);
		a[k * 5 + 2] = DB_INT(g[0].to);
		a[k * 5 + 3] = DB_INT(g[1].from);
		a[k * 5 + 4] = DB_INT(g[1].to);
	}
	enum db_status st = db_query(req->db, &SQL_DAY_OCCASIONS, a, 15, occasion_add, &s);
	if (st != DB_OK)
		return st;
	qsort(s.rows, s.n, sizeof(*s.rows), occasion_cmp);
	struct hdf_list list;
	hdf_list_init(req, name, &list);
	*more = s.n > limit;
	for (size_t i = 0; i < s.n && i < limit; i++) {
		const struct occasion_row *o = &s.rows[i];
		HDF *h = hdf_list_add(&list);
		hdf_put_int(h, "client_id", o->client_id);
		hdf_put(h, "client", o->client);
		hdf_put(h, "kind", o->kind == 'b' ? "birthday" : "name_day");
		hdf_put_int(h, "calendar", o->kind == 'c');
		hdf_put(h, "date", arena_printf(&req->arena, "%04d-%02d-%02d", o->y, o->m, o->d));
		hdf_put_int(h, "days", o->days);
		if (o->kind == 'b' && o->born > 0 && o->born <= o->y)
			hdf_put_int(h, "age", o->y - o->born);
		hdf_put(h, "channel", o->channel);
		hdf_put(h, "consent", o->consent);   /* "email,phone": also one child a channel */
		char *list = arena_strdup(&req->arena, o->consent), *save = NULL;
		int k = 0;
		for (char *c = strtok_r(list, ",", &save); c; c = strtok_r(NULL, ",", &save))
			hdf_put(h, arena_printf(&req->arena, "consents.%d", k++), c);
		hdf_put_int(h, "greeted", o->greeted);
		if (o->kind == 'b' && r->birthday_bp > 0) {
			int y, m, d;
			civil_from_days(civil_days(o->y, o->m, o->d) + r->birthday_days, &y, &m, &d);
			hdf_put_int(h, "offer_bp", r->birthday_bp);
			hdf_put(h, "offer_until", arena_printf(&req->arena, "%04d-%02d-%02d", y, m, d));
		}
	}
	return DB_OK;
}

/* A list of at most limit rows, and whether the query had more (it asks for limit + 1). */
struct capped_rows {
	struct hdf_rows rows;
	size_t limit, n;
};

static int capped_add(void *ctx, const struct db_row *row)
{
	struct capped_rows *c = ctx;
	return ++c->n > c->limit ? 1 : hdf_rows_add(&c->rows, row);
}

/* Runs def (whose last parameter is the LIMIT) into name; name.more = 1 when it had more. */
static enum db_status capped_query(struct request *req, const struct db_stmt_def *def, struct db_arg *args, size_t n,
				   const char *const *cols, size_t limit, const char *name)
{
	struct capped_rows c = { .limit = limit };
	hdf_rows_init(req, arena_printf(&req->arena, "%s.list", name), cols, &c.rows);
	args[n - 1] = DB_INT((long long)limit + 1);
	enum db_status st = db_query(req->db, def, args, n, capped_add, &c);
	if (st == DB_OK)
		hdf_put_int(req_hdf(req), arena_printf(&req->arena, "%s.more", name), c.n > limit);
	return st;
}

enum db_status day_followups(struct request *req, const struct day_rules *r, long long staff, int ahead,
			     size_t limit, const char *name)
{
	static const char *const cols[] = { "id", "due", "overdue", "client_id", "client", "channel", "summary", NULL };
	struct db_arg a[] = { DB_STR(r->today), DB_INT(staff), DB_STR(day_after(req, r, ahead)), DB_INT(0) };
	return capped_query(req, &SQL_DAY_FOLLOWUPS, a, 4, cols, limit, name);
}

enum db_status day_consultations(struct request *req, const struct day_rules *r, long long staff, int ahead,
				 size_t limit, const char *name)
{
	static const char *const cols[] = { "id", "due", "overdue", "client_id", "client", "product", "sold", NULL };
	struct db_arg a[] = { DB_STR(r->today), DB_INT(staff), DB_STR(day_after(req, r, ahead)), DB_INT(0) };
	return capped_query(req, &SQL_DAY_CONSULTATIONS, a, 4, cols, limit, name);
}

enum db_status day_cases(struct request *req, long long staff, size_t limit, const char *name)
{
	static const char *const cols[] = { "id", "kind", "priority", "customer", "assignee", "overdue", NULL };
	struct db_arg a[] = { DB_INT(staff), DB_INT(0) };
	return staff ? capped_query(req, &SQL_DAY_CASES, a, 2, cols, limit, name)
		     : capped_query(req, &SQL_DAY_CASES_ALL, a + 1, 1, cols, limit, name);
}

struct progress {
	long long plan, weighted, units, sales;
};

static int progress_row(void *ctx, const struct db_row *row)
{
	struct progress *p = ctx;
	p->plan = atoll(row->val[0]);
	p->weighted = atoll(row->val[1]);
	p->units = atoll(row->val[2]);
	p->sales = atoll(row->val[3]);
	return 0;
}

enum db_status day_progress(struct request *req, const struct day_rules *r, long long staff, const char *name)
{
	struct progress p = { 0 };
	enum db_status st = db_query(req->db, &SQL_DAY_PROGRESS,
		DB_ARGS(DB_STR(r->month), DB_INT(staff), DB_STR(r->month), DB_INT(staff)), progress_row, &p);
	if (st != DB_OK)
		return st;
	HDF *h = NULL;
	NEOERR *err = hdf_get_node(req_hdf(req), name, &h);
	nerr_ignore(&err);
	if (h == NULL)
		return DB_OK;
	long long bp = 0;
	int has_plan = mot_achievement(p.weighted, p.plan, &bp) == MOT_OK;
	hdf_put_int(h, "plan", p.plan);
	hdf_put_int(h, "weighted", p.weighted);
	hdf_put_int(h, "units", p.units);
	hdf_put_int(h, "sales", p.sales);
	hdf_put_int(h, "has_plan", has_plan);
	if (has_plan) {
		hdf_put_int(h, "achievement_bp", bp);
		hdf_put_int(h, "left", p.weighted >= p.plan ? 0 : p.plan - p.weighted);
	}
	return DB_OK;
}

enum db_status day_dormant(struct request *req, const struct day_rules *r, long long staff, size_t limit,
			   const char *name)
{
	static const char *const cols[] = { "client_id", "client", "revenue", "last_purchase", "last_contact",
					     "manager", "mark", NULL };
	struct hdf_rows rows;
	hdf_rows_init(req, name, cols, &rows);
	return db_query(req->db, &SQL_DAY_DORMANT,
			DB_ARGS(DB_STR(day_after(req, r, -r->dormant_mark_days)), DB_STR(day_after(req, r, -r->dormant_days)),
				DB_INT(staff), DB_INT(staff), DB_INT((long long)limit)), hdf_rows_add, &rows);
}

enum db_status day_load(struct request *req, const struct day_rules *r, long long staff, const char *prefix)
{
	HDF *h = req_hdf(req);
	struct arena *a = &req->arena;
	hdf_put(h, arena_printf(a, "%s.date", prefix), r->today);
	hdf_put_int(h, arena_printf(a, "%s.staff_id", prefix), staff);
	int more = 0;
	enum db_status st = day_occasions(req, r, staff, 0, 200, arena_printf(a, "%s.occasions", prefix), &more);
	if (st == DB_OK)
		st = day_followups(req, r, staff, 0, DAY_LIST_MAX, arena_printf(a, "%s.followups", prefix));
	if (st == DB_OK)
		st = day_consultations(req, r, staff, 0, DAY_LIST_MAX, arena_printf(a, "%s.consultations", prefix));
	if (st == DB_OK)
		st = day_cases(req, staff, DAY_LIST_MAX, arena_printf(a, "%s.cases", prefix));
	if (st == DB_OK)
		st = day_progress(req, r, staff, arena_printf(a, "%s.progress", prefix));
	return st;
}

long long day_whose(struct request *req)
{
	const struct field_value *f = req_field(req, "staff");
	long long staff = f->present ? atoll(f->value) : req->user.id;
	if (staff == req->user.id)
		return staff;
	if (!(req->user.role & (ROLE_ADMIN | ROLE_MANAGER))) {
		render_error(req, 403, "err.forbidden", NULL);
		return 0;
	}
	char **row = NULL;
	enum db_status st = db_query_one(req->db, &SQL_DAY_PERSON, DB_ARGS(DB_INT(staff)), &req->arena, &row);
	if (render_unless_found(req, st))
		return 0;
	hdf_put(req_hdf(req), "Whose.name", row[0]);
	hdf_put_int(req_hdf(req), "Whose.id", staff);
	return staff;
}

enum db_status day_choices(struct request *req)
{
	static const char *const staff_cols[] = { "id", "name", "role", "team", NULL };
	static const char *const team_cols[] = { "id", "name", NULL };
	struct hdf_rows staff, teams;
	hdf_rows_init(req, "Choices.staff", staff_cols, &staff);
	hdf_rows_init(req, "Choices.teams", team_cols, &teams);
	enum db_status st = db_query(req->db, &SQL_DAY_STAFF_CHOICES, DB_NOARGS, hdf_rows_add, &staff);
	if (st == DB_OK)
		st = db_query(req->db, &SQL_DAY_TEAM_CHOICES, DB_NOARGS, hdf_rows_add, &teams);
	return st;
}
