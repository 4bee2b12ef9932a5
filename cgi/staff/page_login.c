/* page_login.c: sign-in form, sign-in with throttling, and sign-out. */
#include "pages.h"
#include "audit.h"
#include "config.h"
#include "db_staff.h"
#include "i18n.h"
#include "password.h"
#include "render.h"
#include "response.h"
#include "session.h"
#include <string.h>

void page_login_form(struct request *req)
{
	form_fill(req);
	render_page(req, 200, NULL);
}

/* Shows the form again with a message; the username typed is kept, the password is not. */
static void login_again(struct request *req, int status, const char *msg_key)
{
	form_fill(req);
	hdf_put(req_hdf(req), "Form.error", i18n_text(req->lang, msg_key));
	render_page(req, status, NULL);
}

void page_login_submit(struct request *req)
{
	const struct field_value *user = req_field(req, "username");
	const struct field_value *pass = req_field(req, "password");
	const struct field_value *next = req_field(req, "next");
	const struct config *cfg = req->cfg;
	long long by_user = 0, by_addr = 0;
	enum db_status st = db_login_failures(req->db, user->value, req->remote_addr,
					      cfg->login_window_minutes, &by_user, &by_addr);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	if (by_user >= cfg->login_max_failures_user || by_addr >= cfg->login_max_failures_addr) {
		struct audit_entry e = { .action = "login_throttled", .detail = user->value };
		if ((st = audit_write_as(req, 0, &e)) != DB_OK) {
			render_db_error(req, st);
			return;
		}
		login_again(req, 429, "login.throttled");
		response_header(req, "Retry-After", arena_printf(&req->arena, "%d", cfg->login_window_minutes * 60));
		return;
	}
	struct staff s;
	int ok = 0;
	st = user->error || pass->error ? DB_NOT_FOUND :
	     db_staff_get_by_username(req->db, &req->arena, user->value, &s);
	if (st == DB_OK && s.active)
		ok = password_verify(s.password_hash, pass->value, pass->len);
	else if (st == DB_OK || st == DB_NOT_FOUND)
		password_verify_dummy(pass->value, pass->len);
	else {
		render_db_error(req, st);
		return;
	}
	if (!ok) {
		struct audit_entry e = { .action = "login_failed", .detail = user->value };
		if ((st = db_login_failure_add(req->db, user->value, req->remote_addr)) != DB_OK ||
		    (st = audit_write_as(req, 0, &e)) != DB_OK) {
			render_db_error(req, st);
			return;
		}
		login_again(req, 200, "login.failed");
		return;
	}
	struct audit_entry e = { .action = "login", .entity = "staff", .entity_id = s.id };
	if ((st = db_login_failures_purge(req->db)) != DB_OK || (st = db_begin(req->db)) != DB_OK ||
	    (st = session_start(req, s.id)) != DB_OK || (st = audit_write_as(req, s.id, &e)) != DB_OK ||
	    (st = db_commit(req->db)) != DB_OK) {
		render_db_error(req, st);
		return;
	}
	response_redirect(req, next->present && !next->error ? next->value : "/");
}

void page_logout(struct request *req)
{
	struct audit_entry e = { .action = "logout", .entity = "staff", .entity_id = req->user.id };
	enum db_status st = audit_write(req, &e);
	if (st == DB_OK)
		st = session_end(req);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	response_redirect(req, "/login");
}
