/* feedback.c: the public pages' shared parts: secret, tokens, rate limit, a case by its key. */
#include "feedback.h"
#include "log.h"
#include "render.h"
#include "zone.h"
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* LAST_INSERT_ID(n + 1) hands the new count back with the statement's result: one round trip. */
DB_STMT(SQL_FEEDBACK_RATE,
	"INSERT INTO feedback_rate (addr, what, hour, n) VALUES (?, ?, FROM_UNIXTIME(?), 1)"
	" ON DUPLICATE KEY UPDATE n = LAST_INSERT_ID(n + 1)");
DB_STMT(SQL_FEEDBACK_RATE_PRUNE, "DELETE FROM feedback_rate WHERE hour < FROM_UNIXTIME(?)");
DB_STMT(SQL_FEEDBACK_CASE_BY_KEY,
	"SELECT case_id, kind, state, priority, UNIX_TIMESTAMP(created_at), COALESCE(UNIX_TIMESTAMP(resolved_at), 0),"
	" COALESCE(UNIX_TIMESTAMP(paused_at), 0), paused_minutes,"
	" COALESCE(UNIX_TIMESTAMP(first_response_at), 0), first_response_target, resolution_target, lang,"
	" rating IS NOT NULL FROM feedback_status WHERE key_email = ? OR key_phone = ?");
/* What the pages say of the company: its name and contact line, and its time zone for the times. */
DB_STMT(SQL_FEEDBACK_COMPANY,
	"SELECT name, value FROM feedback_settings WHERE name IN ('company_name', 'company_contact', 'company_time_zone')");

const unsigned char *feedback_secret(struct request *req, enum db_status *st)
{
	return intake_secret(req->db, st);
}

void feedback_token_put(struct request *req, const unsigned char *secret)
{
	char token[INTAKE_TOKEN_LEN + 1];
	intake_token_new(secret, (long long)time(NULL), token);
	hdf_put(req_hdf(req), "Form.token", token);
}

enum db_status feedback_rate_count(struct request *req, char what, long long *n)
{
	long long now = (long long)time(NULL), hour = now - now % 3600;
	char w[2] = { what, '\0' };
	unsigned long long id = 0;
	const char *addr = req->remote_addr ? req->remote_addr : "";
	enum db_status st = db_exec(req->db, &SQL_FEEDBACK_RATE, DB_ARGS(DB_STR(addr), DB_STR(w), DB_INT(hour)), NULL, &id);
	*n = id > 0 ? (long long)id : 1;
	if (st == DB_OK && (now & 63) == 0)
		st = db_exec(req->db, &SQL_FEEDBACK_RATE_PRUNE, DB_ARGS(DB_INT(hour - 3600)), NULL, NULL);
	return st;
}

enum db_status feedback_case_by_key(struct request *req, const char *key, struct feedback_case *c)
{
	char **r;
	enum db_status st = db_query_one(req->db, &SQL_FEEDBACK_CASE_BY_KEY, DB_ARGS(DB_STR(key), DB_STR(key)),
					 &req->arena, &r);
	if (st != DB_OK)
		return st;
	memset(c, 0, sizeof(*c));
	c->id = atoll(r[0]);
	c->kind = r[1];
	c->state = r[2];
	c->priority = r[3];
	c->created = atoll(r[4]);
	c->resolved = atoll(r[5]);
	c->paused_at = atoll(r[6]);
	c->paused_minutes = atoll(r[7]);
	c->first_response_at = atoll(r[8]);
	c->first_response_target = atoll(r[9]);
	c->resolution_target = atoll(r[10]);
	c->lang = r[11];
	c->rated = atoi(r[12]);
	return DB_OK;
}

/* The Company node of the template data, loaded once per request (Company.loaded): DB_OK, or the
 * database's error. */
static enum db_status company_load(struct request *req, HDF **company)
{
	*company = NULL;
	NEOERR *err = hdf_get_node(req_hdf(req), "Company", company);
	nerr_ignore(&err);
	if (*company == NULL)
		return DB_ERROR;
	if (hdf_get_obj(*company, "loaded"))
		return DB_OK;
	enum db_status st = db_query(req->db, &SQL_FEEDBACK_COMPANY, DB_NOARGS, hdf_named_add, *company);
	if (st == DB_OK)
		hdf_put(*company, "loaded", "1");
	return st;
}

enum db_status feedback_zone_enter(struct request *req, struct zone_scope *z)
{
	HDF *company;
	enum db_status st = company_load(req, &company);
	if (st != DB_OK)
		return st;
	const char *tz = hdf_get_value(company, "company_time_zone", "");
	if (!tz[0] || zone_enter(z, tz) < 0) {
		tz = "UTC";
		zone_enter(z, tz);
	}
	hdf_put(req_hdf(req), "Page.zone", tz);
	return DB_OK;
}

void feedback_page_facts(struct request *req)
{
	HDF *company;
	if (db_ready(req->db) == DB_OK)
		company_load(req, &company);   /* without the database the pages go without them */
}

const char *feedback_lang_query(struct request *req)
{
	return arena_printf(&req->arena, "?lang=%s", req->lang);
}
