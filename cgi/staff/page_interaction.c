/* page_interaction.c: logging an interaction on a client, and each person's follow-ups due. */
#include "pages.h"
#include "audit.h"
#include "client.h"
#include "client_index.h"
#include "client_pages.h"
#include "i18n.h"
#include "render.h"
#include "response.h"
#include <stdlib.h>
#include <string.h>

DB_STMT(SQL_INTERACTION_INSERT,
	"INSERT INTO interactions (client_id, staff_id, channel, direction, at, summary, outcome, follow_up,"
	" created_at) VALUES (?, ?, ?, ?, COALESCE(STR_TO_DATE(NULLIF(?, ''), '%Y-%m-%dT%H:%i'), NOW()), ?, ?,"
	" NULLIF(?, ''), NOW())");
DB_STMT(SQL_CLIENT_CONTACTED,
	"UPDATE clients SET last_contact_at = GREATEST(COALESCE(last_contact_at, '1000-01-01'),"
	" COALESCE(STR_TO_DATE(NULLIF(?, ''), '%Y-%m-%dT%H:%i'), NOW())) WHERE id = ?");
DB_STMT(SQL_FOLLOWUPS_DUE,
	"SELECT i.id, DATE_FORMAT(i.follow_up, '%Y-%m-%d'), i.follow_up < CURDATE(), c.id, c.sort_name,"
	" i.channel, i.summary FROM interactions i JOIN clients c ON c.id = i.client_id"
	" WHERE i.staff_id = ? AND i.follow_up_done = 0 AND i.follow_up IS NOT NULL"
	" AND i.follow_up <= CURDATE() + INTERVAL 7 DAY ORDER BY i.follow_up, i.id LIMIT 200");
DB_STMT(SQL_FOLLOWUP_DONE,
	"UPDATE interactions SET follow_up_done = 1 WHERE id = ? AND staff_id = ? AND follow_up IS NOT NULL");

void page_interaction_create(struct request *req)
{
	struct client c;
	if (client_page_load(req, &c, CLIENT_FOR_VIEW) < 0)
		return;
	if (form_fill(req)) {
		client_view_render(req, &c, 400);   /* the client page again, the form as typed */
		return;
	}
	const char *at = req_field(req, "at")->value;
	unsigned long long id = 0;
	enum db_status st = db_begin(req->db);
	if (st == DB_OK)
		st = db_exec(req->db, &SQL_INTERACTION_INSERT,
			     DB_ARGS(DB_INT(c.id), DB_INT(req->user.id), DB_STR(req_field(req, "channel")->value),
				     DB_STR(req_field(req, "direction")->value), DB_STR(at),
				     DB_STR(req_field(req, "summary")->value), DB_STR(req_field(req, "outcome")->value),
				     DB_STR(req_field(req, "follow_up")->value)), NULL, &id);
	if (st == DB_OK)
		st = db_exec(req->db, &SQL_CLIENT_CONTACTED, DB_ARGS(DB_STR(at), DB_INT(c.id)), NULL, NULL);
	if (st == DB_OK)
		st = client_index_store(req, c.id);   /* the list shows the last contact */
	struct audit_entry e = { .action = "interaction_create", .entity = "client", .entity_id = c.id,
				 .detail = arena_printf(&req->arena, "interaction %llu", id) };
	if (st == DB_OK)
		st = audit_write(req, &e);
	if (st == DB_OK)
		st = db_commit(req->db);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	response_redirect(req, arena_printf(&req->arena, "/clients/%lld", c.id));
}

void page_followups(struct request *req)
{
	static const char *const cols[] = { "id", "due", "overdue", "client_id", "client", "channel", "summary", NULL };
	struct hdf_rows list;
	hdf_rows_init(req, "Followups", cols, &list);
	enum db_status st = db_query(req->db, &SQL_FOLLOWUPS_DUE, DB_ARGS(DB_INT(req->user.id)), hdf_rows_add, &list);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	render_page(req, 200, NULL);
}

void page_followup_done(struct request *req)
{
	long long id = valid_id_value(req_path_arg(req, 0));
	unsigned long long changed = 0;
	enum db_status st = db_exec(req->db, &SQL_FOLLOWUP_DONE, DB_ARGS(DB_INT(id), DB_INT(req->user.id)),
				    &changed, NULL);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	if (changed == 0) {   /* not there, or someone else's: the same answer */
		render_error(req, 404, "err.not_found", NULL);
		return;
	}
	response_redirect(req, "/followups");
}
