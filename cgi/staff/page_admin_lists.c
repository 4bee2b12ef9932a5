/* page_admin_lists.c: the admin-managed name lists (client segments, product categories, teams of
 * staff, allowed gift kinds): add, rename, retire. One set of handlers serves them all, each list
 * naming its own statements. */
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
DB_STMT(SQL_CATEGORIES_ALL,
	"SELECT g.id, g.name, g.active, (SELECT COUNT(*) FROM products p WHERE p.category_id = g.id)"
	" FROM product_categories g ORDER BY g.active DESC, g.name");
DB_STMT(SQL_CATEGORY_INSERT, "INSERT INTO product_categories (name, active) VALUES (?, 1)");
DB_STMT(SQL_CATEGORY_UPDATE, "UPDATE product_categories SET name = ?, active = ? WHERE id = ?");
DB_STMT(SQL_CATEGORY_NAME, "SELECT name, active FROM product_categories WHERE id = ?");
DB_STMT(SQL_TEAMS_ALL,
	"SELECT g.id, g.name, g.active, (SELECT COUNT(*) FROM staff s WHERE s.team_id = g.id AND s.active = 1)"
	" FROM teams g ORDER BY g.active DESC, g.name");
DB_STMT(SQL_TEAM_INSERT, "INSERT INTO teams (name, active) VALUES (?, 1)");
DB_STMT(SQL_TEAM_UPDATE, "UPDATE teams SET name = ?, active = ? WHERE id = ?");
DB_STMT(SQL_TEAM_NAME, "SELECT name, active FROM teams WHERE id = ?");
DB_STMT(SQL_GIFT_KINDS_ALL,
	"SELECT g.id, g.name, g.active, (SELECT COUNT(*) FROM rewards r WHERE r.gift_kind_id = g.id)"
	" FROM gift_kinds g ORDER BY g.active DESC, g.name");
DB_STMT(SQL_GIFT_KIND_INSERT, "INSERT INTO gift_kinds (name, active) VALUES (?, 1)");
DB_STMT(SQL_GIFT_KIND_UPDATE, "UPDATE gift_kinds SET name = ?, active = ? WHERE id = ?");
DB_STMT(SQL_GIFT_KIND_NAME, "SELECT name, active FROM gift_kinds WHERE id = ?");

/* One admin-managed list: its URL, its language section (Lang.<section>.title ...), its audit
 * entity, and its statements. */
struct named_list {
	const char *url, *section, *entity;
	const struct db_stmt_def *all, *insert, *update, *name;
};
static const struct named_list SEGMENTS = { "/admin/segments", "segments", "segment", &SQL_SEGMENTS_ALL,
					    &SQL_SEGMENT_INSERT, &SQL_SEGMENT_UPDATE, &SQL_SEGMENT_NAME };
static const struct named_list CATEGORIES = { "/admin/categories", "categories", "category", &SQL_CATEGORIES_ALL,
					      &SQL_CATEGORY_INSERT, &SQL_CATEGORY_UPDATE, &SQL_CATEGORY_NAME };
static const struct named_list TEAMS = { "/admin/teams", "teams", "team", &SQL_TEAMS_ALL, &SQL_TEAM_INSERT,
					 &SQL_TEAM_UPDATE, &SQL_TEAM_NAME };
static const struct named_list GIFT_KINDS = { "/admin/gift-kinds", "gift_kinds", "gift_kind", &SQL_GIFT_KINDS_ALL,
					      &SQL_GIFT_KIND_INSERT, &SQL_GIFT_KIND_UPDATE, &SQL_GIFT_KIND_NAME };

static void list_render(struct request *req, const struct named_list *nl, int status)
{
	static const char *const cols[] = { "id", "name", "active", "uses", NULL };
	struct hdf_rows rows;
	hdf_rows_init(req, "Items", cols, &rows);
	HDF *h = req_hdf(req);
	hdf_put(h, "List.url", nl->url);
	hdf_put(h, "List.section", nl->section);
	enum db_status st = db_query(req->db, nl->all, DB_NOARGS, hdf_rows_add, &rows);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	render_page(req, status, "staff/admin_list.cs");
}

/* After a refused write: the list again with the form's message (409 for a taken name). */
static void list_refused(struct request *req, const struct named_list *nl, enum db_status st)
{
	if (st == DB_DUPLICATE) {
		db_rollback(req->db);
		hdf_put(req_hdf(req), "Form.errors.name", i18n_text(req->lang, "err.name_taken"));
		list_render(req, nl, 409);
		return;
	}
	render_db_error(req, st);
}

static void list_create(struct request *req, const struct named_list *nl)
{
	if (form_fill(req)) {
		list_render(req, nl, 400);
		return;
	}
	const char *name = req_field(req, "name")->value;
	unsigned long long id = 0;
	enum db_status st = db_begin(req->db);
	if (st == DB_OK)
		st = db_exec(req->db, nl->insert, DB_ARGS(DB_STR(name)), NULL, &id);
	struct audit_entry e = { .action = arena_printf(&req->arena, "%s_create", nl->entity), .entity = nl->entity,
				 .entity_id = (long long)id, .field = "name", .new_value = name };
	st = audit_commit(req, &e, st);
	if (st != DB_OK) {
		list_refused(req, nl, st);
		return;
	}
	response_redirect(req, nl->url);
}

static void list_update(struct request *req, const struct named_list *nl)
{
	long long id = valid_id_value(req_path_arg(req, 0));
	char **old;
	enum db_status st = db_query_one(req->db, nl->name, DB_ARGS(DB_INT(id)), &req->arena, &old);
	if (render_unless_found(req, st))
		return;
	if (form_fill(req)) {
		list_render(req, nl, 400);
		return;
	}
	const char *name = req_field(req, "name")->value;
	int active = req_field(req, "active")->present;
	st = db_begin(req->db);
	if (st == DB_OK)
		st = db_exec(req->db, nl->update, DB_ARGS(DB_STR(name), DB_INT(active), DB_INT(id)), NULL, NULL);
	struct audit_entry e = { .action = arena_printf(&req->arena, "%s_update", nl->entity), .entity = nl->entity,
				 .entity_id = id, .field = "name", .old_value = old[0], .new_value = name,
				 .detail = active ? "active" : "retired" };
	st = audit_commit(req, &e, st);
	if (st != DB_OK) {
		list_refused(req, nl, st);
		return;
	}
	response_redirect(req, nl->url);
}

void page_admin_segments(struct request *req) { list_render(req, &SEGMENTS, 200); }
void page_admin_segment_create(struct request *req) { list_create(req, &SEGMENTS); }
void page_admin_segment_update(struct request *req) { list_update(req, &SEGMENTS); }
void page_admin_categories(struct request *req) { list_render(req, &CATEGORIES, 200); }
void page_admin_category_create(struct request *req) { list_create(req, &CATEGORIES); }
void page_admin_category_update(struct request *req) { list_update(req, &CATEGORIES); }
void page_admin_teams(struct request *req) { list_render(req, &TEAMS, 200); }
void page_admin_team_create(struct request *req) { list_create(req, &TEAMS); }
void page_admin_team_update(struct request *req) { list_update(req, &TEAMS); }
void page_admin_gift_kinds(struct request *req) { list_render(req, &GIFT_KINDS, 200); }
void page_admin_gift_kind_create(struct request *req) { list_create(req, &GIFT_KINDS); }
void page_admin_gift_kind_update(struct request *req) { list_update(req, &GIFT_KINDS); }
