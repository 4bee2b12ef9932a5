/* page_interaction.c: logging an interaction on a client, and each person's follow-ups due. */
#include "pages.h"
#include "audit.h"
#include "client.h"
#include "day.h"
#include "interaction.h"
#include "client_pages.h"
#include "i18n.h"
#include "render.h"
#include "response.h"
#include <stdlib.h>
#include <string.h>
#include <time.h>

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
	struct interaction in = { .client_id = c.id, .channel = req_field(req, "channel")->value,
				  .direction = req_field(req, "direction")->value, .at = req_field(req, "at")->value,
				  .summary = req_field(req, "summary")->value, .outcome = req_field(req, "outcome")->value,
				  .follow_up = req_field(req, "follow_up")->value, .contacted = 1 };
	enum db_status st = interaction_log(req, &in);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	response_redirect(req, arena_printf(&req->arena, "/clients/%lld", c.id));
}

void page_followups(struct request *req)
{
	struct day_rules r;   /* due and overdue by the company's date, the next 7 days */
	enum db_status st = day_rules_load(req, (long long)time(NULL), &r);
	if (st == DB_OK)
		st = day_followups(req, &r, req->user.id, 7, 200, "Followups");
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
	const struct field_value *next = req_field(req, "next");
	response_redirect(req, next->present && !next->error ? next->value : "/followups");
}
