/* page_reminders.c: /reminders (occasions ahead, follow-ups, consultations, dormant clients) and their actions: greeted, call back, mark dormant, consultation done. */
#include "pages.h"
#include "audit.h"
#include "client.h"
#include "client_pages.h"
#include "day.h"
#include "i18n.h"
#include "interaction.h"
#include "occasion.h"
#include "pricing.h"
#include "render.h"
#include "response.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* A given name's days in the name-day calendar (a client without a name day of their own). */
DB_STMT(SQL_CALENDAR_NAME_DAYS, "SELECT month, day FROM name_days WHERE name = ?");
DB_STMT(SQL_GREETING_INSERT,
	"INSERT INTO greetings (client_id, occasion, year, interaction_id, staff_id, at) VALUES (?, ?, ?, ?, ?, NOW())");
DB_STMT(SQL_CLIENT_MARK_DORMANT,
	"UPDATE clients SET status = 'dormant', updated_by = ?, updated_at = NOW()"
	" WHERE id = ? AND status = 'active' AND merged_into IS NULL");
DB_STMT(SQL_CONSULTATION_GET,
	"SELECT k.client_id, COALESCE(k.manager_id, 0), p.name FROM consultations k JOIN products p ON p.id = k.product_id"
	" WHERE k.id = ? AND k.done_at IS NULL");
DB_STMT(SQL_CONSULTATION_DONE,
	"UPDATE consultations SET done_at = NOW(), done_by = ?, interaction_id = ? WHERE id = ? AND done_at IS NULL");

void page_reminders(struct request *req)
{
	long long staff = day_whose(req);
	if (staff == 0)
		return;
	const struct field_value *days_f = req_field(req, "days"), *all_f = req_field(req, "all");
	int days = days_f->present ? atoi(days_f->value) : 7;
	int manager = (req->user.role & (ROLE_ADMIN | ROLE_MANAGER)) != 0;
	int all = manager && all_f->present && strcmp(all_f->value, "1") == 0;
	struct day_rules r;
	enum db_status st = day_rules_load(req, (long long)time(NULL), &r);
	HDF *h = req_hdf(req);
	int more = 0;
	if (st == DB_OK)
		st = day_occasions(req, &r, staff, days, 500, "Remind.occasions", &more);
	if (st == DB_OK)
		st = day_followups(req, &r, staff, days, 200, "Remind.followups");
	if (st == DB_OK)
		st = day_consultations(req, &r, staff, days, 200, "Remind.consultations");
	if (st == DB_OK)
		st = day_dormant(req, &r, all ? 0 : staff, 50, "Remind.dormant");
	if (st == DB_OK && manager)
		st = day_choices(req);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	hdf_put(h, "Remind.date", r.today);
	hdf_put_int(h, "Remind.days", days);
	hdf_put_int(h, "Remind.more", more);
	hdf_put_int(h, "Remind.all", all);
	hdf_put_int(h, "Remind.staff", staff);
	hdf_put_int(h, "Remind.dormant_days", r.dormant_days);
	hdf_put_int(h, "Remind.dormant_mark_days", r.dormant_mark_days);
	hdf_put(h, "Page.back", staff == req->user.id ? arena_printf(&req->arena, "/reminders?days=%d%s", days, all ? "&all=1" : "")
			    : arena_printf(&req->arena, "/reminders?days=%d&staff=%lld%s", days, staff, all ? "&all=1" : ""));
	render_page(req, 200, NULL);
}

/* Where an action returns: the form's next (a local path), else the client's page. */
static void action_done(struct request *req, long long client)
{
	const struct field_value *next = req_field(req, "next");
	response_redirect(req, next->present && !next->error ? next->value
					  : arena_printf(&req->arena, "/clients/%lld", client));
}

struct nearest {
	const struct day_rules *r;
	int found, days;
};

/* Keeps the month/day nearest today (rows: month, day). */
static int nearest_row(void *ctx, const struct db_row *row)
{
	struct nearest *n = ctx;
	int m = atoi(row->val[0]), d = atoi(row->val[1]);
	if (m < 1 || m > 12 || d < 1 || d > 31)
		return 0;
	int days = days_to_anniversary(m, d, n->r->y, n->r->m, n->r->d);
	if (!n->found || abs(days) < abs(n->days)) {
		n->days = days;
		n->found = 1;
	}
	return 0;
}

/* The days from today to the occasion's date nearest today for client c (its own birthday or name
 * day, or the calendar's days of the given name): 0 with *year of that date, 1 when it is more than
 * 31 days away or unknown, or -1 after a database error (*st set). */
static int occasion_near(struct request *req, const struct client *c, const struct day_rules *r, int birthday,
			 int *year, enum db_status *st)
{
	struct nearest n = { .r = r };
	int y, m, d;
	*st = DB_OK;
	if (birthday) {
		if (civil_parse(c->birthday, &y, &m, &d) == 0)
			n.days = days_to_anniversary(m, d, r->y, r->m, r->d), n.found = 1;
	} else if (c->name_day[0]) {
		if (sscanf(c->name_day, "%d-%d", &m, &d) == 2 && m >= 1 && m <= 12 && d >= 1 && d <= 31)
			n.days = days_to_anniversary(m, d, r->y, r->m, r->d), n.found = 1;
	} else if (strcmp(c->kind, "person") == 0 && c->given_name[0]) {
		*st = db_query(req->db, &SQL_CALENDAR_NAME_DAYS, DB_ARGS(DB_STR(c->given_name)), nearest_row, &n);
		if (*st != DB_OK)
			return -1;
	}
	if (!n.found || abs(n.days) > 31)
		return 1;
	civil_from_days(civil_days(r->y, r->m, r->d) + n.days, &y, &m, &d);
	*year = y;
	return 0;
}

/* "10%" or "7.5%" for basis points (req's arena). */
static const char *percent_text(struct request *req, int bp)
{
	if (bp % 100 == 0)
		return arena_printf(&req->arena, "%d%%", bp / 100);
	if (bp % 10 == 0)
		return arena_printf(&req->arena, "%d.%d%%", bp / 100, bp % 100 / 10);
	return arena_printf(&req->arena, "%d.%02d%%", bp / 100, bp % 100);
}

void page_greet(struct request *req)
{
	struct client c;
	if (client_page_load(req, &c, CLIENT_FOR_VIEW) < 0)
		return;
	const char *occasion = req_field(req, "occasion")->value;
	int birthday = strcmp(occasion, "birthday") == 0;
	struct day_rules r;
	int year = 0;
	enum db_status st = day_rules_load(req, (long long)time(NULL), &r);
	int near = st == DB_OK ? occasion_near(req, &c, &r, birthday, &year, &st) : -1;
	if (near < 0) {
		render_db_error(req, st);
		return;
	}
	if (near > 0) {
		render_error(req, 400, "err.no_occasion", NULL);
		return;
	}
	const char *summary = i18n_text(req->lang, birthday ? "remind.greeting_birthday" : "remind.greeting_name_day");
	if (birthday && r.birthday_bp > 0) {
		int y, m, d;
		civil_parse(c.birthday, &y, &m, &d);
		int to = days_to_anniversary(m, d, r.y, r.m, r.d);
		civil_from_days(civil_days(r.y, r.m, r.d) + to + r.birthday_days, &y, &m, &d);
		summary = arena_printf(&req->arena, "%s; %s %s %s %04d-%02d-%02d", summary,
				       i18n_text(req->lang, "remind.offer"), percent_text(req, r.birthday_bp),
				       i18n_text(req->lang, "remind.until"), y, m, d);
	}
	struct interaction in = { .client_id = c.id, .channel = req_field(req, "channel")->value, .direction = "out",
				  .at = "", .summary = summary, .contacted = 1 };
	unsigned long long id = 0;
	st = db_begin(req->db);
	if (st == DB_OK)
		st = interaction_store(req, &in, &id);
	if (st == DB_OK)
		st = db_exec(req->db, &SQL_GREETING_INSERT, DB_ARGS(DB_INT(c.id), DB_STR(birthday ? "birthday" : "name_day"),
			     DB_INT(year), DB_INT((long long)id), DB_INT(req->user.id)), NULL, NULL);
	if (st == DB_OK)
		st = db_commit(req->db);
	if (st == DB_DUPLICATE) {
		db_rollback(req->db);
		render_error(req, 409, "err.already_greeted", NULL);
		return;
	}
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	action_done(req, c.id);
}

void page_callback(struct request *req)
{
	struct client c;
	if (client_page_load(req, &c, CLIENT_FOR_VIEW) < 0)
		return;
	const struct field_value *date = req_field(req, "follow_up");
	if (date->error) {
		render_error(req, 400, date->error, NULL);
		return;
	}
	struct interaction in = { .client_id = c.id, .channel = "phone", .direction = "out", .at = "",
				  .summary = i18n_text(req->lang, "remind.callback_summary"), .follow_up = date->value };
	enum db_status st = interaction_log(req, &in);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	action_done(req, c.id);
}

void page_mark_dormant(struct request *req)
{
	struct client c;
	if (client_page_load(req, &c, CLIENT_FOR_EDIT) < 0)
		return;
	unsigned long long changed = 0;
	enum db_status st = db_begin(req->db);
	if (st == DB_OK)
		st = db_exec(req->db, &SQL_CLIENT_MARK_DORMANT, DB_ARGS(DB_INT(req->user.id), DB_INT(c.id)), &changed, NULL);
	struct audit_entry e = { .action = "client_update", .entity = "client", .entity_id = c.id, .field = "status",
				 .old_value = c.status, .new_value = "dormant" };
	if (st == DB_OK && changed == 0) {
		db_rollback(req->db);
		render_error(req, 409, "err.not_active", NULL);
		return;
	}
	st = audit_commit(req, &e, st);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	action_done(req, c.id);
}

void page_consultation_done(struct request *req)
{
	long long id = valid_id_value(req_path_arg(req, 0));
	char **row = NULL;
	enum db_status st = db_query_one(req->db, &SQL_CONSULTATION_GET, DB_ARGS(DB_INT(id)), &req->arena, &row);
	if (render_unless_found(req, st))
		return;
	long long client = atoll(row[0]), manager = atoll(row[1]);
	if (manager != req->user.id && !(req->user.role & (ROLE_ADMIN | ROLE_MANAGER))) {
		render_error(req, 403, "err.not_yours", NULL);
		return;
	}
	const char *note = req_field(req, "note")->value;
	const char *summary = arena_printf(&req->arena, "%s %s%s%s", i18n_text(req->lang, "remind.consultation_summary"),
					   row[2], note[0] ? " - " : "", note);
	struct interaction in = { .client_id = client, .channel = req_field(req, "channel")->value, .direction = "out",
				  .at = "", .summary = summary, .contacted = 1 };
	unsigned long long iid = 0, changed = 0;
	st = db_begin(req->db);
	if (st == DB_OK)
		st = interaction_store(req, &in, &iid);
	if (st == DB_OK)
		st = db_exec(req->db, &SQL_CONSULTATION_DONE, DB_ARGS(DB_INT(req->user.id), DB_INT((long long)iid), DB_INT(id)),
			     &changed, NULL);
	if (st == DB_OK && changed == 0) {   /* done by someone else meanwhile */
		db_rollback(req->db);
		render_error(req, 409, "err.already_done", NULL);
		return;
	}
	if (st == DB_OK)
		st = db_commit(req->db);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	action_done(req, client);
}
