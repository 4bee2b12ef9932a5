/* page_admin_reminders.c: the reminder rules (admins): the company's time zone, the dormant periods, the name-day calendar (CSV), consultation periods per category and staff e-mail for the digest. */
#include "pages.h"
#include "audit.h"
#include "csv.h"
#include "day.h"
#include "i18n.h"
#include "render.h"
#include "response.h"
#include "settings.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define NAME_DAYS_MAX 20000

DB_STMT(SQL_NAME_DAYS_COUNT, "SELECT COUNT(DISTINCT name) FROM name_days");
DB_STMT(SQL_RULES_CATEGORIES,
	"SELECT id, name, COALESCE(consultation_days, '') FROM product_categories WHERE active = 1 ORDER BY name");
DB_STMT(SQL_RULES_STAFF, "SELECT id, full_name, COALESCE(email, '') FROM staff WHERE active = 1 ORDER BY full_name, id");
DB_STMT(SQL_NAME_DAYS_CLEAR, "DELETE FROM name_days");
DB_STMT(SQL_NAME_DAY_INSERT, "INSERT IGNORE INTO name_days (name, month, day) VALUES (?, ?, ?)");
DB_STMT(SQL_CATEGORY_CONSULTATION, "UPDATE product_categories SET consultation_days = NULLIF(?, '') WHERE id = ?");
DB_STMT(SQL_STAFF_EMAIL, "UPDATE staff SET email = NULLIF(?, '') WHERE id = ?");

static void rules_render(struct request *req, int status)
{
	static const char *const cat_cols[] = { "id", "name", "days", NULL };
	static const char *const staff_cols[] = { "id", "name", "email", NULL };
	struct day_rules r;
	struct hdf_rows cats, staff;
	char **count = NULL;
	enum db_status st = day_rules_load(req, (long long)time(NULL), &r);
	if (st == DB_OK)
		st = db_query_one(req->db, &SQL_NAME_DAYS_COUNT, DB_NOARGS, &req->arena, &count);
	hdf_rows_init(req, "Categories", cat_cols, &cats);
	hdf_rows_init(req, "StaffEmail", staff_cols, &staff);
	if (st == DB_OK)
		st = db_query(req->db, &SQL_RULES_CATEGORIES, DB_NOARGS, hdf_rows_add, &cats);
	if (st == DB_OK)
		st = db_query(req->db, &SQL_RULES_STAFF, DB_NOARGS, hdf_rows_add, &staff);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	HDF *h = req_hdf(req);
	hdf_put(h, "NameDays.count", count[0]);
	hdf_put(h, "Rules.today", r.today);
	if (status == 200) {
		hdf_put(h, "Form.time_zone", r.tz);
		hdf_put_int(h, "Form.dormant_days", r.dormant_days);
		hdf_put_int(h, "Form.dormant_mark_days", r.dormant_mark_days);
	}
	render_page(req, status, "staff/admin_reminders.cs");
}

void page_admin_reminders(struct request *req)
{
	rules_render(req, 200);
}

void page_admin_reminders_set(struct request *req)
{
	int bad = form_fill(req);
	int d1 = atoi(req_field(req, "dormant_days")->value), d2 = atoi(req_field(req, "dormant_mark_days")->value);
	if (!bad && (d1 < 1 || d2 <= d1)) {   /* the second period is the longer one */
		hdf_put(req_hdf(req), "Form.errors.dormant_mark_days", i18n_text(req->lang, "err.dormant_periods"));
		bad = 1;
	}
	if (bad) {
		rules_render(req, 400);
		return;
	}
	static const char *const names[] = { "company_time_zone", "dormant_days", "dormant_mark_days" };
	const char *const values[] = { req_field(req, "time_zone")->value, arena_printf(&req->arena, "%d", d1),
				       arena_printf(&req->arena, "%d", d2) };
	enum db_status st = settings_write(req, names, values, 3);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	response_redirect(req, "/admin/reminders");
}

/* One calendar line: name, then month and day as two cells (7,26) or one (07-26). 0, or -1. */
static int name_day_cells(const struct csv_row *row, const char **name, int *month, int *day)
{
	char tail = 0;
	if (row->n == 3 && sscanf(row->cells[1], "%d%c", month, &tail) == 1 && sscanf(row->cells[2], "%d%c", day, &tail) == 1)
		;
	else if (row->n == 2 && sscanf(row->cells[1], "%d-%d%c", month, day, &tail) == 2)
		;
	else
		return -1;
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	size_t len = strlen(row->cells[0]);
	if (len == 0 || len > 100 || *month < 1 || *month > 12 || *day < 1 || *day > mdays[*month - 1])
		return -1;
	*name = row->cells[0];
	return 0;
}

/* Replaces the name-day calendar with the uploaded CSV, all or nothing: a bad line refuses the file
 * (400, naming the line). A first line that is not a date is taken for a header. */
void page_admin_name_days(struct request *req)
{
	const struct field_value *file = req_field(req, "file");
	struct csv csv;
	size_t line = 0;
	const char *err = NULL;
	if (file->error || csv_parse(&req->arena, file->value, file->len, NAME_DAYS_MAX + 1, 3, &csv, &line, &err) < 0) {
		render_error(req, 400, file->error ? file->error : err, NULL);
		return;
	}
	enum db_status st = db_begin(req->db);
	if (st == DB_OK)
		st = db_exec(req->db, &SQL_NAME_DAYS_CLEAR, DB_NOARGS, NULL, NULL);
	size_t n = 0;
	for (size_t i = 0; st == DB_OK && i < csv.nrows; i++) {
		const char *name;
		int month, day;
		if (name_day_cells(&csv.rows[i], &name, &month, &day) < 0) {
			if (i == 0)
				continue;   /* a header */
			db_rollback(req->db);
			hdf_put_int(req_hdf(req), "Error.line", (long long)csv.rows[i].line);
			render_error(req, 400, "err.name_day_line", NULL);
			return;
		}
		st = db_exec(req->db, &SQL_NAME_DAY_INSERT, DB_ARGS(DB_STR(name), DB_INT(month), DB_INT(day)), NULL, NULL);
		n++;
	}
	struct audit_entry e = { .action = "name_days_load", .entity = "setting",
				 .detail = arena_printf(&req->arena, "%zu lines", n) };
	st = audit_commit(req, &e, st);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	response_redirect(req, "/admin/reminders");
}

/* An id path argument's row updated with one value (empty: none), audited. */
static void rules_update(struct request *req, const struct db_stmt_def *def, const char *field, const char *action,
			 const char *entity)
{
	const struct field_value *v = req_field(req, field);
	if (v->error) {
		render_error(req, 400, v->error, NULL);
		return;
	}
	long long id = valid_id_value(req_path_arg(req, 0));
	unsigned long long changed = 0;
	enum db_status st = db_begin(req->db);
	if (st == DB_OK)
		st = db_exec(req->db, def, DB_ARGS(DB_STR(v->value), DB_INT(id)), &changed, NULL);
	struct audit_entry e = { .action = action, .entity = entity, .entity_id = id, .field = field, .new_value = v->value };
	st = audit_commit(req, &e, st);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	response_redirect(req, "/admin/reminders");
}

void page_admin_category_consultation(struct request *req)
{
	rules_update(req, &SQL_CATEGORY_CONSULTATION, "days", "category_consultation", "product_category");
}

void page_admin_staff_email(struct request *req)
{
	rules_update(req, &SQL_STAFF_EMAIL, "email", "staff_email", "staff");
}
