/* page_client_new.c: the quick "new client" form for the moment of first contact, with the
 * duplicate check before saving. */
#include "pages.h"
#include "audit.h"
#include "client.h"
#include "client_dups.h"
#include "render.h"
#include "response.h"
#include <stdio.h>
#include <string.h>

void page_client_new(struct request *req)
{
	struct client c;
	client_blank(&c);
	c.kind = "person";
	c.phone_kind[0] = "mobile";
	c.source_channel = "phone";
	client_to_hdf(req, &c, "Form");
	render_page(req, 200, NULL);
}

void page_client_create(struct request *req)
{
	struct client c;
	client_blank(&c);
	client_from_form(req, &c);
	c.manager_id = arena_printf(&req->arena, "%lld", req->user.id);   /* the permanent manager */
	c.status = "prospect";
	int problems = form_fill(req) + client_check(req, &c, client_form_errors(req));
	if (problems) {
		render_page(req, 400, NULL);
		return;
	}
	enum db_status st;
	struct hdf_list dlist;
	hdf_list_init(req, "Duplicates", &dlist);
	int dups = client_duplicates(req, &c, &dlist, &st);
	if (dups < 0) {
		render_db_error(req, st);
		return;
	}
	int confirmed = req_field(req, "confirm")->present;
	if (dups > 0 && !confirmed) {
		hdf_put(req_hdf(req), "Form.confirm_needed", "1");
		render_page(req, 200, NULL);
		return;
	}
	st = db_begin(req->db);
	if (st == DB_OK)
		st = client_store(req, &c, NULL, 0);
	if (st == DB_OK && dups > 0) {
		struct audit_entry e = { .action = "client_create_despite_duplicates", .entity = "client",
					 .entity_id = c.id, .detail = c.sort_name };
		st = audit_write(req, &e);
	}
	if (st == DB_OK)
		st = db_commit(req->db);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	response_redirect(req, arena_printf(&req->arena, "/clients/%lld", c.id));
}
