/* db_staff.c: the staff area's named statements and their typed wrappers. */
#include "db_staff.h"
#include <stdlib.h>

DB_STMT(SQL_STAFF_BY_USERNAME,
	"SELECT id, username, full_name, role, language, password_hash, created_at, active"
	" FROM staff WHERE username = ?");
DB_STMT(SQL_STAFF_BY_ID,
	"SELECT id, username, full_name, role, language, password_hash, created_at, active"
	" FROM staff WHERE id = ?");
DB_STMT(SQL_STAFF_INSERT,
	"INSERT INTO staff (username, full_name, role, language, password_hash, active, created_at)"
	" VALUES (?, ?, ?, ?, ?, 1, NOW())");
DB_STMT(SQL_STAFF_LIST,
	"SELECT id, username, full_name, role, language, active, created_at, COALESCE(team_id, '') FROM staff"
	" ORDER BY username");
DB_STMT(SQL_STAFF_SET_ACTIVE, "UPDATE staff SET active = ? WHERE id = ?");
DB_STMT(SQL_STAFF_SET_PASSWORD,
	"UPDATE staff SET password_hash = ?, password_changed_at = NOW() WHERE id = ?");
DB_STMT(SQL_STAFF_SET_LANGUAGE, "UPDATE staff SET language = ? WHERE id = ?");
DB_STMT(SQL_LOGIN_FAILURES,
	"SELECT (SELECT COUNT(*) FROM login_failures WHERE username = ?"
	"        AND at > NOW() - INTERVAL ? MINUTE),"
	"       (SELECT COUNT(*) FROM login_failures WHERE ip = ?"
	"        AND at > NOW() - INTERVAL ? MINUTE)");
DB_STMT(SQL_LOGIN_FAILURE_ADD,
	"INSERT INTO login_failures (username, ip, at) VALUES (LEFT(?, 64), ?, NOW())");
DB_STMT(SQL_LOGIN_FAILURES_PURGE,
	"DELETE FROM login_failures WHERE at < NOW() - INTERVAL 1 DAY LIMIT 1000");
DB_STMT(SQL_STAFF_RECENT_LOGINS,
	"SELECT DATE_FORMAT(at, '%Y-%m-%d %H:%i'), ip FROM audit_log"
	" WHERE staff_id = ? AND action = 'login' ORDER BY id DESC LIMIT ?");

static void staff_from_row(char **row, struct staff *out)
{
	out->id = atoll(row[0]);
	out->username = row[1];
	out->full_name = row[2];
	out->role = row[3];
	out->language = row[4];
	out->password_hash = row[5];
	out->created_at = row[6];
	out->active = row[7] && row[7][0] == '1';
}

enum db_status db_staff_get_by_username(struct db *db, struct arena *a, const char *username,
					struct staff *out)
{
	char **row;
	enum db_status st = db_query_one(db, &SQL_STAFF_BY_USERNAME, DB_ARGS(DB_STR(username)), a, &row);
	if (st == DB_OK)
		staff_from_row(row, out);
	return st;
}

enum db_status db_staff_get(struct db *db, struct arena *a, long long id, struct staff *out)
{
	char **row;
	enum db_status st = db_query_one(db, &SQL_STAFF_BY_ID, DB_ARGS(DB_INT(id)), a, &row);
	if (st == DB_OK)
		staff_from_row(row, out);
	return st;
}

enum db_status db_staff_insert(struct db *db, const char *username, const char *full_name,
			       const char *role, const char *language, const char *password_hash,
			       long long *id)
{
	unsigned long long new_id = 0;
	enum db_status st = db_exec(db, &SQL_STAFF_INSERT,
				    DB_ARGS(DB_STR(username), DB_STR(full_name), DB_STR(role),
					    DB_STR(language), DB_STR(password_hash)), NULL, &new_id);
	if (id)
		*id = (long long)new_id;
	return st;
}

enum db_status db_staff_list(struct db *db, db_row_fn fn, void *ctx)
{
	return db_query(db, &SQL_STAFF_LIST, DB_NOARGS, fn, ctx);
}

enum db_status db_staff_set_active(struct db *db, long long id, int active)
{
	return db_exec(db, &SQL_STAFF_SET_ACTIVE, DB_ARGS(DB_INT(active), DB_INT(id)), NULL, NULL);
}

enum db_status db_staff_set_password(struct db *db, long long id, const char *password_hash)
{
	return db_exec(db, &SQL_STAFF_SET_PASSWORD, DB_ARGS(DB_STR(password_hash), DB_INT(id)), NULL, NULL);
}

enum db_status db_staff_set_language(struct db *db, long long id, const char *language)
{
	return db_exec(db, &SQL_STAFF_SET_LANGUAGE, DB_ARGS(DB_STR(language), DB_INT(id)), NULL, NULL);
}

struct two_counts {
	long long a, b;
};

static int two_counts_row(void *ctx, const struct db_row *row)
{
	struct two_counts *c = ctx;
	c->a = row->val[0] ? atoll(row->val[0]) : 0;
	c->b = row->val[1] ? atoll(row->val[1]) : 0;
	return 1;
}

enum db_status db_login_failures(struct db *db, const char *username, const char *addr,
				 int window_minutes, long long *by_user, long long *by_addr)
{
	struct two_counts c = { 0, 0 };
	enum db_status st = db_query(db, &SQL_LOGIN_FAILURES,
				     DB_ARGS(DB_STR(username), DB_INT(window_minutes), DB_STR(addr),
					     DB_INT(window_minutes)), two_counts_row, &c);
	*by_user = c.a;
	*by_addr = c.b;
	return st;
}

enum db_status db_login_failure_add(struct db *db, const char *username, const char *addr)
{
	return db_exec(db, &SQL_LOGIN_FAILURE_ADD, DB_ARGS(DB_STR(username), DB_STR(addr)), NULL, NULL);
}

enum db_status db_login_failures_purge(struct db *db)
{
	return db_exec(db, &SQL_LOGIN_FAILURES_PURGE, DB_NOARGS, NULL, NULL);
}

enum db_status db_staff_recent_logins(struct db *db, long long staff_id, int limit, db_row_fn fn,
				      void *ctx)
{
	return db_query(db, &SQL_STAFF_RECENT_LOGINS, DB_ARGS(DB_INT(staff_id), DB_INT(limit)), fn, ctx);
}
