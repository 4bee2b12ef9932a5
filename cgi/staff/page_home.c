/* page_home.c: the signed-in home page and the language preference. */
#include "pages.h"
#include "db_staff.h"
#include "i18n.h"
#include "render.h"
#include "response.h"

void page_home(struct request *req)
{
	static const char *const cols[] = { "at", "ip", NULL };
	struct hdf_rows f;
	hdf_rows_init(req, "Home.logins", cols, &f);
	enum db_status st = db_staff_recent_logins(req->db, req->user.id, 5, hdf_rows_add, &f);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	render_page(req, 200, NULL);
}

void page_prefs_language(struct request *req)
{
	const struct field_value *lang = req_field(req, "lang");
	const struct field_value *next = req_field(req, "next");
	if (lang->error) {
		render_error(req, 400, lang->error, NULL);
		return;
	}
	enum db_status st = db_staff_set_language(req->db, req->user.id, lang->value);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	response_redirect(req, next->present && !next->error ? next->value : "/");
}
