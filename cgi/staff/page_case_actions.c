/* page_case_actions.c: working a case: a public reply or an internal note, a change of state,
 * priority or assignee, linking it to a client, and resolving it with what was done and any
 * compensation (a personal discount through the loyalty mechanism). Each runs in one transaction
 * on the locked case, keeps its clocks current and leaves an event and an audit row. */
#include "pages.h"
#include "case.h"
#include "form_values.h"
#include "i18n.h"
#include "intake.h"
#include "loyalty.h"
#include "render.h"
#include "response.h"
#include <stdlib.h>
#include <string.h>
#include <time.h>

DB_STMT(SQL_CASE_STAFF_ACTIVE, "SELECT id FROM staff WHERE id = ? AND active = 1");
DB_STMT(SQL_CASE_TODAY, "SELECT DATE_FORMAT(CURDATE(), '%Y-%m-%d')");

/* Opens the transaction and loads the URL's case locked, refusing (403) who may not work it.
 * 0, or -1 after rendering. */
static int case_begin(struct request *req, struct case_rec *c)
{
	enum db_status st = db_begin(req->db);
	if (st != DB_OK) {
		render_db_error(req, st);
		return -1;
	}
	if (case_page_load(req, 1, c) < 0)
		return -1;
	if (!case_may_work(req, c)) {
		render_error(req, 403, "err.forbidden", NULL);
		return -1;
	}
	return 0;
}

/* Saves c, commits, and goes back to the case page (at anchor); renders the error otherwise. */
static void case_finish(struct request *req, const struct case_rec *c, enum db_status st, const char *anchor)
{
	if (st == DB_OK)
		st = case_save(req, c);
	if (st == DB_OK)
		st = db_commit(req->db);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	response_redirect(req, arena_printf(&req->arena, "/cases/%lld%s", c->id, anchor));
}

/* Moves c to state with its event (nothing when it is there already). */
static enum db_status change_state(struct request *req, const struct case_policy *p, struct case_rec *c,
				   const char *state, long long now)
{
	if (strcmp(c->state, state) == 0)
		return DB_OK;
	const char *old = c->state;
	case_set_state(p, c, state, now);
	return case_event(req, c->id, "state", NULL, old, state, NULL);
}

void page_case_reply(struct request *req)
{
	struct case_rec c;
	if (case_begin(req, &c) < 0)
		return;
	if (form_fill(req)) {
		db_rollback(req->db);
		case_view_render(req, &c, 400);
		return;
	}
	if (!c.clock.open) {
		render_error(req, 409, "case.err_done", NULL);
		return;
	}
	int public = req_field(req, "public")->present, wait = req_field(req, "wait")->present;
	char token_hash[INTAKE_HASH_LEN + 1];
	intake_hash(req_field(req, "token")->value, token_hash);
	long long now = (long long)time(NULL);
	enum db_status st;
	struct case_policy *p = case_policy_of(req, &c, &st);
	if (st == DB_OK)
		st = case_event(req, c.id, public ? "reply" : "note", req_field(req, "body")->value, NULL, NULL, token_hash);
	if (st == DB_DUPLICATE) {   /* the same form twice: it was stored the first time */
		db_rollback(req->db);
		response_redirect(req, arena_printf(&req->arena, "/cases/%lld#events", c.id));
		return;
	}
	if (st == DB_OK && public) {
		case_replied(p, &c, now);
		if (strcmp(c.state, "new") == 0 || strcmp(c.state, "acknowledged") == 0 || strcmp(c.state, "waiting") == 0)
			st = change_state(req, p, &c, "in_progress", now);
		if (st == DB_OK && wait)
			st = change_state(req, p, &c, "waiting", now);
	}
	case_finish(req, &c, st, "#events");
}

void page_case_state(struct request *req)
{
	struct case_rec c;
	if (case_begin(req, &c) < 0)
		return;
	const char *to = req_field(req, "state")->value;
	int manager = (req->user.role & (ROLE_ADMIN | ROLE_MANAGER)) != 0;
	int open_to = strcmp(to, "resolved") != 0 && strcmp(to, "closed") != 0;
	const char *refused = NULL;
	if (strcmp(to, "resolved") == 0)
		refused = "case.err_resolve_form";   /* resolving says what was done: its own form */
	else if (strcmp(to, "new") == 0 && strcmp(c.state, "new") != 0)
		refused = "case.err_not_new";
	else if (strcmp(to, "closed") == 0 && c.clock.open && !manager)
		refused = "case.err_close";          /* an agent closes only what is resolved */
	else if (open_to && strcmp(c.state, "closed") == 0 && !manager)
		refused = "case.err_reopen";
	if (refused) {
		render_error(req, 409, refused, NULL);
		return;
	}
	enum db_status st;
	struct case_policy *p = case_policy_of(req, &c, &st);
	if (st == DB_OK)
		st = change_state(req, p, &c, to, (long long)time(NULL));
	case_finish(req, &c, st, "");
}

void page_case_priority(struct request *req)
{
	struct case_rec c;
	if (case_begin(req, &c) < 0)
		return;
	const char *to = req_field(req, "priority")->value, *old = c.priority;
	if (strcmp(to, old) == 0) {
		case_finish(req, &c, DB_OK, "");
		return;
	}
	c.priority = to;   /* the policy of the new priority */
	enum db_status st;
	struct case_policy *p = case_policy_of(req, &c, &st);
	if (st == DB_OK) {
		case_set_priority(p, &c, to);
		st = case_event(req, c.id, "priority", NULL, old, to, NULL);
	}
	case_finish(req, &c, st, "");
}

void page_case_assign(struct request *req)
{
	struct case_rec c;
	if (case_begin(req, &c) < 0)
		return;
	long long to = valid_id_value(req_field(req, "assignee")->value);
	int manager = (req->user.role & (ROLE_ADMIN | ROLE_MANAGER)) != 0;
	if (!manager && !(c.assignee_id == 0 && to == req->user.id)) {   /* an agent only takes an unassigned case */
		render_error(req, 403, "err.forbidden", NULL);
		return;
	}
	enum db_status st = DB_OK;
	if (to) {
		char **r;
		st = db_query_one(req->db, &SQL_CASE_STAFF_ACTIVE, DB_ARGS(DB_INT(to)), &req->arena, &r);
		if (st == DB_NOT_FOUND) {
			render_error(req, 400, "err.choice", "assignee");
			return;
		}
	}
	if (st == DB_OK && to != c.assignee_id) {
		const char *old = c.assignee_id ? arena_printf(&req->arena, "%lld", c.assignee_id) : "";
		c.assignee_id = to;
		st = case_event(req, c.id, "assign", NULL, old, to ? arena_printf(&req->arena, "%lld", to) : "", NULL);
	}
	case_finish(req, &c, st, "");
}

void page_case_link(struct request *req)
{
	struct case_rec c;
	if (case_begin(req, &c) < 0)
		return;
	long long client = valid_id_value(req_field(req, "client")->value);
	enum db_status st = client == c.client_id ? DB_OK : case_link_client(req, &c, client);
	if (st == DB_NOT_FOUND) {
		render_error(req, 400, "case.err_no_client", NULL);
		return;
	}
	case_finish(req, &c, st, "");
}

void page_case_unlink(struct request *req)
{
	struct case_rec c;
	if (case_begin(req, &c) < 0)
		return;
	enum db_status st = DB_OK;
	if (c.client_id) {
		st = case_event(req, c.id, "link", NULL, arena_printf(&req->arena, "%lld", c.client_id), "", NULL);
		c.client_id = 0;
	}
	case_finish(req, &c, st, "");
}

void page_case_resolve(struct request *req)
{
	struct case_rec c;
	if (case_begin(req, &c) < 0)
		return;
	if (!c.clock.open) {
		render_error(req, 409, "case.err_done", NULL);
		return;
	}
	HDF *h = req_hdf(req);
	int problems = form_fill(req);
	const struct field_value *pct = req_field(req, "discount"), *until = req_field(req, "discount_until");
	int manager = (req->user.role & (ROLE_ADMIN | ROLE_MANAGER)) != 0;
	enum db_status st = DB_OK;
	if (pct->present && !pct->error) {   /* a personal discount: a manager's, for the linked client */
		char **today;
		if (!manager || c.client_id == 0) {
			hdf_put(h, "Form.errors.discount", i18n_text(req->lang, c.client_id ? "case.err_discount_role"
									      : "case.err_discount_client"));
			problems++;
		} else if (!until->present) {
			hdf_put(h, "Form.errors.discount_until", i18n_text(req->lang, "err.required"));
			problems++;
		} else if ((st = db_query_one(req->db, &SQL_CASE_TODAY, DB_NOARGS, &req->arena, &today)) == DB_OK &&
			   strcmp(until->value, today[0]) < 0) {
			hdf_put(h, "Form.errors.discount_until", i18n_text(req->lang, "err.past_date"));
			problems++;
		}
	}
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	if (problems) {
		db_rollback(req->db);
		case_view_render(req, &c, 400);
		return;
	}
	c.resolution = req_field(req, "resolution")->value;
	c.compensation = req_field(req, "compensation")->value;
	c.compensation_amount = field_money(req, "amount");
	struct case_policy *p = case_policy_of(req, &c, &st);
	if (st == DB_OK && pct->present)
		st = discount_grant(req, c.client_id, field_bp(req, "discount"),
				    arena_printf(&req->arena, "%s #%lld", i18n_text(req->lang, "case.discount_reason"), c.id),
				    until->value, &c.discount_id);
	if (st == DB_OK)
		st = case_event(req, c.id, "resolution", c.resolution, NULL, NULL, NULL);
	if (st == DB_OK)
		st = change_state(req, p, &c, "resolved", (long long)time(NULL));
	case_finish(req, &c, st, "");
}
