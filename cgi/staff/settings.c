/* settings.c: writing named settings, each change audited, in one transaction. */
#include "settings.h"
#include "audit.h"

DB_STMT(SQL_SETTING_SET, "UPDATE settings SET value = ? WHERE name = ?");

enum db_status settings_store(struct request *req, const char *const *names, const char *const *values, size_t n)
{
	enum db_status st = DB_OK;
	for (size_t i = 0; st == DB_OK && i < n; i++) {
		st = db_exec(req->db, &SQL_SETTING_SET, DB_ARGS(DB_STR(values[i]), DB_STR(names[i])), NULL, NULL);
		struct audit_entry e = { .action = "setting_update", .entity = "setting", .field = names[i],
					 .new_value = values[i] };
		if (st == DB_OK)
			st = audit_write(req, &e);
	}
	return st;
}

enum db_status settings_write(struct request *req, const char *const *names, const char *const *values, size_t n)
{
	enum db_status st = db_begin(req->db);
	if (st == DB_OK)
		st = settings_store(req, names, values, n);
	if (st == DB_OK)
		st = db_commit(req->db);
	if (st != DB_OK)
		db_rollback(req->db);
	return st;
}
