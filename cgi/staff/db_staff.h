/* db_staff.h: typed queries on staff accounts and sign-in failures. */
#ifndef CRM_DB_STAFF_H
#define CRM_DB_STAFF_H
#include "db.h"

struct staff {
	long long id;
	const char *username, *full_name, *role, *language, *password_hash, *created_at;
	int active;
};

/* Loads one staff member by username or id into out (strings in arena a). DB_NOT_FOUND if none. */
enum db_status db_staff_get_by_username(struct db *db, struct arena *a, const char *username,
					struct staff *out);
enum db_status db_staff_get(struct db *db, struct arena *a, long long id, struct staff *out);
/* Inserts a staff member; *id gets the new id. DB_DUPLICATE when the username is taken. */
enum db_status db_staff_insert(struct db *db, const char *username, const char *full_name,
			       const char *role, const char *language, const char *password_hash,
			       long long *id);
/* Calls fn for each staff member ordered by username: columns id, username, full_name, role,
 * language, active, created_at. */
enum db_status db_staff_list(struct db *db, db_row_fn fn, void *ctx);
enum db_status db_staff_set_active(struct db *db, long long id, int active);
enum db_status db_staff_set_password(struct db *db, long long id, const char *password_hash);
enum db_status db_staff_set_language(struct db *db, long long id, const char *language);

/* Failed sign-ins within the last window_minutes for a username and for a client address. */
enum db_status db_login_failures(struct db *db, const char *username, const char *addr,
				 int window_minutes, long long *by_user, long long *by_addr);
enum db_status db_login_failure_add(struct db *db, const char *username, const char *addr);
/* Removes failures older than a day (bounded batch). */
enum db_status db_login_failures_purge(struct db *db);
/* The staff member's last sign-ins from the audit log: columns at, ip. */
enum db_status db_staff_recent_logins(struct db *db, long long staff_id, int limit, db_row_fn fn,
				      void *ctx);
#endif
