/* interaction.c: storing an interaction on a client, its effect on the last contact, and its audit row. */
#include "interaction.h"
#include "audit.h"
#include "client_index.h"

DB_STMT(SQL_INTERACTION_INSERT,
	"INSERT INTO interactions (client_id, staff_id, channel, direction, at, summary, outcome, follow_up,"
	" created_at) VALUES (?, ?, ?, ?, COALESCE(STR_TO_DATE(NULLIF(?, ''), '%Y-%m-%dT%H:%i'), NOW()), ?, ?,"
	" NULLIF(?, ''), NOW())");
DB_STMT(SQL_CLIENT_CONTACTED,
	"UPDATE clients SET last_contact_at = GREATEST(COALESCE(last_contact_at, '1000-01-01'),"
	" COALESCE(STR_TO_DATE(NULLIF(?, ''), '%Y-%m-%dT%H:%i'), NOW())) WHERE id = ?");

enum db_status interaction_store(struct request *req, const struct interaction *in, unsigned long long *id)
{
	enum db_status st = db_exec(req->db, &SQL_INTERACTION_INSERT,
		DB_ARGS(DB_INT(in->client_id), DB_INT(req->user.id), DB_STR(in->channel), DB_STR(in->direction),
			DB_STR(in->at), DB_STR(in->summary), DB_STR(in->outcome ? in->outcome : ""),
			DB_STR(in->follow_up ? in->follow_up : "")), NULL, id);
	if (st == DB_OK && in->contacted)
		st = db_exec(req->db, &SQL_CLIENT_CONTACTED, DB_ARGS(DB_STR(in->at), DB_INT(in->client_id)), NULL, NULL);
	if (st == DB_OK && in->contacted)
		st = client_index_store(req, in->client_id);   /* the list shows the last contact */
	struct audit_entry e = { .action = "interaction_create", .entity = "client", .entity_id = in->client_id,
				 .detail = arena_printf(&req->arena, "interaction %llu", *id) };
	if (st == DB_OK)
		st = audit_write(req, &e);
	return st;
}

enum db_status interaction_log(struct request *req, const struct interaction *in)
{
	unsigned long long id = 0;
	enum db_status st = db_begin(req->db);
	if (st == DB_OK)
		st = interaction_store(req, in, &id);
	if (st == DB_OK)
		st = db_commit(req->db);
	if (st != DB_OK)
		db_rollback(req->db);
	return st;
}
