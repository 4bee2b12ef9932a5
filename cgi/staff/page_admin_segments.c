/* page_admin_segments.c: the admin-managed list of client segments: add, rename, retire. */
#include "pages.h"
#include "audit.h"
#include "i18n.h"
#include "render.h"
#include "response.h"
#include <stdlib.h>

DB_STMT(SQL_SEGMENTS_ALL,
	"SELECT g.id, g.name, g.active, (SELECT COUNT(*) FROM clients c WHERE c.segment_id = g.id)"
	" FROM segments g ORDER BY g.active DESC, g.name");
DB_STMT(SQL_SEGMENT_INSERT, "INSERT INTO segments (name, active) VALUES (?, 1)");
DB_STMT(SQL_SEGMENT_UPDATE, "UPDATE segments SET name = ?, active = ? WHERE id = ?");
DB_STMT(SQL_SEGMENT_NAME, "SELECT name, active FROM segments WHERE id = ?");

static void segments_render(struct request *req, int status)
{
	static const char *const cols[] = { "id", "name", "active", "clients", NULL };
	struct hdf_rows list;
	hdf_rows_init(req, "Segments", cols, &list);
	enum db_status st = db_query(req->db, &SQL_SEGMENTS_ALL, DB_NOARGS, hdf_rows_add, &list);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	render_page(req, status, "staff/admin_segments.cs");
}

void page_admin_segments(struct request *req)
{
	segments_render(req, 200);
}

/* After a refused write: the list again with the form's message (409 for a taken name). */
static void segments_refused(struct request *req, enum db_status st)
{
	if (st == DB_DUPLICATE) {
		db_rollback(req->db);
		hdf_put(req_hdf(req), "Form.errors.name", i18n_text(req->lang, "err.segment_taken"));
		segments_render(req, 409);
		return;
	}
	render_db_error(req, st);
}

void page_admin_segment_create(struct request *req)
{
	if (form_fill(req)) {
		segments_render(req, 400);
		return;
	}
	const char *name = req_field(req, "name")->value;
	unsigned long long id = 0;
	enum db_status st = db_begin(req->db);
	if (st == DB_OK)
		st = db_exec(req->db, &SQL_SEGMENT_INSERT, DB_ARGS(DB_STR(name)), NULL, &id);
	struct audit_entry e = { .action = "segment_create", .entity = "segment", .entity_id = (long long)id,
				 .field = "name", .new_value = name };
	if (st == DB_OK)
		st = audit_write(req, &e);
	if (st == DB_OK)
		st = db_commit(req->db);
	if (st != DB_OK) {
		segments_refused(req, st);
		return;
	}
	response_redirect(req, "/admin/segments");
}

void page_admin_segment_update(struct request *req)
{
	long long id = valid_id_value(req_path_arg(req, 0));
	char **old;
	enum db_status st = db_query_one(req->db, &SQL_SEGMENT_NAME, DB_ARGS(DB_INT(id)), &req->arena, &old);
	if (st == DB_NOT_FOUND) {
		render_error(req, 404, "err.not_found", NULL);
		return;
	}
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	if (form_fill(req)) {
		segments_render(req, 400);
		return;
	}
	const char *name = req_field(req, "name")->value;
	int active = req_field(req, "active")->present;
	if (st == DB_OK)
		st = db_begin(req->db);
	if (st == DB_OK)
		st = db_exec(req->db, &SQL_SEGMENT_UPDATE, DB_ARGS(DB_STR(name), DB_INT(active), DB_INT(id)), NULL, NULL);
	struct audit_entry e = { .action = "segment_update", .entity = "segment", .entity_id = id,
				 .field = "name", .old_value = old[0], .new_value = name,
				 .detail = active ? "active" : "retired" };
	if (st == DB_OK)
		st = audit_write(req, &e);
	if (st == DB_OK)
		st = db_commit(req->db);
	if (st != DB_OK) {
		segments_refused(req, st);
		return;
	}
	response_redirect(req, "/admin/segments");
}
