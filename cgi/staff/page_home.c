/* page_home.c: the signed-in home page and the language preference. */
#include "pages.h"
#include "db_staff.h"
#include "i18n.h"
#include "render.h"
#include "response.h"

/* Tier changes of the person's clients they have not yet told the client about. */
DB_STMT(SQL_TIER_CHANGES_UNTOLD,
	"SELECT t.id, t.client_id, c.sort_name, t.up, COALESCE(n.name, ''), DATE_FORMAT(t.at, '%Y-%m-%d')"
	" FROM tier_changes t JOIN clients c ON c.id = t.client_id LEFT JOIN loyalty_tiers n ON n.id = t.new_tier_id"
	" WHERE t.manager_id = ? AND t.told_at IS NULL ORDER BY t.id LIMIT 50");

void page_home(struct request *req)
{
	static const char *const cols[] = { "at", "ip", NULL };
	static const char *const tier_cols[] = { "id", "client_id", "client", "up", "tier", "at", NULL };
	struct hdf_rows f, tiers;
	hdf_rows_init(req, "Home.logins", cols, &f);
	enum db_status st = db_staff_recent_logins(req->db, req->user.id, 5, hdf_rows_add, &f);
	hdf_rows_init(req, "Home.tiers", tier_cols, &tiers);
	if (st == DB_OK)
		st = db_query(req->db, &SQL_TIER_CHANGES_UNTOLD, DB_ARGS(DB_INT(req->user.id)), hdf_rows_add, &tiers);
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
