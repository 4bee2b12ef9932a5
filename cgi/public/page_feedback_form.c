/* page_feedback_form.c: the public form (complaint, claim, suggestion, comment, praise) and taking a
 * submission in: checked, stored once under its one-time token, answered with a receipt; refused
 * visibly with the customer's text kept (a bot's traps, the rate limit, a database failure). */
#include "pages.h"
#include "case_clock.h"
#include "case_policy.h"
#include "feedback.h"
#include "i18n.h"
#include "log.h"
#include "normalize.h"
#include "render.h"
#include "response.h"
#include "zone.h"
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define TOKEN_MAX_AGE (7 * 24 * 3600)   /* a form left open this long is served again */

DB_STMT(SQL_FEEDBACK_CATEGORIES,
	"SELECT id, CASE ? WHEN 'fil' THEN IF(name_fil = '', name, name_fil) WHEN 'ms' THEN IF(name_ms = '', name, name_ms)"
	" ELSE name END FROM feedback_categories ORDER BY id");
DB_STMT(SQL_FEEDBACK_PRODUCTS, "SELECT id, name FROM feedback_products ORDER BY name, id LIMIT 1000");
DB_STMT(SQL_FEEDBACK_RECEIPT_EXISTS, "SELECT case_id FROM feedback_receipts WHERE receipt_hash = ?");
DB_STMT(SQL_FEEDBACK_INSERT,
	"INSERT INTO cases (receipt_hash, kind, category_id, product_id, order_ref, message, customer_name, email,"
	" email_norm, phone, phone_norm, lang, consent_contact, ip, created_at, updated_at, first_response_target,"
	" resolution_target, first_response_due, resolution_due, next_due, next_warn, key_email, key_phone)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FROM_UNIXTIME(?), FROM_UNIXTIME(?), ?, ?,"
	" FROM_UNIXTIME(NULLIF(?, 0)), FROM_UNIXTIME(NULLIF(?, 0)), FROM_UNIXTIME(NULLIF(?, 0)), FROM_UNIXTIME(NULLIF(?, 0)), ?, ?)");

/* Renders the form with status: the lists, a fresh token, and notice (an i18n key, or NULL) above
 * it. What was typed is already in Form (form_fill) when the form is shown again. Without the
 * database (secret NULL, or the lists unreadable) the form still shows what was typed, with the
 * chosen category and product kept as they were, so that nothing the customer wrote is lost. */
static void form_render(struct request *req, int status, const unsigned char *secret, const char *notice)
{
	static const char *const cols[] = { "id", "name", NULL };
	struct hdf_rows cats, prods;
	HDF *h = req_hdf(req);
	hdf_rows_init(req, "Categories", cols, &cats);
	hdf_rows_init(req, "Products", cols, &prods);
	enum db_status st = secret ? DB_OK : DB_UNAVAILABLE;
	if (st == DB_OK)
		st = db_query(req->db, &SQL_FEEDBACK_CATEGORIES, DB_ARGS(DB_STR(req->lang)), hdf_rows_add, &cats);
	if (st == DB_OK)
		st = db_query(req->db, &SQL_FEEDBACK_PRODUCTS, DB_NOARGS, hdf_rows_add, &prods);
	if (st != DB_OK) {
		hdf_put(h, "Lists.missing", "1");
		if (status < 500) {
			char incident[13];
			log_incident(incident, "feedback form without its lists: %s", db_last_error(req->db));
			hdf_put(h, "Incident", incident);
			status = st == DB_UNAVAILABLE ? 503 : 500;
			notice = "feedback.not_stored";
		}
	}
	hdf_put(h, "Form.website", "");   /* the trap is never filled back in */
	if (notice)
		hdf_put(h, "Notice", i18n_text(req->lang, notice));
	if (secret)
		feedback_token_put(req, secret);
	render_page(req, status, "public/form.cs");
}

/* The form again after the database failed (st): what was typed, a notice with an incident id. */
static void form_not_stored(struct request *req, enum db_status st, const unsigned char *secret)
{
	char incident[13];
	log_incident(incident, "feedback submission not stored: %s", db_last_error(req->db));
	hdf_put(req_hdf(req), "Incident", incident);
	form_render(req, st == DB_UNAVAILABLE ? 503 : 500, st == DB_UNAVAILABLE ? NULL : secret, "feedback.not_stored");
}

void page_feedback_form(struct request *req)
{
	enum db_status st;
	const unsigned char *secret = feedback_secret(req, &st);
	if (secret == NULL) {
		render_db_error(req, st);
		return;
	}
	HDF *h = req_hdf(req);
	const struct field_value *kind = req_field(req, "kind");
	hdf_put(h, "Form.kind", kind->present && !kind->error ? kind->value : "complaint");
	hdf_put(h, "Form.reply_lang", req->lang);
	form_render(req, 200, secret, NULL);
}

/* 303 to the receipt of code. */
static void to_receipt(struct request *req, const char *code)
{
	char shown[RECEIPT_SHOWN_LEN + 1];
	intake_receipt_shown(code, shown);
	response_redirect(req, arena_printf(&req->arena, "/feedback/receipt/%s%s", shown, feedback_lang_query(req)));
}

/* A submission refused for a reason the customer can act on (notice, with status): when its token
 * was already stored (a retry of what went through), the receipt instead. */
static void refuse(struct request *req, int status, const unsigned char *secret, const struct intake_keys *in,
		   const char *notice)
{
	char **row;
	enum db_status st = db_query_one(req->db, &SQL_FEEDBACK_RECEIPT_EXISTS, DB_ARGS(DB_STR(in->hash)), &req->arena, &row);
	if (st == DB_OK) {
		to_receipt(req, in->code);
		return;
	}
	if (st != DB_NOT_FOUND) {
		form_not_stored(req, st, secret);
		return;
	}
	form_render(req, status, secret, notice);
}

/* The stored row: dues from the kind's policy (normal priority) on the company's calendar. */
static enum db_status intake_store(struct request *req, const struct intake_keys *in, const struct case_policy *p,
				   long long now)
{
	struct case_dues d;
	case_policy_dues(p, now, &d);
	long long category = valid_id_value(req_field(req, "category")->value);
	long long product = valid_id_value(req_field(req, "product")->value);
	const char *reply_lang = req_field(req, "reply_lang")->present ? req_field(req, "reply_lang")->value : req->lang;
	return db_exec(req->db, &SQL_FEEDBACK_INSERT,
		       DB_ARGS(DB_STR(in->hash), DB_STR(req_field(req, "kind")->value),
			       category ? DB_INT(category) : DB_NULLARG, product ? DB_INT(product) : DB_NULLARG,
			       DB_STR(req_field(req, "order_ref")->value), DB_STR(req_field(req, "message")->value),
			       DB_STR(req_field(req, "name")->value), DB_STR(req_field(req, "email")->value),
			       DB_STR(in->email_norm), DB_STR(req_field(req, "phone")->value), DB_STR(in->phone_norm),
			       DB_STR(reply_lang), DB_INT(req_field(req, "consent")->present),
			       DB_STR(req->remote_addr ? req->remote_addr : ""), DB_INT(now), DB_INT(now),
			       DB_INT(p->first_response_target), DB_INT(p->resolution_target), DB_INT(d.first_response_due),
			       DB_INT(d.resolution_due), DB_INT(d.next_due), DB_INT(d.next_warn),
			       in->key_email[0] ? DB_STR(in->key_email) : DB_NULLARG,
			       in->key_phone[0] ? DB_STR(in->key_phone) : DB_NULLARG),
		       NULL, NULL);
}

void page_feedback_submit(struct request *req)
{
	HDF *h = req_hdf(req);
	int problems = form_fill(req);
	/* The route runs without the router's database check, so that a database that is down still
	 * gives the customer their text back. */
	enum db_status st = db_ready(req->db);
	const unsigned char *secret = st == DB_OK ? feedback_secret(req, &st) : NULL;
	if (secret == NULL) {
		form_not_stored(req, st, NULL);
		return;
	}
	const struct field_value *email = req_field(req, "email"), *phone = req_field(req, "phone");
	char phone_norm[PHONE_NORM_MAX + 1];
	if (!email->present && !phone->present) {
		hdf_put(h, "Form.errors.email", i18n_text(req->lang, "err.contact_needed"));
		problems++;
	} else if (phone->present && !phone->error &&   /* a number the status page could not find it by */
		   normalize_phone(phone->value, country_calling_code(req->cfg->currency), phone_norm) != 0) {
		hdf_put(h, "Form.errors.phone", i18n_text(req->lang, "err.phone"));
		problems++;
	}
	/* the rules, the calendar and whether the choices are the form's: one round trip */
	long long category = valid_id_value(req_field(req, "category")->value);
	long long product = valid_id_value(req_field(req, "product")->value);
	const struct field_value *kind = req_field(req, "kind");
	struct case_policy *p = arena_alloc(&req->arena, sizeof(*p));
	if ((st = case_policy_load_for(req->db, kind->error ? "complaint" : kind->value, "normal", category, product, p)) != DB_OK) {
		form_not_stored(req, st, secret);
		return;
	}
	if (category && !p->category_ok) {
		hdf_put(h, "Form.errors.category", i18n_text(req->lang, "err.choice"));
		problems++;
	}
	if (product && !p->product_ok) {
		hdf_put(h, "Form.errors.product", i18n_text(req->lang, "err.choice"));
		problems++;
	}
	if (problems) {
		form_render(req, 400, secret, NULL);
		return;
	}
	long long issued = 0, now = (long long)time(NULL);
	const char *token = req_field(req, "token")->value;
	if (intake_token_check(secret, token, &issued) < 0) {
		form_render(req, 400, secret, "feedback.token_bad");
		return;
	}
	struct intake_keys in;
	intake_keys(secret, token, email->value, phone->value, country_calling_code(req->cfg->currency), &in);
	if (req_field(req, "website")->present) {   /* the trap only a bot fills */
		refuse(req, 400, secret, &in, "feedback.trap");
		return;
	}
	if (now - issued < p->min_seconds) {
		refuse(req, 400, secret, &in, "feedback.too_fast");
		return;
	}
	if (now - issued > TOKEN_MAX_AGE) {
		refuse(req, 400, secret, &in, "feedback.token_old");
		return;
	}
	long long count = 0;
	if ((st = feedback_rate_count(req, 's', &count)) == DB_OK && count > p->rate_per_hour) {
		refuse(req, 429, secret, &in, "feedback.rate_limited");
		return;
	}
	if (st == DB_OK)
		st = intake_store(req, &in, p, now);
	if (st == DB_OK || st == DB_DUPLICATE) {   /* a duplicate: this very form went through before */
		to_receipt(req, in.code);
		return;
	}
	form_not_stored(req, st, secret);   /* not stored: no receipt, the text kept */
}
