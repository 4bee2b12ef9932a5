/* page_wallboard.c: the office wall-board (/leaderboard/wall): large type, no private figures,
 * refreshing itself every minute without JavaScript; for signed-in staff or whoever presents a
 * live wall-board key. Managers make and revoke the keys (/leaderboard/keys). */
#include "pages.h"
#include "audit.h"
#include "board.h"
#include "render.h"
#include "response.h"
#include "session.h"
#include <string.h>

DB_STMT(SQL_WALL_KEY_LIVE, "SELECT id FROM wallboard_keys WHERE key_hash = ? AND revoked_at IS NULL");
DB_STMT(SQL_WALL_EOM,
	"SELECT DATE_FORMAT(e.month, '%Y-%m'), s.full_name FROM employee_of_month e JOIN staff s ON s.id = e.staff_id"
	" ORDER BY e.month DESC LIMIT 1");
DB_STMT(SQL_WALL_KEYS,
	"SELECT k.id, k.label, s.full_name, DATE_FORMAT(k.created_at, '%Y-%m-%d %H:%i'),"
	" COALESCE(DATE_FORMAT(k.revoked_at, '%Y-%m-%d %H:%i'), '')"
	" FROM wallboard_keys k JOIN staff s ON s.id = k.created_by ORDER BY k.revoked_at IS NOT NULL, k.id DESC");
DB_STMT(SQL_WALL_KEY_INSERT,
	"INSERT INTO wallboard_keys (key_hash, label, created_by, created_at) VALUES (?, ?, ?, NOW())");
DB_STMT(SQL_WALL_KEY_REVOKE, "UPDATE wallboard_keys SET revoked_at = NOW() WHERE id = ? AND revoked_at IS NULL");

/* Whether the request may see the wall: a signed-in staff member, or a live key. -1 after
 * rendering the refusal or an error. */
static int wall_allowed(struct request *req)
{
	if (req->user.id)
		return 0;
	const struct field_value *key = req_field(req, "key");
	char **row;
	enum db_status st = key->present ? db_query_one(req->db, &SQL_WALL_KEY_LIVE,
							DB_ARGS(DB_STR(token_hash(req, key->value))), &req->arena, &row)
					 : DB_NOT_FOUND;
	if (st == DB_OK)
		return 0;
	if (st == DB_NOT_FOUND)
		render_error(req, 403, "err.wall_key", NULL);
	else
		render_db_error(req, st);
	return -1;
}

void page_wallboard(struct request *req)
{
	if (wall_allowed(req) < 0)
		return;
	form_fill(req);
	const char *month = board_month(req, 0);
	struct board b;
	enum db_status st = month ? board_load(req, month, 0, &b) : DB_ERROR;
	if (!month)
		return;
	char **eom = NULL;
	if (st == DB_OK) {
		st = db_query_one(req->db, &SQL_WALL_EOM, DB_NOARGS, &req->arena, &eom);
		if (st == DB_NOT_FOUND)
			st = DB_OK, eom = NULL;
	}
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	HDF *h = req_hdf(req);
	hdf_put(h, "Wall.month", arena_printf(&req->arena, "%.7s", b.month));
	hdf_put_int(h, "Wall.weighted", b.weighted);
	hdf_put_int(h, "Wall.today_units", b.today_units);
	if (b.company_plan > 0) {
		long long bp = 0;
		mot_achievement(b.weighted, b.company_plan, &bp);
		hdf_put_int(h, "Wall.plan", b.company_plan);
		hdf_put_int(h, "Wall.bp", bp);
		hdf_put_int(h, "Wall.bar", bp > 10000 ? 100 : bp < 0 ? 0 : bp / 100);
	}
	if (eom) {
		hdf_put(h, "Wall.eom_month", eom[0]);
		hdf_put(h, "Wall.eom_name", eom[1]);
	}
	struct hdf_list rows;
	hdf_list_init(req, "Wall.rows", &rows);
	for (size_t i = 0; i < b.n; i++) {   /* weighted revenue and plan only: never plain revenue */
		const struct board_person *p = b.ranked[i];
		HDF *r = hdf_list_add(&rows);
		hdf_put_int(r, "rank", p->row.rank);
		hdf_put_int(r, "id", p->row.staff_id);
		hdf_put(r, "name", p->name);
		hdf_put_int(r, "weighted", p->row.weighted);
		hdf_put_int(r, "today_units", p->today_units);
		if (p->has_plan) {
			hdf_put_int(r, "bp", p->achievement_bp);
			hdf_put_int(r, "bar", p->achievement_bp > 10000 ? 100 : p->achievement_bp < 0 ? 0 : p->achievement_bp / 100);
		}
	}
	render_page(req, 200, NULL);
}

/* The keys page, with the key just made (shown once) when there is one. */
static void keys_render(struct request *req, int status)
{
	static const char *const cols[] = { "id", "label", "by", "created", "revoked", NULL };
	struct hdf_rows keys;
	hdf_rows_init(req, "Keys", cols, &keys);
	enum db_status st = db_query(req->db, &SQL_WALL_KEYS, DB_NOARGS, hdf_rows_add, &keys);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	render_page(req, status, "staff/wall_keys.cs");
}

void page_wall_keys(struct request *req)
{
	keys_render(req, 200);
}

void page_wall_key_create(struct request *req)
{
	if (form_fill(req)) {
		keys_render(req, 400);
		return;
	}
	const char *key = token_new(req), *label = req_field(req, "label")->value;
	unsigned long long id = 0;
	enum db_status st = db_begin(req->db);
	if (st == DB_OK)
		st = db_exec(req->db, &SQL_WALL_KEY_INSERT,
			     DB_ARGS(DB_STR(token_hash(req, key)), DB_STR(label), DB_INT(req->user.id)), NULL, &id);
	struct audit_entry e = { .action = "wall_key_create", .entity = "wall_key", .detail = label };
	e.entity_id = (long long)id;
	st = audit_commit(req, &e, st);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	/* shown once, on this answer only: the database keeps its hash */
	hdf_put(req_hdf(req), "NewKey.url", arena_printf(&req->arena, "/leaderboard/wall?key=%s", key));
	hdf_put(req_hdf(req), "Form.label", "");
	keys_render(req, 200);
}

void page_wall_key_revoke(struct request *req)
{
	long long id = valid_id_value(req_path_arg(req, 0));
	unsigned long long changed = 0;
	enum db_status st = db_begin(req->db);
	if (st == DB_OK)
		st = db_exec(req->db, &SQL_WALL_KEY_REVOKE, DB_ARGS(DB_INT(id)), &changed, NULL);
	if (st == DB_OK && changed == 0) {
		db_rollback(req->db);
		render_error(req, 404, "err.not_found", NULL);
		return;
	}
	struct audit_entry e = { .action = "wall_key_revoke", .entity = "wall_key", .entity_id = id };
	st = audit_commit(req, &e, st);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	response_redirect(req, "/leaderboard/keys");
}
