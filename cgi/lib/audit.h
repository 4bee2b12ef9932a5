/* audit.h: the audit log: who did what to which record, when and from where. */
#ifndef CRM_AUDIT_H
#define CRM_AUDIT_H
#include "db.h"
#include "request.h"

struct audit_entry {
	const char *action;      /* "login", "login_failed", "staff_create", ... */
	const char *entity;      /* "staff", "client", ... or NULL */
	long long entity_id;     /* 0 for none */
	const char *field;       /* for changes: the field, its old and new value */
	const char *old_value;
	const char *new_value;
	const char *detail;      /* free text, e.g. the username tried */
};

/* Writes one entry for actor staff_id (0: nobody) from client address ip (NULL: none). */
enum db_status audit_insert(struct db *db, long long staff_id, const char *ip,
			    const struct audit_entry *e);
/* Writes one entry as the request's signed-in user (or nobody) from its client address. */
enum db_status audit_write(struct request *req, const struct audit_entry *e);
/* Ends a transaction begun by the caller: when st is DB_OK writes e as the request's user and
 * commits; otherwise (or when either fails) rolls back. Returns the first failure, or DB_OK. */
enum db_status audit_commit(struct request *req, const struct audit_entry *e, enum db_status st);
/* The same for a given actor (sign-in, before the session exists). */
enum db_status audit_write_as(struct request *req, long long staff_id, const struct audit_entry *e);
#endif
