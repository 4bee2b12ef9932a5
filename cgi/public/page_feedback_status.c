/* page_feedback_status.c: the customer's status page: found with the receipt code and the e-mail or
 * phone given (one answer for any mismatch, and a per-address limit), then at its own address (the
 * key of both): the state, the staff's public replies, a follow-up message while the case is open
 * (which resumes a clock that waited on the customer), and the rating once it is resolved. */
#include "pages.h"
#include "case_clock.h"
#include "case_policy.h"
#include "feedback.h"
#include "i18n.h"
#include "normalize.h"
#include "render.h"
#include "response.h"
#include "zone.h"
#include <stdlib.h>
#include <string.h>
#include <time.h>

DB_STMT(SQL_FEEDBACK_MESSAGES,
	"SELECT UNIX_TIMESTAMP(at), kind, body FROM feedback_messages WHERE case_id = ? ORDER BY id LIMIT 500");
DB_STMT(SQL_FEEDBACK_FOLLOW_UP,
	"INSERT INTO case_events (case_id, at, kind, body, token_hash) VALUES (?, NOW(), 'customer', ?, ?)");
DB_STMT(SQL_FEEDBACK_SEEN, "UPDATE cases SET customer_last_at = NOW(), updated_at = NOW() WHERE id = ?");
/* The follow-up ends the wait on the customer: the pause's business minutes join the ended ones and
 * the targets fall due that much later. Only if the case still waits since the same moment. */
DB_STMT(SQL_FEEDBACK_RESUME,
	"UPDATE cases SET state = 'in_progress', paused_at = NULL, paused_minutes = ?,"
	" first_response_due = FROM_UNIXTIME(NULLIF(?, 0)), resolution_due = FROM_UNIXTIME(NULLIF(?, 0)),"
	" next_due = FROM_UNIXTIME(NULLIF(?, 0)), next_warn = FROM_UNIXTIME(NULLIF(?, 0))"
	" WHERE id = ? AND state = 'waiting' AND paused_at = FROM_UNIXTIME(?)");
DB_STMT(SQL_FEEDBACK_RESUMED_EVENT,
	"INSERT INTO case_events (case_id, at, kind, old_value, new_value) VALUES (?, NOW(), 'state', 'waiting', 'in_progress')");
DB_STMT(SQL_FEEDBACK_RATE_CASE,
	"INSERT INTO case_ratings (case_id, rating, comment, at) VALUES (?, ?, ?, NOW())");
DB_STMT(SQL_FEEDBACK_RATED_CASE, "UPDATE cases SET rating = ?, updated_at = NOW() WHERE id = ?");
DB_STMT(SQL_FEEDBACK_RATED_EVENT,
	"INSERT INTO case_events (case_id, at, kind, body, new_value) VALUES (?, NOW(), 'rating', ?, ?)");

static int case_open(const struct feedback_case *c)
{
	return strcmp(c->state, "resolved") != 0 && strcmp(c->state, "closed") != 0;
}

/* The lookup form (GET): the code may come filled in from the receipt. */
void page_feedback_status_form(struct request *req)
{
	form_fill(req);
	render_page(req, 200, NULL);
}

/* The lookup (POST): 303 to the case's own address, or the form again with one message for any
 * mismatch (404), the limit (429) or a database failure. */
void page_feedback_status_find(struct request *req)
{
	HDF *h = req_hdf(req);
	if (form_fill(req)) {
		render_page(req, 400, NULL);
		return;
	}
	struct case_policy *p = arena_alloc(&req->arena, sizeof(*p));
	long long count = 0;
	enum db_status st = case_policy_load(req->db, NULL, NULL, p);
	if (st == DB_OK)
		st = feedback_rate_count(req, 'l', &count);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	if (count > p->lookups_per_hour) {
		hdf_put(h, "Notice", i18n_text(req->lang, "feedback.lookup_limited"));
		render_page(req, 429, NULL);
		return;
	}
	const struct field_value *cf = req_field(req, "code"), *kf = req_field(req, "contact");
	char code[RECEIPT_CODE_LEN + 1], norm[256], key[INTAKE_HASH_LEN + 1];
	intake_receipt_parse(cf->value, cf->len, code);
	int ok = memchr(kf->value, '@', kf->len) ? normalize_email(kf->value, norm, sizeof(norm)) == 0
						   : normalize_phone(kf->value, country_calling_code(req->cfg->currency), norm) == 0;
	struct feedback_case c;
	st = ok ? feedback_case_by_key(req, (intake_status_key(code, norm, key), key), &c) : DB_NOT_FOUND;
	if (st == DB_OK) {
		response_redirect(req, arena_printf(&req->arena, "/feedback/status/%s%s", key, feedback_lang_query(req)));
		return;
	}
	if (st != DB_NOT_FOUND) {
		render_db_error(req, st);
		return;
	}
	hdf_put(h, "Notice", i18n_text(req->lang, "feedback.not_found"));
	render_page(req, 404, NULL);
}

/* Loads the case of the path's key; renders 404 (or the database error) and returns -1 when none. */
static int case_of_path(struct request *req, struct feedback_case *c)
{
	return render_unless_found(req, feedback_case_by_key(req, req_path_arg(req, 0), c)) ? -1 : 0;
}

/* A message row with its time in the company's zone (entered by the caller). */
static int message_row(void *ctx, const struct db_row *row)
{
	HDF *m = hdf_list_add(ctx);
	char at[17];
	hdf_put(m, "at", zone_text(atoll(row->val[0]), at));
	hdf_put(m, "kind", row->val[1]);
	hdf_put(m, "body", row->val[2]);
	return 0;
}

/* Renders the status page of c with status (what a form sent is in Form when it is shown again). */
static void status_render(struct request *req, const struct feedback_case *c, int status)
{
	enum db_status st;
	const unsigned char *secret = feedback_secret(req, &st);
	struct hdf_list msgs;
	struct zone_scope z = { 0 };
	hdf_list_init(req, "Messages", &msgs);
	if (secret)
		st = feedback_zone_enter(req, &z);
	if (secret && st == DB_OK)
		st = db_query(req->db, &SQL_FEEDBACK_MESSAGES, DB_ARGS(DB_INT(c->id)), message_row, &msgs);
	char at[17], resolved[17];
	zone_text(c->created, at);
	zone_text(c->resolved, resolved);
	zone_leave(&z);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	HDF *h = req_hdf(req);
	hdf_put(h, "Case.key", req_path_arg(req, 0));
	hdf_put(h, "Case.kind", c->kind);
	hdf_put(h, "Case.state", c->state);
	hdf_put(h, "Case.at", at);
	hdf_put(h, "Case.resolved", c->resolved ? resolved : "");
	hdf_put(h, "Case.open", case_open(c) ? "1" : "0");
	hdf_put(h, "Case.rated", c->rated ? "1" : "0");
	feedback_token_put(req, secret);
	render_page(req, status, "public/status.cs");
}

void page_feedback_status(struct request *req)
{
	struct feedback_case c;
	if (case_of_path(req, &c) < 0)
		return;
	const struct field_value *sent = req_field(req, "sent");
	if (sent->present && !sent->error)
		hdf_put(req_hdf(req), "Notice", i18n_text(req->lang, strcmp(sent->value, "rating") == 0 ? "feedback.rated"
									   : "feedback.follow_up_sent"));
	status_render(req, &c, 200);
}

/* Checks the token of a status page's form; renders 400 and returns -1 when it is not one of ours. */
static int token_ok(struct request *req, const unsigned char **secret, char *token_hash)
{
	enum db_status st;
	long long issued;
	*secret = feedback_secret(req, &st);
	if (*secret == NULL) {
		render_db_error(req, st);
		return -1;
	}
	const char *token = req_field(req, "token")->value;
	if (intake_token_check(*secret, token, &issued) < 0) {
		render_error(req, 400, "feedback.token_bad", NULL);
		return -1;
	}
	intake_hash(token, token_hash);
	return 0;
}

/* Back to the status page with a notice. */
static void to_status(struct request *req, const char *sent)
{
	response_redirect(req, arena_printf(&req->arena, "/feedback/status/%s%s&sent=%s", req_path_arg(req, 0),
					    feedback_lang_query(req), sent));
}

/* A waiting case resumes: its clock runs again, later by the pause. */
static enum db_status resume(struct request *req, const struct feedback_case *c)
{
	struct case_policy *p = arena_alloc(&req->arena, sizeof(*p));
	enum db_status st = case_policy_load(req->db, NULL, NULL, p);
	if (st != DB_OK)
		return st;
	long long now = (long long)time(NULL);
	struct case_clock k = { .created = c->created, .first_response_at = c->first_response_at, .paused_at = c->paused_at,
				.paused_minutes = c->paused_minutes, .first_response_target = c->first_response_target,
				.resolution_target = c->resolution_target, .open = 1, .warn_bp = p->warn_bp };
	struct case_dues d;
	struct zone_scope z;
	case_policy_zone(p, &z);
	k.paused_minutes = case_clock_resume(&p->cal, &k, now);
	k.paused_at = 0;
	case_clock_dues(&p->cal, &k, &d);
	zone_leave(&z);
	unsigned long long changed = 0;
	st = db_exec(req->db, &SQL_FEEDBACK_RESUME,
		     DB_ARGS(DB_INT(k.paused_minutes), DB_INT(d.first_response_due), DB_INT(d.resolution_due),
			     DB_INT(d.next_due), DB_INT(d.next_warn), DB_INT(c->id), DB_INT(c->paused_at)), &changed, NULL);
	if (st == DB_OK && changed)
		st = db_exec(req->db, &SQL_FEEDBACK_RESUMED_EVENT, DB_ARGS(DB_INT(c->id)), NULL, NULL);
	return st;
}

void page_feedback_follow_up(struct request *req)
{
	struct feedback_case c;
	const unsigned char *secret;
	char token_hash[INTAKE_HASH_LEN + 1];
	if (case_of_path(req, &c) < 0 || token_ok(req, &secret, token_hash) < 0)
		return;
	if (!case_open(&c)) {
		render_error(req, 409, "feedback.case_done", NULL);
		return;
	}
	if (form_fill(req)) {   /* the page again, with the error at the field and the text kept */
		status_render(req, &c, 400);
		return;
	}
	enum db_status st = db_begin(req->db);
	if (st == DB_OK)
		st = db_exec(req->db, &SQL_FEEDBACK_FOLLOW_UP,
			     DB_ARGS(DB_INT(c.id), DB_STR(req_field(req, "message")->value), DB_STR(token_hash)), NULL, NULL);
	if (st == DB_DUPLICATE) {   /* sent twice: the first is kept */
		db_rollback(req->db);
		to_status(req, "message");
		return;
	}
	if (st == DB_OK)
		st = db_exec(req->db, &SQL_FEEDBACK_SEEN, DB_ARGS(DB_INT(c.id)), NULL, NULL);
	if (st == DB_OK && strcmp(c.state, "waiting") == 0 && c.paused_at)
		st = resume(req, &c);
	if (st == DB_OK)
		st = db_commit(req->db);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	to_status(req, "message");
}

void page_feedback_rate(struct request *req)
{
	struct feedback_case c;
	const unsigned char *secret;
	char token_hash[INTAKE_HASH_LEN + 1];
	if (case_of_path(req, &c) < 0 || token_ok(req, &secret, token_hash) < 0)
		return;
	if (case_open(&c)) {
		render_error(req, 409, "feedback.not_resolved", NULL);
		return;
	}
	if (form_fill(req)) {
		status_render(req, &c, 400);
		return;
	}
	const char *rating = req_field(req, "rating")->value, *comment = req_field(req, "comment")->value;
	enum db_status st = db_begin(req->db);
	if (st == DB_OK)
		st = db_exec(req->db, &SQL_FEEDBACK_RATE_CASE, DB_ARGS(DB_INT(c.id), DB_INT(atoi(rating)), DB_STR(comment)),
			     NULL, NULL);
	if (st == DB_DUPLICATE) {   /* rated already (or this very form twice): the first rating stays */
		db_rollback(req->db);
		to_status(req, "rating");
		return;
	}
	if (st == DB_OK)
		st = db_exec(req->db, &SQL_FEEDBACK_RATED_CASE, DB_ARGS(DB_INT(atoi(rating)), DB_INT(c.id)), NULL, NULL);
	if (st == DB_OK)
		st = db_exec(req->db, &SQL_FEEDBACK_RATED_EVENT, DB_ARGS(DB_INT(c.id), DB_STR(comment), DB_STR(rating)),
			     NULL, NULL);
	if (st == DB_OK)
		st = db_commit(req->db);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	to_status(req, "rating");
}
