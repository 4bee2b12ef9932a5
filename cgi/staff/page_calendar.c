/* page_calendar.c: each person's iCalendar feed (/calendar/{secret}.ics: follow-ups and clients' occasions) and the page that makes or revokes its secret URL. */
#include "pages.h"
#include "audit.h"
#include "day.h"
#include "i18n.h"
#include "ical.h"
#include "render.h"
#include "response.h"
#include "session.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define FEED_DAYS 60   /* occasions ahead in the feed; follow-ups from 30 days back */

DB_STMT(SQL_CALENDAR_STATE,
	"SELECT COALESCE(DATE_FORMAT(calendar_created_at, '%Y-%m-%d %H:%i'), '') FROM staff WHERE id = ?");
DB_STMT(SQL_CALENDAR_SET,
	"UPDATE staff SET calendar_hash = ?, calendar_created_at = IF(? IS NULL, NULL, NOW()) WHERE id = ?");
DB_STMT(SQL_CALENDAR_OWNER,
	"SELECT id, language, full_name FROM staff WHERE calendar_hash = ? AND active = 1");
DB_STMT(SQL_CALENDAR_FOLLOWUPS,
	"SELECT i.id, DATE_FORMAT(i.follow_up, '%Y-%m-%d'), c.id, c.sort_name, i.summary"
	" FROM interactions i JOIN clients c ON c.id = i.client_id"
	" WHERE i.staff_id = ? AND i.follow_up_done = 0 AND i.follow_up BETWEEN ? - INTERVAL 30 DAY AND ? + INTERVAL ? DAY"
	" ORDER BY i.follow_up, i.id LIMIT 1000");

static void calendar_page(struct request *req, const char *secret)
{
	char **row = NULL;
	enum db_status st = db_query_one(req->db, &SQL_CALENDAR_STATE, DB_ARGS(DB_INT(req->user.id)), &req->arena, &row);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	HDF *h = req_hdf(req);
	hdf_put(h, "Calendar.created", row[0]);
	if (secret)   /* shown once: only its hash is kept */
		hdf_put(h, "Calendar.url", arena_printf(&req->arena, "%s/calendar/%s.ics", req_origin(req), secret));
	render_page(req, 200, NULL);
}

void page_calendar(struct request *req)
{
	calendar_page(req, NULL);
}

/* Makes a new secret (replacing the old one, which stops working) or, with revoke, none. */
static void calendar_set(struct request *req, int revoke)
{
	const char *secret = revoke ? NULL : token_new(req);
	enum db_status st = db_begin(req->db);
	if (st == DB_OK)
		st = db_exec(req->db, &SQL_CALENDAR_SET,
			     DB_ARGS(secret ? DB_STR(token_hash(req, secret)) : DB_NULLARG,
				     secret ? DB_STR("1") : DB_NULLARG, DB_INT(req->user.id)), NULL, NULL);
	struct audit_entry e = { .action = revoke ? "calendar_revoke" : "calendar_create", .entity = "staff",
				 .entity_id = req->user.id };
	st = audit_commit(req, &e, st);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	if (revoke)
		response_redirect(req, "/calendar");
	else
		calendar_page(req, secret);
}

void page_calendar_create(struct request *req)
{
	calendar_set(req, 0);
}

void page_calendar_revoke(struct request *req)
{
	calendar_set(req, 1);
}

struct feed {
	struct request *req;
	struct buf *out;
	const char *stamp, *host, *base;
};

static int feed_followup(void *ctx, const struct db_row *row)
{
	struct feed *f = ctx;
	struct request *req = f->req;
	ical_event_day(f->out, arena_printf(&req->arena, "followup-%s@%s", row->val[0], f->host), f->stamp, row->val[1],
		       arena_printf(&req->arena, "%s: %s", i18n_text(req->lang, "remind.ics_followup"), row->val[3]),
		       row->val[4], arena_printf(&req->arena, "%s/clients/%s", f->base, row->val[2]));
	return 0;
}

/* The feed: no sign-in, the secret is the key; a wrong or revoked one gets the same 404 as any
 * unknown path, and nothing about whose it was. */
void page_calendar_feed(struct request *req)
{
	const char *secret = req_path_arg(req, 0);
	char **owner = NULL;
	enum db_status st = strlen(secret) == 64 ? db_query_one(req->db, &SQL_CALENDAR_OWNER,
					DB_ARGS(DB_STR(token_hash(req, secret))), &req->arena, &owner) : DB_NOT_FOUND;
	if (render_unless_found(req, st))
		return;
	long long staff = atoll(owner[0]);
	const char *lang = i18n_lang(owner[1]);
	req->lang = lang ? lang : req->lang;
	struct day_rules r;
	int more = 0;
	st = day_rules_load(req, (long long)time(NULL), &r);
	if (st == DB_OK)
		st = day_occasions(req, &r, staff, FEED_DAYS, 2000, "Feed.occasions", &more);
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	char stamp[20];
	strftime(stamp, sizeof(stamp), "%Y%m%dT%H%M%SZ", &tm);
	struct buf out = { 0 };
	const char *host = req->host && req->host[0] ? req->host : "localhost";
	struct feed f = { .req = req, .out = &out, .stamp = stamp, .host = host, .base = req_origin(req) };
	ical_begin(&out, "-//crm//my day//EN", arena_printf(&req->arena, "%s: %s", i18n_text(req->lang, "remind.ics_name"),
								   owner[2]));
	if (st == DB_OK)
		st = db_query(req->db, &SQL_CALENDAR_FOLLOWUPS,
			      DB_ARGS(DB_INT(staff), DB_STR(r.today), DB_STR(r.today), DB_INT(FEED_DAYS)), feed_followup, &f);
	HDF *list = hdf_get_obj(req_hdf(req), "Feed.occasions");
	for (HDF *o = list ? hdf_obj_child(list) : NULL; st == DB_OK && o; o = hdf_obj_next(o)) {
		const char *kind = hdf_get_value(o, "kind", "birthday"), *date = hdf_get_value(o, "date", "");
		const char *age = hdf_get_value(o, "age", NULL);
		const char *what = i18n_text(req->lang, strcmp(kind, "birthday") == 0 ? "remind.birthday" : "remind.name_day");
		const char *summary = age ? arena_printf(&req->arena, "%s: %s (%s)", what, hdf_get_value(o, "client", ""), age)
					  : arena_printf(&req->arena, "%s: %s", what, hdf_get_value(o, "client", ""));
		ical_event_day(&out, arena_printf(&req->arena, "%s-%s-%.4s@%s", kind, hdf_get_value(o, "client_id", "0"), date, host),
			       stamp, date, summary, NULL,
			       arena_printf(&req->arena, "%s/clients/%s", f.base, hdf_get_value(o, "client_id", "0")));
	}
	ical_end(&out);
	if (st != DB_OK) {
		buf_free(&out);
		render_db_error(req, st);
		return;
	}
	response_open(req, 200, "text/calendar; charset=utf-8");
	response_header(req, "Cache-Control", "private, max-age=900");
	buf_add(&req->resp.body, out.data, out.len);
	buf_free(&out);
}
