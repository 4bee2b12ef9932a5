/* page_loyalty.c: loyalty tiers and settings (admins), personal discounts (managers), and the
 * tier changes an account manager has yet to tell the client about. */
#include "pages.h"
#include "audit.h"
#include "client_pages.h"
#include "i18n.h"
#include "form_values.h"
#include "loyalty.h"
#include "money.h"
#include "render.h"
#include "response.h"
#include "settings.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

DB_STMT(SQL_TIER_INSERT, "INSERT INTO loyalty_tiers (name, threshold, discount_bp) VALUES (?, ?, ?)");
DB_STMT(SQL_TIER_UPDATE, "UPDATE loyalty_tiers SET name = ?, threshold = ?, discount_bp = ? WHERE id = ?");
DB_STMT(SQL_TIER_DELETE, "DELETE FROM loyalty_tiers WHERE id = ?");
DB_STMT(SQL_TIER_GET, "SELECT name, threshold, discount_bp FROM loyalty_tiers WHERE id = ?");
DB_STMT(SQL_TODAY, "SELECT DATE_FORMAT(CURDATE(), '%Y-%m-%d')");
DB_STMT(SQL_TIER_TOLD,
	"UPDATE tier_changes SET told_at = NOW(), told_by = ? WHERE id = ? AND told_at IS NULL"
	" AND (manager_id = ? OR ? = 1)");

/* The tiers and the settings, for the admin page. */
static void tiers_render(struct request *req, int status)
{
	struct loyalty l;
	enum db_status st = loyalty_load(req, &l);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	HDF *h = req_hdf(req);
	struct hdf_list tiers;
	hdf_list_init(req, "Tiers", &tiers);
	for (int i = 0; i < l.ntiers; i++) {
		HDF *t = hdf_list_add(&tiers);
		hdf_put_int(t, "id", l.tier_id[i]);
		hdf_put(t, "name", l.tier_name[i]);
		hdf_put_int(t, "threshold", l.threshold[i]);
		char text[40];
		hdf_put(t, "threshold_input", decimal_format(l.threshold[i], 2, text, sizeof(text)));
		hdf_put_int(t, "bp", l.tier_bp[i]);
	}
	hdf_put(h, "Loyalty.window", l.window_12m ? "12m" : "lifetime");
	hdf_put(h, "Loyalty.demotion", l.demotion ? "1" : "0");
	hdf_put_int(h, "Loyalty.birthday_bp", l.birthday_bp);
	hdf_put_int(h, "Loyalty.birthday_days", l.birthday_days);
	hdf_put(h, "Loyalty.combine", l.rule.sum ? "sum" : "max");
	hdf_put_int(h, "Loyalty.cap_bp", l.rule.cap_bp);
	render_page(req, status, "staff/admin_tiers.cs");
}

void page_admin_tiers(struct request *req)
{
	tiers_render(req, 200);
}

/* Writes a tier (id 0: a new one) from the form, audited. */
static void tier_write(struct request *req, long long id)
{
	char **old = NULL;
	enum db_status st = DB_OK;
	if (id) {
		st = db_query_one(req->db, &SQL_TIER_GET, DB_ARGS(DB_INT(id)), &req->arena, &old);
		if (st == DB_NOT_FOUND) {
			render_error(req, 404, "err.not_found", NULL);
			return;
		}
	}
	if (st == DB_OK && form_fill(req)) {
		tiers_render(req, 400);
		return;
	}
	const char *name = req_field(req, "name")->value;
	long long threshold = field_money(req, "threshold");
	int bp = field_bp(req, "percent");
	unsigned long long new_id = 0;
	if (st == DB_OK)
		st = db_begin(req->db);
	if (st == DB_OK && id)
		st = db_exec(req->db, &SQL_TIER_UPDATE, DB_ARGS(DB_STR(name), DB_INT(threshold), DB_INT(bp), DB_INT(id)),
			     NULL, NULL);
	else if (st == DB_OK)
		st = db_exec(req->db, &SQL_TIER_INSERT, DB_ARGS(DB_STR(name), DB_INT(threshold), DB_INT(bp)), NULL, &new_id);
	struct audit_entry e = { .action = id ? "tier_update" : "tier_create", .entity = "tier",
				 .entity_id = id ? id : (long long)new_id,
				 .old_value = old ? arena_printf(&req->arena, "%s from %s at %s bp", old[0], old[1], old[2]) : NULL,
				 .new_value = arena_printf(&req->arena, "%s from %lld at %d bp", name, threshold, bp) };
	st = audit_commit(req, &e, st);
	if (st == DB_DUPLICATE) {   /* a name or a threshold another tier has */
		db_rollback(req->db);
		hdf_put(req_hdf(req), "Form.errors.name", i18n_text(req->lang, "err.tier_taken"));
		tiers_render(req, 409);
		return;
	}
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	response_redirect(req, "/admin/tiers");
}

void page_admin_tier_create(struct request *req)
{
	tier_write(req, 0);
}

void page_admin_tier_update(struct request *req)
{
	tier_write(req, valid_id_value(req_path_arg(req, 0)));
}

void page_admin_tier_delete(struct request *req)
{
	long long id = valid_id_value(req_path_arg(req, 0));
	char **old;
	enum db_status st = db_begin(req->db);
	if (st == DB_OK)
		st = db_query_one(req->db, &SQL_TIER_GET, DB_ARGS(DB_INT(id)), &req->arena, &old);
	if (st == DB_NOT_FOUND) {
		render_error(req, 404, "err.not_found", NULL);
		return;
	}
	if (st == DB_OK)
		st = db_exec(req->db, &SQL_TIER_DELETE, DB_ARGS(DB_INT(id)), NULL, NULL);
	struct audit_entry e = { .action = "tier_delete", .entity = "tier", .entity_id = id,
				 .old_value = st == DB_OK ? old[0] : NULL };
	st = audit_commit(req, &e, st);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	response_redirect(req, "/admin/tiers");
}

void page_admin_loyalty_settings(struct request *req)
{
	if (form_fill(req)) {
		tiers_render(req, 400);
		return;
	}
	static const char *const names[] = { "loyalty_window", "loyalty_demotion", "birthday_discount_bp", "birthday_window_days",
				"discount_combine", "discount_cap_bp" };
	const char *const values[] = {
		req_field(req, "window")->value,
		req_field(req, "demotion")->present ? "1" : "0",
		arena_printf(&req->arena, "%d", field_bp(req, "birthday_percent")),
		req_field(req, "birthday_days")->value[0] ? req_field(req, "birthday_days")->value : "0",
		req_field(req, "combine")->value,
		arena_printf(&req->arena, "%d", field_bp(req, "cap_percent")),
	};
	enum db_status st = settings_write(req, names, values, sizeof(names) / sizeof(names[0]));
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	response_redirect(req, "/admin/tiers");
}

void page_client_discount_grant(struct request *req)
{
	struct client c;
	if (client_page_load(req, &c, CLIENT_FOR_VIEW) < 0)
		return;
	int problems = form_fill(req);
	const char *until = req_field(req, "expires_on")->value;
	char **today;
	enum db_status st = db_query_one(req->db, &SQL_TODAY, DB_NOARGS, &req->arena, &today);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	if (until[0] && strcmp(until, today[0]) < 0) {
		hdf_put(req_hdf(req), "Form.errors.expires_on", i18n_text(req->lang, "err.past_date"));
		problems++;
	}
	if (problems) {
		client_view_render(req, &c, 400);
		return;
	}
	int bp = field_bp(req, "percent");
	const char *reason = req_field(req, "reason")->value;
	long long id = 0;
	st = db_begin(req->db);
	if (st == DB_OK)
		st = discount_grant(req, c.id, bp, reason, until, &id);
	if (st == DB_OK)
		st = db_commit(req->db);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	response_redirect(req, arena_printf(&req->arena, "/clients/%lld", c.id));
}

void page_tier_change_told(struct request *req)
{
	long long id = valid_id_value(req_path_arg(req, 0));
	int any = (req->user.role & (ROLE_ADMIN | ROLE_MANAGER)) != 0;
	unsigned long long changed = 0;
	enum db_status st = db_exec(req->db, &SQL_TIER_TOLD,
				    DB_ARGS(DB_INT(req->user.id), DB_INT(id), DB_INT(req->user.id), DB_INT(any)), &changed, NULL);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	if (changed == 0) {   /* not there, told already, or another manager's client */
		render_error(req, 404, "err.not_found", NULL);
		return;
	}
	response_redirect(req, "/");
}
