/* page_admin_staff.c: admin pages to list, add, disable and enable staff, reset passwords, read the audit log. */
#include "pages.h"
#include "audit.h"
#include "db_staff.h"
#include "i18n.h"
#include "password.h"
#include "render.h"
#include "response.h"
#include "session.h"
#include <stdlib.h>
#include <string.h>

DB_STMT(SQL_TEAMS_ACTIVE, "SELECT id, name FROM teams WHERE active = 1 ORDER BY name");
DB_STMT(SQL_TEAM_ACTIVE, "SELECT name FROM teams WHERE id = ? AND active = 1");
DB_STMT(SQL_STAFF_SET_TEAM, "UPDATE staff SET team_id = ? WHERE id = ?");

void page_admin_staff_list(struct request *req)
{
	static const char *const cols[] = { "id", "username", "name", "role", "language", "active", "created", "team",
					    NULL };
	static const char *const team_cols[] = { "id", "name", NULL };
	struct hdf_rows f, teams;
	hdf_rows_init(req, "Staff", cols, &f);
	hdf_rows_init(req, "Teams", team_cols, &teams);
	enum db_status st = db_staff_list(req->db, hdf_rows_add, &f);
	if (st == DB_OK)
		st = db_query(req->db, &SQL_TEAMS_ACTIVE, DB_NOARGS, hdf_rows_add, &teams);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	render_page(req, 200, NULL);
}

void page_admin_staff_new(struct request *req)
{
	hdf_put(req_hdf(req), "Form.language", req->cfg->default_language);
	hdf_put(req_hdf(req), "Form.role", "agent");
	render_page(req, 200, NULL);
}

/* Shows the form again (400) when a field is wrong; else hashes the new password into hash.
 * Returns 0, or -1 when the response is already made. */
static int form_new_password(struct request *req, char hash[crypto_pwhash_STRBYTES])
{
	if (form_fill(req)) {
		render_page(req, 400, NULL);
		return -1;
	}
	const struct field_value *pw = req_field(req, "password");
	if (password_hash(pw->value, pw->len, hash) < 0) {
		render_error(req, 500, "err.internal", "password hashing failed");
		return -1;
	}
	return 0;
}

void page_admin_staff_create(struct request *req)
{
	char hash[crypto_pwhash_STRBYTES];
	if (form_new_password(req, hash) < 0)
		return;
	long long id = 0;
	const char *username = req_field(req, "username")->value;
	enum db_status st = db_begin(req->db);
	if (st == DB_OK)
		st = db_staff_insert(req->db, username, req_field(req, "full_name")->value,
				     req_field(req, "role")->value, req_field(req, "language")->value, hash, &id);
	if (st == DB_DUPLICATE) {
		db_rollback(req->db);
		hdf_put(req_hdf(req), "Form.errors.username", i18n_text(req->lang, "err.username_taken"));
		render_page(req, 409, NULL);
		return;
	}
	struct audit_entry e = { .action = "staff_create", .entity = "staff", .entity_id = id,
				 .field = "role", .new_value = req_field(req, "role")->value,
				 .detail = username };
	st = audit_commit(req, &e, st);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	response_redirect(req, "/admin/staff");
}

/* Loads the staff member named by the URL's {id}; renders 404 and returns -1 when there is none. */
static int load_target(struct request *req, struct staff *s)
{
	long long id = valid_id_value(req_path_arg(req, 0));
	enum db_status st = id ? db_staff_get(req->db, &req->arena, id, s) : DB_NOT_FOUND;
	if (render_unless_found(req, st))
		return -1;
	return 0;
}

static void set_active(struct request *req, int active)
{
	struct staff s;
	if (load_target(req, &s) < 0)
		return;
	if (!active && s.id == req->user.id) {
		render_error(req, 409, "err.disable_self", NULL);
		return;
	}
	struct audit_entry e = { .action = active ? "staff_enable" : "staff_disable", .entity = "staff",
				 .entity_id = s.id, .field = "active", .old_value = s.active ? "1" : "0",
				 .new_value = active ? "1" : "0", .detail = s.username };
	enum db_status st = db_begin(req->db);
	if (st == DB_OK)
		st = db_staff_set_active(req->db, s.id, active);
	if (st == DB_OK && !active)
		st = session_end_all(req->db, s.id);
	st = audit_commit(req, &e, st);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	response_redirect(req, "/admin/staff");
}

/* POST /admin/staff/{id}/team: puts a staff member in an active team (empty: none), audited. */
void page_admin_staff_team(struct request *req)
{
	struct staff s;
	if (load_target(req, &s) < 0)
		return;
	long long team = valid_id_value(req_field(req, "team")->value);
	char **row = NULL;
	enum db_status st = team ? db_query_one(req->db, &SQL_TEAM_ACTIVE, DB_ARGS(DB_INT(team)), &req->arena, &row) : DB_OK;
	if (st == DB_NOT_FOUND) {
		render_error(req, 400, "err.choice", "team");
		return;
	}
	if (st == DB_OK)
		st = db_begin(req->db);
	if (st == DB_OK)
		st = db_exec(req->db, &SQL_STAFF_SET_TEAM, DB_ARGS(team ? DB_INT(team) : DB_NULLARG, DB_INT(s.id)), NULL, NULL);
	struct audit_entry e = { .action = "staff_team", .entity = "staff", .entity_id = s.id, .field = "team",
				 .new_value = row ? row[0] : "", .detail = s.username };
	st = audit_commit(req, &e, st);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	response_redirect(req, "/admin/staff");
}

void page_admin_staff_disable(struct request *req)
{
	set_active(req, 0);
}

void page_admin_staff_enable(struct request *req)
{
	set_active(req, 1);
}

static void put_target(struct request *req, const struct staff *s)
{
	HDF *h = req_hdf(req);
	hdf_put_int(h, "Target.id", s->id);
	hdf_put(h, "Target.username", s->username);
	hdf_put(h, "Target.name", s->full_name);
}

void page_admin_staff_password_form(struct request *req)
{
	struct staff s;
	if (load_target(req, &s) < 0)
		return;
	put_target(req, &s);
	render_page(req, 200, NULL);
}

void page_admin_staff_password_set(struct request *req)
{
	struct staff s;
	char hash[crypto_pwhash_STRBYTES];
	if (load_target(req, &s) < 0)
		return;
	put_target(req, &s);
	if (form_new_password(req, hash) < 0)
		return;
	struct audit_entry e = { .action = "staff_password", .entity = "staff", .entity_id = s.id,
				 .detail = s.username };
	enum db_status st = db_begin(req->db);
	if (st == DB_OK)
		st = db_staff_set_password(req->db, s.id, hash);
	if (st == DB_OK)
		st = session_end_all(req->db, s.id);
	if (st == DB_OK)
		st = audit_write(req, &e);
	if (st == DB_OK && s.id == req->user.id)
		st = session_start(req, s.id);   /* the admin who changed their own password stays signed in */
	if (st == DB_OK)
		st = db_commit(req->db);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	response_redirect(req, "/admin/staff");
}

DB_STMT(SQL_AUDIT_PAGE,
	"SELECT a.id, DATE_FORMAT(a.at, '%Y-%m-%d %H:%i:%s'), COALESCE(s.username, ''), a.ip, a.action,"
	" COALESCE(a.entity, ''), COALESCE(a.entity_id, ''), COALESCE(a.field, ''),"
	" COALESCE(a.old_value, ''), COALESCE(a.new_value, ''), COALESCE(a.detail, '')"
	" FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id"
	" WHERE a.id < ? ORDER BY a.id DESC LIMIT 50");

struct audit_fill {
	struct hdf_rows rows;
	const char *last_id;
	struct arena *a;
};

static int audit_row(void *ctx, const struct db_row *row)
{
	struct audit_fill *f = ctx;
	f->last_id = arena_strdup(f->a, row->val[0]);   /* the cursor of the next page */
	return hdf_rows_add(&f->rows, row);
}

void page_admin_audit(struct request *req)
{
	const struct field_value *before = req_field(req, "before");
	if (before->error) {
		render_error(req, 400, before->error, NULL);
		return;
	}
	long long b = before->present ? valid_id_value(before->value) : (1LL << 62);
	static const char *const cols[] = { "id", "at", "who", "ip", "action", "entity", "entity_id",
					    "field", "old", "new", "detail", NULL };
	struct audit_fill f = { .a = &req->arena };
	hdf_rows_init(req, "Audit", cols, &f.rows);
	enum db_status st = db_query(req->db, &SQL_AUDIT_PAGE, DB_ARGS(DB_INT(b)), audit_row, &f);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	if (f.rows.list.n == 50 && f.last_id)
		hdf_put(req_hdf(req), "Page.next_before", f.last_id);
	render_page(req, 200, NULL);
}
