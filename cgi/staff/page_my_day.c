/* page_my_day.c: the signed-in home page, "my day" (a manager's view of anyone's day or a team's), and the language preference. */
#include "pages.h"
#include "day.h"
#include "db_staff.h"
#include "i18n.h"
#include "render.h"
#include "response.h"
#include <stdlib.h>
#include <time.h>

/* Tier changes of the person's clients they have not yet told the client about. */
DB_STMT(SQL_TIER_CHANGES_UNTOLD,
	"SELECT t.id, t.client_id, c.sort_name, t.up, COALESCE(n.name, ''), DATE_FORMAT(t.at, '%Y-%m-%d')"
	" FROM tier_changes t JOIN clients c ON c.id = t.client_id LEFT JOIN loyalty_tiers n ON n.id = t.new_tier_id"
	" WHERE t.manager_id = ? AND t.told_at IS NULL ORDER BY t.id LIMIT 50");
DB_STMT(SQL_DAY_TEAM_MEMBERS,
	"SELECT id, full_name FROM staff WHERE team_id = ? AND active = 1 ORDER BY full_name, id LIMIT 50");

struct member {
	long long id;
	const char *name;
};
struct members {
	struct request *req;
	struct member m[50];
	size_t n;
};

static int member_row(void *ctx, const struct db_row *row)
{
	struct members *s = ctx;
	if (s->n < 50) {
		s->m[s->n].id = atoll(row->val[0]);
		s->m[s->n].name = arena_strdup(&s->req->arena, row->val[1] ? row->val[1] : "");
		s->n++;
	}
	return 0;
}

/* A team's day: each member's day below Team.N (name, and the day as in day_load). */
static enum db_status team_load(struct request *req, const struct day_rules *r, long long team)
{
	struct members s = { .req = req };
	enum db_status st = db_query(req->db, &SQL_DAY_TEAM_MEMBERS, DB_ARGS(DB_INT(team)), member_row, &s);
	for (size_t i = 0; st == DB_OK && i < s.n; i++) {
		hdf_put(req_hdf(req), arena_printf(&req->arena, "Team.%zu.name", i), s.m[i].name);
		st = day_load(req, r, s.m[i].id, arena_printf(&req->arena, "Team.%zu", i));
	}
	return st;
}

void page_home(struct request *req)
{
	const struct field_value *team_f = req_field(req, "team");
	int manager = (req->user.role & (ROLE_ADMIN | ROLE_MANAGER)) != 0;
	long long team = team_f->present ? atoll(team_f->value) : 0;
	if (team && !manager) {
		render_error(req, 403, "err.forbidden", NULL);
		return;
	}
	long long staff = day_whose(req);
	if (staff == 0)
		return;
	struct day_rules r;
	enum db_status st = day_rules_load(req, (long long)time(NULL), &r);
	HDF *h = req_hdf(req);
	if (st == DB_OK && team) {
		hdf_put_int(h, "Whose.team", team);
		hdf_put(h, "Day.date", r.today);
		st = team_load(req, &r, team);
	} else if (st == DB_OK) {
		st = day_load(req, &r, staff, "Day");
	}
	if (st == DB_OK && manager)
		st = day_choices(req);
	if (st == DB_OK && !team && staff == req->user.id) {
		static const char *const tier_cols[] = { "id", "client_id", "client", "up", "tier", "at", NULL };
		static const char *const cols[] = { "at", "ip", NULL };
		struct hdf_rows tiers, logins;
		hdf_rows_init(req, "Home.tiers", tier_cols, &tiers);
		st = db_query(req->db, &SQL_TIER_CHANGES_UNTOLD, DB_ARGS(DB_INT(req->user.id)), hdf_rows_add, &tiers);
		hdf_rows_init(req, "Home.logins", cols, &logins);
		if (st == DB_OK && manager)   /* the escalation list: everyone's cases near or past target */
			st = day_cases(req, 0, 25, "Home.escalation");
		if (st == DB_OK)
			st = db_staff_recent_logins(req->db, req->user.id, 3, hdf_rows_add, &logins);
	}
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	hdf_put(h, "Page.back", team ? arena_printf(&req->arena, "/?team=%lld", team)
				 : staff != req->user.id ? arena_printf(&req->arena, "/?staff=%lld", staff) : "/");
	render_page(req, 200, NULL);
}

void page_prefs_language(struct request *req)
{
	const struct field_value *lang = req_field(req, "lang");
	const struct field_value *next = req_field(req, "next");
	if (lang->error) {
		render_error(req, 400, lang->error, NULL);
		return;
	}
	enum db_status st = db_staff_set_language(req->db, req->user.id, lang->value);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	response_redirect(req, next->present && !next->error ? next->value : "/");
}
