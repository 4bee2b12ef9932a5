/* page_client_new.c: the quick "new client" form for the moment of first contact, with the
 * duplicate check before saving. */
#include "pages.h"
#include "audit.h"
#include "case.h"
#include "client.h"
#include "client_dups.h"
#include "i18n.h"
#include "render.h"
#include "response.h"
#include <stdio.h>
#include <string.h>

/* The case a new client is made from (the field "case"), loaded into *k: 0 (none asked), 1, or
 * -1 after rendering 404. */
static int from_case(struct request *req, struct case_rec *k)
{
	long long id = valid_id_value(req_field(req, "case")->value);
	if (id == 0)
		return 0;
	if (render_unless_found(req, case_load(req, id, 0, k)))
		return -1;
	hdf_put_int(req_hdf(req), "Form.case", id);
	return 1;
}

void page_client_new(struct request *req)
{
	struct client c;
	struct case_rec k;
	client_blank(&c);
	c.kind = "person";
	c.phone_kind[0] = "mobile";
	c.source_channel = "phone";
	int from = from_case(req, &k);
	if (from < 0)
		return;
	if (from) {   /* the customer as they gave themselves: the last word of the name is the family name */
		const char *name = k.customer_name, *sp = strrchr(name, ' ');
		c.given_name = sp ? arena_strndup(&req->arena, name, (size_t)(sp - name)) : name;
		c.family_name = sp ? sp + 1 : "";
		c.phone[0] = k.phone;
		c.email[0] = k.email;
		c.source_channel = "web";
		c.notes = arena_printf(&req->arena, "%s #%lld", i18n_text(req->lang, "case.title"), k.id);
	}
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
	struct case_rec k;
	int from = from_case(req, &k);
	if (from < 0)
		return;
	if (from && !case_may_work(req, &k)) {
		render_error(req, 403, "err.forbidden", NULL);
		return;
	}
	if (dups > 0 && !confirmed) {
		hdf_put(req_hdf(req), "Form.confirm_needed", "1");
		render_page(req, 200, NULL);
		return;
	}
	st = db_begin(req->db);
	if (st == DB_OK)
		st = client_store(req, &c, NULL, 0);
	if (st == DB_OK && from) {   /* made from a case: the case is linked to it at once */
		struct case_rec locked;
		st = case_load(req, k.id, 1, &locked);
		if (st == DB_OK)
			st = case_link_client(req, &locked, c.id);
		if (st == DB_OK)
			st = case_save(req, &locked);
	}
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
	response_redirect(req, from ? arena_printf(&req->arena, "/cases/%lld", k.id) : arena_printf(&req->arena, "/clients/%lld", c.id));
}
