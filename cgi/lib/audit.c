/* audit.c: inserts audit log rows. */
#include "audit.h"

DB_STMT(SQL_AUDIT_INSERT,
	"INSERT INTO audit_log (at, staff_id, ip, action, entity, entity_id, field, old_value,"
	" new_value, detail) VALUES (NOW(6), ?, ?, ?, ?, ?, ?, ?, ?, LEFT(?, 255))");

enum db_status audit_insert(struct db *db, long long staff_id, const char *ip,
			    const struct audit_entry *e)
{
	return db_exec(db, &SQL_AUDIT_INSERT,
		       DB_ARGS(staff_id ? DB_INT(staff_id) : DB_NULLARG, DB_STR(ip),
			       DB_STR(e->action), DB_STR(e->entity),
			       e->entity_id ? DB_INT(e->entity_id) : DB_NULLARG, DB_STR(e->field),
			       DB_STR(e->old_value), DB_STR(e->new_value), DB_STR(e->detail)),
		       NULL, NULL);
}

enum db_status audit_write_as(struct request *req, long long staff_id, const struct audit_entry *e)
{
	return audit_insert(req->db, staff_id, req->remote_addr, e);
}

enum db_status audit_write(struct request *req, const struct audit_entry *e)
{
	return audit_write_as(req, req->user.id, e);
}

enum db_status audit_commit(struct request *req, const struct audit_entry *e, enum db_status st)
{
	if (st == DB_OK)
		st = audit_write(req, e);
	if (st == DB_OK)
		st = db_commit(req->db);
	if (st != DB_OK)
		db_rollback(req->db);
	return st;
}
