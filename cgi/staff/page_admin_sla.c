/* page_admin_sla.c: the SLA rules (admins): business hours, holidays, when a clock counts as near,
 * the first-response and resolution targets of each kind and priority, the public form's limits;
 * and the case categories customers choose from, named in the three languages. Every change is
 * audited; a new rule applies to the clocks of cases as they next change. */
#include "pages.h"
#include "audit.h"
#include "case_policy.h"
#include "i18n.h"
#include "render.h"
#include "response.h"
#include "settings.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

DB_STMT(SQL_SLA_POLICIES, "SELECT kind, priority, first_response_minutes, resolution_minutes FROM sla_policies");
DB_STMT(SQL_SLA_POLICY_SET,
	"UPDATE sla_policies SET first_response_minutes = ?, resolution_minutes = ? WHERE kind = ? AND priority = ?");
DB_STMT(SQL_SLA_HOLIDAYS, "SELECT DATE_FORMAT(day, '%Y-%m-%d'), name FROM sla_holidays ORDER BY day");
DB_STMT(SQL_SLA_HOLIDAYS_CLEAR, "DELETE FROM sla_holidays");
DB_STMT(SQL_SLA_HOLIDAY_ADD, "INSERT INTO sla_holidays (day, name) VALUES (?, ?) ON DUPLICATE KEY UPDATE name = VALUES(name)");
DB_STMT(SQL_CASE_CATEGORIES_ALL,
	"SELECT g.id, g.name, g.name_fil, g.name_ms, g.active, (SELECT COUNT(*) FROM cases c WHERE c.category_id = g.id)"
	" FROM case_categories g ORDER BY g.active DESC, g.id");
DB_STMT(SQL_CASE_CATEGORY_INSERT, "INSERT INTO case_categories (name, name_fil, name_ms, active) VALUES (?, ?, ?, 1)");
DB_STMT(SQL_CASE_CATEGORY_UPDATE,
	"UPDATE case_categories SET name = ?, name_fil = ?, name_ms = ?, active = ? WHERE id = ?");

/* The SLA rules: the week, the warning share, holidays, the public form's limits, and a first
 * response and resolution target (hours) for each kind and priority. */
#define SLA_TARGETS(kind) \
	{ "fr_" kind "_low", valid_hours, FIELD_REQUIRED }, { "res_" kind "_low", valid_hours, FIELD_REQUIRED }, \
	{ "fr_" kind "_normal", valid_hours, FIELD_REQUIRED }, { "res_" kind "_normal", valid_hours, FIELD_REQUIRED }, \
	{ "fr_" kind "_high", valid_hours, FIELD_REQUIRED }, { "res_" kind "_high", valid_hours, FIELD_REQUIRED }, \
	{ "fr_" kind "_urgent", valid_hours, FIELD_REQUIRED }, { "res_" kind "_urgent", valid_hours, FIELD_REQUIRED }
const struct field sla_form_fields[] = {
	{ "week", valid_sla_week, FIELD_REQUIRED },
	{ "warn_percent", valid_percent, FIELD_REQUIRED },
	{ "holidays", valid_holidays, 0 },
	{ "rate_per_hour", valid_count, FIELD_REQUIRED },
	{ "lookups_per_hour", valid_count, FIELD_REQUIRED },
	{ "min_seconds", valid_count, FIELD_REQUIRED },
	SLA_TARGETS("complaint"), SLA_TARGETS("claim"), SLA_TARGETS("suggestion"), SLA_TARGETS("comment"),
	SLA_TARGETS("praise"),
	{ NULL, NULL, 0 },
};

static const char *const KINDS[] = { "complaint", "claim", "suggestion", "comment", "praise" };
static const char *const PRIORITIES[] = { "low", "normal", "high", "urgent" };
#define NKINDS 5
#define NPRIORITIES 4

/* Minutes as the form shows hours: "4", "1.5", "0.25". */
static const char *hours_text(struct request *req, long long minutes)
{
	char out[32];
	return arena_strdup(&req->arena, decimal_format((minutes * 100 + 30) / 60, 2, out, sizeof(out)));
}

/* Hours as typed (valid_hours) in whole minutes, rounded. */
static long long hours_minutes(const char *v)
{
	long long h = 0;
	decimal_parse(v, strlen(v), 2, 1000000, &h);
	return (h * 60 + 50) / 100;
}

struct sla_form {
	struct request *req;
	HDF *form;
};

static int policy_row(void *ctx, const struct db_row *row)
{
	struct sla_form *f = ctx;
	hdf_put(f->form, arena_printf(&f->req->arena, "fr_%s_%s", row->val[0], row->val[1]),
		hours_text(f->req, atoll(row->val[2])));
	hdf_put(f->form, arena_printf(&f->req->arena, "res_%s_%s", row->val[0], row->val[1]),
		hours_text(f->req, atoll(row->val[3])));
	return 0;
}

static int holiday_row(void *ctx, const struct db_row *row)
{
	struct buf *b = ctx;
	buf_printf(b, "%s%s%s\n", row->val[0], row->val[1][0] ? " " : "", row->val[1]);
	return 0;
}

/* Renders the rules; with status 200 the stored values fill the form, otherwise what was typed. */
static void sla_render(struct request *req, int status)
{
	HDF *h = req_hdf(req);
	HDF *form = NULL;
	NEOERR *err = hdf_get_node(h, "Form", &form);
	nerr_ignore(&err);
	enum db_status st = DB_OK;
	if (status == 200) {
		struct case_policy *p = arena_alloc(&req->arena, sizeof(*p));
		struct sla_form f = { req, form };
		struct buf hol = { 0 };
		st = case_policy_load(req->db, NULL, NULL, p);
		if (st == DB_OK)
			st = db_query(req->db, &SQL_SLA_POLICIES, DB_NOARGS, policy_row, &f);
		if (st == DB_OK)
			st = db_query(req->db, &SQL_SLA_HOLIDAYS, DB_NOARGS, holiday_row, &hol);
		if (st == DB_OK) {
			char pct[32];
			hdf_put(form, "warn_percent", decimal_format(p->warn_bp, 2, pct, sizeof(pct)));
			hdf_put_int(form, "rate_per_hour", p->rate_per_hour);
			hdf_put_int(form, "lookups_per_hour", p->lookups_per_hour);
			hdf_put_int(form, "min_seconds", p->min_seconds);
			hdf_put(form, "holidays", hol.data ? hol.data : "");
			hdf_put(form, "week", p->week);
			hdf_put(h, "Sla.zone", p->tz);
		}
		buf_free(&hol);
	}
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	for (int k = 0; k < NKINDS; k++)
		hdf_put(h, arena_printf(&req->arena, "Kinds.%d", k), KINDS[k]);
	for (int p = 0; p < NPRIORITIES; p++)
		hdf_put(h, arena_printf(&req->arena, "Priorities.%d", p), PRIORITIES[p]);
	render_page(req, status, "staff/admin_sla.cs");
}

void page_admin_sla(struct request *req)
{
	sla_render(req, 200);
}

void page_admin_sla_set(struct request *req)
{
	if (form_fill(req)) {
		sla_render(req, 400);
		return;
	}
	static const char *const names[] = { "sla_week", "sla_warn_bp", "feedback_rate_per_hour",
					     "feedback_lookups_per_hour", "feedback_min_seconds" };
	long long warn_bp = 0;
	const char *warn = req_field(req, "warn_percent")->value;
	decimal_parse(warn, strlen(warn), 2, 10000, &warn_bp);
	const char *const values[] = { req_field(req, "week")->value, arena_printf(&req->arena, "%lld", warn_bp),
				       req_field(req, "rate_per_hour")->value, req_field(req, "lookups_per_hour")->value,
				       req_field(req, "min_seconds")->value };
	enum db_status st = db_begin(req->db);
	if (st == DB_OK)
		st = settings_store(req, names, values, sizeof(names) / sizeof(names[0]));
	for (int k = 0; st == DB_OK && k < NKINDS; k++)
		for (int p = 0; st == DB_OK && p < NPRIORITIES; p++) {
			long long fr = hours_minutes(req_field(req, arena_printf(&req->arena, "fr_%s_%s", KINDS[k], PRIORITIES[p]))->value);
			long long res = hours_minutes(req_field(req, arena_printf(&req->arena, "res_%s_%s", KINDS[k], PRIORITIES[p]))->value);
			unsigned long long changed = 0;
			st = db_exec(req->db, &SQL_SLA_POLICY_SET, DB_ARGS(DB_INT(fr), DB_INT(res), DB_STR(KINDS[k]), DB_STR(PRIORITIES[p])),
				     &changed, NULL);
			struct audit_entry e = { .action = "sla_policy_update", .entity = "sla_policy",
						 .field = arena_printf(&req->arena, "%s/%s", KINDS[k], PRIORITIES[p]),
						 .new_value = arena_printf(&req->arena, "%lld/%lld min", fr, res) };
			if (st == DB_OK && changed)
				st = audit_write(req, &e);
		}
	/* holidays: replaced as a whole by the lines of the field */
	const struct field_value *hol = req_field(req, "holidays");
	if (st == DB_OK)
		st = db_exec(req->db, &SQL_SLA_HOLIDAYS_CLEAR, DB_NOARGS, NULL, NULL);
	size_t nh = 0;
	for (size_t at = 0; st == DB_OK && at < hol->len;) {
		const char *nl = memchr(hol->value + at, '\n', hol->len - at);
		size_t end = nl ? (size_t)(nl - hol->value) : hol->len, n = end - at;
		if (n && hol->value[at + n - 1] == '\r')
			n--;
		int y, m, d;
		size_t name_at;
		if (n && holiday_line(hol->value + at, n, &y, &m, &d, &name_at) == 0) {
			st = db_exec(req->db, &SQL_SLA_HOLIDAY_ADD,
				     DB_ARGS(DB_STR(arena_printf(&req->arena, "%04d-%02d-%02d", y, m, d)),
					     DB_STR(arena_strndup(&req->arena, hol->value + at + name_at, n - name_at))), NULL, NULL);
			nh++;
		}
		at = end + 1;
	}
	struct audit_entry e = { .action = "sla_holidays", .entity = "setting", .detail = arena_printf(&req->arena, "%zu days", nh) };
	st = audit_commit(req, &e, st);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	response_redirect(req, "/admin/sla");
}

static void categories_render(struct request *req, int status)
{
	static const char *const cols[] = { "id", "name", "name_fil", "name_ms", "active", "uses", NULL };
	struct hdf_rows rows;
	hdf_rows_init(req, "Items", cols, &rows);
	enum db_status st = db_query(req->db, &SQL_CASE_CATEGORIES_ALL, DB_NOARGS, hdf_rows_add, &rows);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	render_page(req, status, "staff/admin_case_categories.cs");
}

void page_admin_case_categories(struct request *req)
{
	categories_render(req, 200);
}

/* Adds (id 0) or changes a category with its audit row; a name taken is the form again (409). */
static void category_write(struct request *req, long long id)
{
	if (form_fill(req)) {
		categories_render(req, 400);
		return;
	}
	const char *name = req_field(req, "name")->value, *fil = req_field(req, "name_fil")->value;
	const char *ms = req_field(req, "name_ms")->value;
	int active = id == 0 || req_field(req, "active")->present;
	unsigned long long new_id = 0, changed = 0;
	enum db_status st = db_begin(req->db);
	if (st == DB_OK && id)
		st = db_exec(req->db, &SQL_CASE_CATEGORY_UPDATE, DB_ARGS(DB_STR(name), DB_STR(fil), DB_STR(ms), DB_INT(active), DB_INT(id)),
			     &changed, NULL);
	else if (st == DB_OK)
		st = db_exec(req->db, &SQL_CASE_CATEGORY_INSERT, DB_ARGS(DB_STR(name), DB_STR(fil), DB_STR(ms)), NULL, &new_id);
	struct audit_entry e = { .action = id ? "case_category_update" : "case_category_create", .entity = "case_category",
				 .entity_id = id ? id : (long long)new_id, .field = "name", .new_value = name,
				 .detail = active ? NULL : "retired" };
	st = audit_commit(req, &e, st);
	if (st == DB_DUPLICATE) {
		hdf_put(req_hdf(req), "Form.errors.name", i18n_text(req->lang, "err.name_taken"));
		categories_render(req, 409);
		return;
	}
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	response_redirect(req, "/admin/case-categories");
}

void page_admin_case_category_create(struct request *req)
{
	category_write(req, 0);
}

void page_admin_case_category_update(struct request *req)
{
	category_write(req, valid_id_value(req_path_arg(req, 0)));
}
