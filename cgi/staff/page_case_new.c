/* page_case_new.c: a case staff enter for a customer who called, came in or wrote (from the queue
 * or the client's page): the public form's fields, how it came and its priority; stored once under
 * its form's one-time token, with a receipt code the customer can follow it by, shown once. */
#include "pages.h"
#include "audit.h"
#include "case.h"
#include "client.h"
#include "i18n.h"
#include "intake_secret.h"
#include "normalize.h"
#include "render.h"
#include "response.h"
#include "session.h"
#include "zone.h"
#include <stdlib.h>
#include <string.h>
#include <time.h>

DB_STMT(SQL_CASE_NEW_CLIENT,
	"SELECT c.sort_name, COALESCE(c.manager_id, 0), COALESCE((SELECT e.email FROM client_emails e WHERE e.client_id = c.id"
	" ORDER BY e.id LIMIT 1), ''), COALESCE((SELECT p.number FROM client_phones p WHERE p.client_id = c.id ORDER BY p.id"
	" LIMIT 1), '') FROM clients c WHERE c.id = ? AND c.merged_into IS NULL");
DB_STMT(SQL_CASE_NEW_CATEGORIES,
	"SELECT id, COALESCE(CASE ? WHEN 'fil' THEN NULLIF(name_fil, '') WHEN 'ms' THEN NULLIF(name_ms, '') END, name)"
	" FROM case_categories WHERE active = 1 ORDER BY id");
DB_STMT(SQL_CASE_NEW_PRODUCTS, "SELECT id, name FROM products WHERE active = 1 ORDER BY name, id LIMIT 1000");
DB_STMT(SQL_CASE_NEW_INSERT,
	"INSERT INTO cases (receipt_hash, source, created_by, kind, category_id, product_id, order_ref, message,"
	" customer_name, email, email_norm, phone, phone_norm, lang, consent_contact, state, priority, assignee_id,"
	" client_id, created_at, updated_at, first_response_target, resolution_target, first_response_due, resolution_due,"
	" next_due, next_warn, key_email, key_phone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'acknowledged',"
	" ?, NULLIF(?, 0), NULLIF(?, 0), FROM_UNIXTIME(?), FROM_UNIXTIME(?), ?, ?, FROM_UNIXTIME(NULLIF(?, 0)),"
	" FROM_UNIXTIME(NULLIF(?, 0)), FROM_UNIXTIME(NULLIF(?, 0)), FROM_UNIXTIME(NULLIF(?, 0)), NULLIF(?, ''), NULLIF(?, ''))");
DB_STMT(SQL_CASE_BY_RECEIPT, "SELECT id FROM cases WHERE receipt_hash = ?");

/* The client the case is for (the field "client"): its name, manager and first e-mail and phone
 * in *row. 0 (none asked), 1, or -1 after rendering the error (404 for no such client). */
static int case_client(struct request *req, char ***row)
{
	long long id = valid_id_value(req_field(req, "client")->value);
	if (id == 0)
		return 0;
	if (render_unless_found(req, db_query_one(req->db, &SQL_CASE_NEW_CLIENT, DB_ARGS(DB_INT(id)), &req->arena, row)))
		return -1;
	hdf_put(req_hdf(req), "NewCase.client_name", (*row)[0]);
	return 1;
}

/* Renders the form with status: the lists and a fresh one-time token. */
static void case_new_render(struct request *req, int status)
{
	static const char *const cols[] = { "id", "name", NULL };
	struct hdf_rows cats, prods;
	hdf_rows_init(req, "Categories", cols, &cats);
	hdf_rows_init(req, "Products", cols, &prods);
	enum db_status st = db_query(req->db, &SQL_CASE_NEW_CATEGORIES, DB_ARGS(DB_STR(req->lang)), hdf_rows_add, &cats);
	if (st == DB_OK)
		st = db_query(req->db, &SQL_CASE_NEW_PRODUCTS, DB_NOARGS, hdf_rows_add, &prods);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	hdf_put(req_hdf(req), "Form.token", token_new(req));
	render_page(req, status, "staff/case_new.cs");
}

void page_case_new(struct request *req)
{
	char **client;
	int has = case_client(req, &client);
	if (has < 0)
		return;
	HDF *h = req_hdf(req);
	hdf_put(h, "Form.source", "phone");
	hdf_put(h, "Form.kind", "complaint");
	hdf_put(h, "Form.priority", "normal");
	hdf_put(h, "Form.reply_lang", req->lang);
	if (has) {
		hdf_put(h, "Form.client", req_field(req, "client")->value);
		hdf_put(h, "Form.name", client[0]);
		hdf_put(h, "Form.email", client[2]);
		hdf_put(h, "Form.phone", client[3]);
	}
	case_new_render(req, 200);
}

void page_case_create(struct request *req)
{
	HDF *h = req_hdf(req);
	int problems = form_fill(req);
	char **client = NULL;
	int has = case_client(req, &client);
	if (has < 0)
		return;
	const struct field_value *email = req_field(req, "email"), *phone = req_field(req, "phone");
	if (!email->present && !phone->present) {
		hdf_put(h, "Form.errors.email", i18n_text(req->lang, "err.contact_needed"));
		problems++;
	}
	long long category = valid_id_value(req_field(req, "category")->value);
	long long product = valid_id_value(req_field(req, "product")->value);
	const struct field_value *kind_f = req_field(req, "kind"), *prio_f = req_field(req, "priority");
	const char *kind = kind_f->error ? "complaint" : kind_f->value;
	const char *priority = prio_f->present && !prio_f->error ? prio_f->value : "normal";
	struct case_policy *p = arena_alloc(&req->arena, sizeof(*p));
	enum db_status st = case_policy_load_for(req->db, kind, priority, category, product, p);
	if (st == DB_OK && category && !p->category_ok) {
		hdf_put(h, "Form.errors.category", i18n_text(req->lang, "err.choice"));
		problems++;
	}
	if (st == DB_OK && product && !p->product_ok) {
		hdf_put(h, "Form.errors.product", i18n_text(req->lang, "err.choice"));
		problems++;
	}
	const unsigned char *secret = st == DB_OK ? intake_secret(req->db, &st) : NULL;
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	struct intake_keys k;
	const char *token = req_field(req, "token")->value;
	if (!problems && intake_keys(secret, token, email->value, phone->value, country_calling_code(req->cfg->currency), &k) < 0) {
		hdf_put(h, "Form.errors.phone", i18n_text(req->lang, "err.phone"));
		problems++;
	}
	if (problems) {
		case_new_render(req, 400);
		return;
	}
	long long now = (long long)time(NULL), manager = has ? atoll(client[1]) : 0;
	struct case_dues d;
	case_policy_dues(p, now, &d);
	const char *reply_lang = req_field(req, "reply_lang")->present ? req_field(req, "reply_lang")->value : req->lang;
	unsigned long long id = 0;
	st = db_begin(req->db);
	if (st == DB_OK)
		st = db_exec(req->db, &SQL_CASE_NEW_INSERT,
			     DB_ARGS(DB_STR(k.hash), DB_STR(req_field(req, "source")->value), DB_INT(req->user.id), DB_STR(kind),
				     category ? DB_INT(category) : DB_NULLARG, product ? DB_INT(product) : DB_NULLARG,
				     DB_STR(req_field(req, "order_ref")->value), DB_STR(req_field(req, "message")->value),
				     DB_STR(req_field(req, "name")->value), DB_STR(email->value), DB_STR(k.email_norm),
				     DB_STR(phone->value), DB_STR(k.phone_norm), DB_STR(reply_lang),
				     DB_INT(req_field(req, "consent")->present), DB_STR(priority),
				     DB_INT(manager ? manager : req->user.id), DB_INT(has ? valid_id_value(req_field(req, "client")->value) : 0),
				     DB_INT(now), DB_INT(now), DB_INT(p->first_response_target), DB_INT(p->resolution_target),
				     DB_INT(d.first_response_due), DB_INT(d.resolution_due), DB_INT(d.next_due), DB_INT(d.next_warn),
				     DB_STR(k.key_email), DB_STR(k.key_phone)),
			     NULL, &id);
	if (st == DB_DUPLICATE) {   /* the same form twice: the case it made */
		db_rollback(req->db);
		char **row;
		st = db_query_one(req->db, &SQL_CASE_BY_RECEIPT, DB_ARGS(DB_STR(k.hash)), &req->arena, &row);
		if (st == DB_OK)
			response_redirect(req, arena_printf(&req->arena, "/cases/%s", row[0]));
		else
			render_db_error(req, st);
		return;
	}
	struct audit_entry e = { .action = "case_create", .entity = "case", .entity_id = (long long)id, .field = "source",
				 .new_value = req_field(req, "source")->value };
	st = audit_commit(req, &e, st);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	char shown[RECEIPT_SHOWN_LEN + 1];
	intake_receipt_shown(k.code, shown);
	response_redirect(req, arena_printf(&req->arena, "/cases/%llu?receipt=%s", id, shown));
}
