/* client_pages.c: loading the client a URL names, with object-level checks, and form choices. */
#include "client_pages.h"
#include "render.h"
#include "response.h"
#include <stdlib.h>

DB_STMT(SQL_SEGMENTS_ACTIVE, "SELECT id, name FROM segments WHERE active = 1 ORDER BY name");
DB_STMT(SQL_STAFF_CHOICES, "SELECT id, full_name FROM staff WHERE active = 1 ORDER BY full_name LIMIT 500");

int client_page_load(struct request *req, struct client *c, enum client_purpose purpose)
{
	long long id = valid_id_value(req_path_arg(req, 0));
	enum db_status st = id ? client_load(req, id, c) : DB_NOT_FOUND;
	if (render_unless_found(req, st))
		return -1;
	if (c->merged_into[0]) {
		response_redirect(req, arena_printf(&req->arena, "/clients/%s", c->merged_into));
		return -1;
	}
	if (purpose == CLIENT_FOR_EDIT && !client_may_edit(req, c)) {
		render_error(req, 403, "err.not_yours", NULL);
		return -1;
	}
	return 0;
}

int staff_choices(struct request *req)
{
	static const char *const cols[] = { "id", "name", NULL };
	struct hdf_rows managers;
	hdf_rows_init(req, "Managers", cols, &managers);
	enum db_status st = db_query(req->db, &SQL_STAFF_CHOICES, DB_NOARGS, hdf_rows_add, &managers);
	if (st != DB_OK) {
		render_db_error(req, st);
		return -1;
	}
	return 0;
}

int client_choices(struct request *req)
{
	static const char *const cols[] = { "id", "name", NULL };
	struct hdf_rows segments;
	hdf_rows_init(req, "Segments", cols, &segments);
	enum db_status st = db_query(req->db, &SQL_SEGMENTS_ACTIVE, DB_NOARGS, hdf_rows_add, &segments);
	if (st != DB_OK) {
		render_db_error(req, st);
		return -1;
	}
	return staff_choices(req);
}
