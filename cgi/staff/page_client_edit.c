/* page_client_edit.c: the full client form; only those who may change the client see or send it. */
#include "pages.h"
#include "client.h"
#include "client_pages.h"
#include "render.h"
#include "response.h"
#include <string.h>

void page_client_edit(struct request *req)
{
	struct client c;
	if (client_page_load(req, &c, CLIENT_FOR_EDIT) < 0)
		return;
	client_to_hdf(req, &c, "Form");
	client_to_hdf(req, &c, "Client");
	if (client_choices(req) < 0)
		return;
	render_page(req, 200, NULL);
}

void page_client_update(struct request *req)
{
	struct client old, c;
	if (client_page_load(req, &old, CLIENT_FOR_EDIT) < 0)
		return;
	c = old;
	client_from_form(req, &c);
	/* Only managers and admins assign clients; an agent's form keeps the manager it had. */
	if (!(req->user.role & (ROLE_ADMIN | ROLE_MANAGER)) && strcmp(c.manager_id, old.manager_id) != 0) {
		render_error(req, 403, "err.reassign", NULL);
		return;
	}
	client_to_hdf(req, &old, "Client");
	int problems = form_fill(req) + client_check(req, &c, client_form_errors(req));
	if (problems) {
		if (client_choices(req) == 0)
			render_page(req, 400, NULL);
		return;
	}
	enum db_status st = db_begin(req->db);
	if (st == DB_OK)
		st = client_store(req, &c, &old, 0);
	if (st == DB_OK)
		st = db_commit(req->db);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	response_redirect(req, arena_printf(&req->arena, "/clients/%lld", c.id));
}
