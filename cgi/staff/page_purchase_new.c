/* page_purchase_new.c: recording a sale from the client's page: lines by SKU, product search,
 * the discount the client gets now, the total, and saving it once. */
#include "pages.h"
#include "normalize.h"
#include "client_pages.h"
#include "i18n.h"
#include "purchase.h"
#include "render.h"
#include "response.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

DB_STMT(SQL_PRODUCTS_BY_SKU,
	"SELECT sku, id, name, price, cost, weight_milli, locomotive, active FROM products"
	" WHERE sku IN (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
DB_STMT(SQL_PRODUCTS_FIND,
	"SELECT sku, name, price, locomotive FROM products WHERE active = 1 AND (name LIKE ? OR sku LIKE ?)"
	" ORDER BY locomotive DESC, name LIMIT 20");
DB_STMT(SQL_PRODUCTS_KEY,
	"SELECT sku, name, price, locomotive FROM products WHERE active = 1 AND locomotive = 1 ORDER BY name LIMIT 12");
DB_STMT(SQL_SELLER_ACTIVE, "SELECT id FROM staff WHERE id = ? AND active = 1");
DB_STMT(SQL_PURCHASE_BY_TOKEN, "SELECT id FROM purchases WHERE token = ? AND client_id = ?");
/* What saving needs of the client: whether it exists or was merged away, and the columns that
 * client_may_edit reads (manager_id, created_by). */
DB_STMT(SQL_SALE_CLIENT,
	"SELECT id, sort_name, COALESCE(merged_into, ''), COALESCE(manager_id, ''), COALESCE(created_by, '')"
	" FROM clients WHERE id = ?");

/* The form as typed: up to PURCHASE_LINES lines of SKU and quantity, and their products. */
struct sale_form {
	struct request *req;
	struct purchase p;
	int slot[PURCHASE_LINES];   /* the form's line number of each purchase line */
	int used[PURCHASE_LINES];   /* form lines that hold a SKU */
};

static int product_row(void *ctx, const struct db_row *row)
{
	struct sale_form *f = ctx;
	for (int i = 0; i < f->p.nlines; i++) {
		struct purchase_line *ln = &f->p.line[i];
		if (strcasecmp(ln->sku, row->val[0]) != 0)
			continue;
		ln->product_id = atoi(row->val[7]) ? atoll(row->val[1]) : -1;   /* -1: retired */
		ln->sku = arena_strdup(&f->req->arena, row->val[0]);
		ln->name = arena_strdup(&f->req->arena, row->val[2]);
		ln->unit_price = atoll(row->val[3]);
		ln->unit_cost = atoll(row->val[4]);
		ln->weight_milli = atoi(row->val[5]);
		ln->locomotive = atoi(row->val[6]);
	}
	return 0;
}

static void line_error(struct request *req, int slot, const char *key)
{
	char name[32];
	snprintf(name, sizeof(name), "Form.errors.sku_%d", slot);
	hdf_put(req_hdf(req), name, i18n_text(req->lang, key));
}

/* The fields of line i of the form: sku_i and qty_i. */
static void line_fields(struct request *req, int i, const struct field_value **sku, const struct field_value **qty)
{
	char name[16];
	snprintf(name, sizeof(name), "sku_%d", i);
	*sku = req_field(req, name);
	snprintf(name, sizeof(name), "qty_%d", i);
	*qty = req_field(req, name);
}

/* Reads the lines of the form and finds their products. Returns the number of problems (each
 * put under Form.errors), or -1 after rendering a database error. */
static int sale_form_read(struct request *req, struct sale_form *f)
{
	int problems = 0;
	struct db_arg skus[PURCHASE_LINES];
	for (int i = 0; i < PURCHASE_LINES; i++) {
		const struct field_value *sku, *qty;
		line_fields(req, i, &sku, &qty);
		skus[i] = DB_NULLARG;
		if (sku->value[0] == '\0' || sku->error || qty->error)
			continue;
		struct purchase_line *ln = &f->p.line[f->p.nlines];
		memset(ln, 0, sizeof(*ln));
		ln->sku = sku->value;
		ln->quantity = qty->value[0] ? atoll(qty->value) : 1;
		skus[i] = DB_STR(sku->value);
		f->slot[f->p.nlines++] = i;
		f->used[i] = 1;
	}
	enum db_status st = db_query(req->db, &SQL_PRODUCTS_BY_SKU, skus, PURCHASE_LINES, product_row, f);
	if (st != DB_OK) {
		render_db_error(req, st);
		return -1;
	}
	for (int i = 0; i < f->p.nlines; i++) {
		if (f->p.line[i].product_id == 0) {
			line_error(req, f->slot[i], "err.sku_unknown");
			problems++;
		} else if (f->p.line[i].product_id < 0) {
			line_error(req, f->slot[i], "err.product_retired");
			problems++;
		}
	}
	return problems;
}

/* Lines, totals and the offer into the template data (Lines.N, Sale.*). */
static void sale_to_hdf(struct request *req, struct sale_form *f)
{
	struct hdf_list lines;
	hdf_list_init(req, "Lines", &lines);
	long long gross = 0, total = 0;
	for (int i = 0; i < f->p.nlines; i++) {
		const struct purchase_line *ln = &f->p.line[i];
		if (ln->product_id <= 0)
			continue;
		HDF *h = hdf_list_add(&lines);
		hdf_put(h, "sku", ln->sku);
		hdf_put(h, "name", ln->name);
		hdf_put_int(h, "qty", ln->quantity);
		hdf_put_int(h, "unit_price", ln->unit_price);
		hdf_put_int(h, "gross", ln->a.gross);
		hdf_put_int(h, "discount", ln->a.discount);
		hdf_put_int(h, "total", ln->a.total);
		hdf_put(h, "locomotive", ln->locomotive ? "1" : "0");
		gross += ln->a.gross;
		total += ln->a.total;
	}
	HDF *h = req_hdf(req);
	hdf_put_int(h, "Sale.gross", gross);
	hdf_put_int(h, "Sale.discount", gross - total);
	hdf_put_int(h, "Sale.total", total);
	hdf_put_int(h, "Sale.discount_bp", f->p.discount_bp);
}

/* The query string of the lines as typed (for the search's "add" links), in the arena. */
static const char *lines_query(struct request *req, const struct sale_form *f, int *free_slot)
{
	char *q = "";
	*free_slot = -1;
	for (int i = 0; i < PURCHASE_LINES; i++) {
		const struct field_value *sku, *qty;
		line_fields(req, i, &sku, &qty);
		if (!f->used[i] || sku->error) {
			if (*free_slot < 0)
				*free_slot = i;
			continue;
		}
		q = arena_printf(&req->arena, "%ssku_%d=%s&qty_%d=%s&", q, i, sku->value, i,
				 qty->error || qty->value[0] == '\0' ? "1" : qty->value);
	}
	return q;
}

struct found_ctx {
	struct request *req;
	struct hdf_list list;
	const char *base;
	int slot;
};

static int found_row(void *ctx, const struct db_row *row)
{
	struct found_ctx *fc = ctx;
	HDF *h = hdf_list_add(&fc->list);
	hdf_put(h, "sku", row->val[0]);
	hdf_put(h, "name", row->val[1]);
	hdf_put(h, "price", row->val[2]);
	hdf_put(h, "locomotive", row->val[3]);
	if (fc->slot >= 0)   /* SKUs are [A-Za-z0-9._-]: nothing to encode */
		hdf_put(h, "add", arena_printf(&fc->req->arena, "%ssku_%d=%s&qty_%d=1", fc->base, fc->slot,
					       row->val[0], fc->slot));
	return 0;
}

/* The product search (q), or the key products when there is none, with links that add one. */
static enum db_status products_found(struct request *req, long long client_id, const struct sale_form *f)
{
	struct found_ctx fc = { .req = req };
	const char *base = lines_query(req, f, &fc.slot);
	fc.base = arena_printf(&req->arena, "/clients/%lld/purchases/new?%s", client_id, base);
	hdf_list_init(req, "Found", &fc.list);
	const char *q = req_field(req, "q")->value;
	if (q[0] == '\0')
		return db_query(req->db, &SQL_PRODUCTS_KEY, DB_NOARGS, found_row, &fc);
	const char *like = like_prefix_pattern(&req->arena, "", q, strlen(q));
	return db_query(req->db, &SQL_PRODUCTS_FIND, DB_ARGS(DB_STR(like), DB_STR(like)), found_row, &fc);
}

/* Renders the form with status: the offer, the priced lines, the search, a fresh token. */
static void sale_form_render(struct request *req, const struct client *c, struct sale_form *f,
			     const struct loyalty *l, const struct offer *o, int status)
{
	HDF *h = req_hdf(req);
	client_to_hdf(req, c, "Client");
	offer_to_hdf(req, l, o, "Offer");
	sale_to_hdf(req, f);
	hdf_put(h, "Sale.today", o->today);
	hdf_put(h, "Sale.token", purchase_form_token(req));
	hdf_put(h, "Sale.may_choose_seller", req->user.role & (ROLE_ADMIN | ROLE_MANAGER) ? "1" : "0");
	enum db_status st = products_found(req, c->id, f);
	if (st == DB_OK && (req->user.role & (ROLE_ADMIN | ROLE_MANAGER)) && staff_choices(req) < 0)
		return;
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	render_page(req, status, "staff/purchase_new.cs");
}

/* Reads and prices the form for the client's offer. 0, the number of problems, or -1 (rendered). */
static int sale_form_load(struct request *req, struct sale_form *f, const struct offer *o)
{
	int problems = form_fill(req);
	int bad = sale_form_read(req, f);
	if (bad < 0)
		return -1;
	problems += bad;
	f->p.discount_bp = o->discount_bp;
	if (purchase_price_sale(&f->p) < 0) {
		hdf_put(req_hdf(req), "Form.errors.lines", i18n_text(req->lang, "err.line_range"));
		problems++;
	}
	return problems;
}

struct sale_client_ctx {
	struct request *req;
	struct client *c;
};

/* The row of SQL_SALE_CLIENT into ctx->c (strings in the request's arena). */
static int sale_client_row(void *ctx, const struct db_row *row)
{
	struct sale_client_ctx *sc = ctx;
	struct client *c = sc->c;
	c->id = atoll(row->val[0]);
	const char **dst[] = { &c->sort_name, &c->merged_into, &c->manager_id, &c->created_by };
	for (size_t i = 0; i < sizeof(dst) / sizeof(dst[0]); i++)
		*dst[i] = arena_strdup(&sc->req->arena, row->val[i + 1]);
	return 0;   /* one row: reading to the end spares the statement a reset (a round trip) */
}

/* The client of the URL when saving: the same answers as client_page_load(CLIENT_FOR_EDIT) (404,
 * 301 to the survivor, 403 by client_may_edit), from one row of the clients table instead of
 * the whole record with its phones, e-mails, tags and consents (five queries). c gets id,
 * sort_name and the permission's columns; sale_client_full loads the rest when the form is shown
 * again. Returns 0, or -1 after rendering the refusal. */
static int sale_client_check(struct request *req, struct client *c)
{
	long long id = valid_id_value(req_path_arg(req, 0));
	struct sale_client_ctx sc = { req, c };
	client_blank(c);
	enum db_status st = id ? db_query(req->db, &SQL_SALE_CLIENT, DB_ARGS(DB_INT(id)), sale_client_row, &sc) : DB_OK;
	if (st != DB_OK) {
		render_db_error(req, st);
		return -1;
	}
	if (c->id == 0) {
		render_error(req, 404, "err.not_found", NULL);
		return -1;
	}
	if (c->merged_into[0]) {
		response_redirect(req, arena_printf(&req->arena, "/clients/%s", c->merged_into));
		return -1;
	}
	if (!client_may_edit(req, c)) {
		render_error(req, 403, "err.not_yours", NULL);
		return -1;
	}
	return 0;
}

/* The whole record of a client checked by sale_client_check, before the form is shown again.
 * 0, or -1 after rendering the error. */
static int sale_client_full(struct request *req, struct client *c)
{
	enum db_status st = client_load(req, c->id, c);
	if (st != DB_OK) {
		render_db_error(req, st);
		return -1;
	}
	return 0;
}

/* The start of both the preview and the save: the client (one the user may change), the loyalty
 * rules, the client's offer (locked inside a new transaction when saving, so that the discount
 * is the one the sale gets) and the form's priced lines. Returns the number of problems, or -1
 * after rendering an error. */
static int sale_start(struct request *req, struct client *c, struct loyalty *l, struct offer *o,
		      struct sale_form *f, int saving)
{
	if ((saving ? sale_client_check(req, c) : client_page_load(req, c, CLIENT_FOR_EDIT)) < 0)
		return -1;
	enum db_status st = loyalty_load(req, l);
	if (st == DB_OK && saving)
		st = db_begin(req->db);
	if (st == DB_OK)
		st = offer_load(req, l, c->id, saving, o);
	if (st != DB_OK) {
		render_db_error(req, st);
		return -1;
	}
	return sale_form_load(req, f, o);
}

void page_purchase_new(struct request *req)
{
	struct client c;
	struct loyalty l;
	struct offer o;
	struct sale_form f = { .req = req };
	if (sale_start(req, &c, &l, &o, &f, 0) >= 0)
		sale_form_render(req, &c, &f, &l, &o, 200);
}

/* The seller credited with the sale: the signed-in person, or whom a manager chose. */
static long long sale_seller(struct request *req)
{
	long long chosen = valid_id_value(req_field(req, "seller")->value);
	return chosen && (req->user.role & (ROLE_ADMIN | ROLE_MANAGER)) ? chosen : req->user.id;
}

void page_purchase_create(struct request *req)
{
	struct client c;
	struct loyalty l;
	struct offer o;
	struct sale_form f = { .req = req };
	int saving = req_field(req, "save")->present;   /* else a preview: no lock, no transaction */
	int problems = sale_start(req, &c, &l, &o, &f, saving);
	if (problems < 0)
		return;
	enum db_status st = DB_OK;
	const char *date = req_field(req, "date")->value;
	const char *expect = req_field(req, "expect_bp")->value;
	HDF *h = req_hdf(req);
	if (saving && f.p.nlines == 0) {
		hdf_put(h, "Form.errors.lines", i18n_text(req->lang, "err.no_lines"));
		problems++;
	}
	if (saving && date[0] && strcmp(date, o.today) > 0) {
		hdf_put(h, "Form.errors.date", i18n_text(req->lang, "err.future_date"));
		problems++;
	}
	long long seller = sale_seller(req);
	char **found;
	if (saving && seller != req->user.id) {
		st = db_query_one(req->db, &SQL_SELLER_ACTIVE, DB_ARGS(DB_INT(seller)), &req->arena, &found);
		if (st == DB_NOT_FOUND) {
			hdf_put(h, "Form.errors.seller", i18n_text(req->lang, "err.choice"));
			problems++;
		} else if (st != DB_OK) {
			render_db_error(req, st);
			return;
		}
	}
	if (saving && req_field(req, "token")->value[0] == '\0') {
		hdf_put(h, "Form.errors.lines", i18n_text(req->lang, "err.token"));
		problems++;
	}
	if (saving && problems == 0 && expect[0] && atoi(expect) != o.discount_bp) {
		/* the discount moved since the form was shown (another sale, a new tier): show it again */
		hdf_put(h, "Form.errors.lines", i18n_text(req->lang, "err.discount_changed"));
		db_rollback(req->db);
		if (sale_client_full(req, &c) == 0)
			sale_form_render(req, &c, &f, &l, &o, 409);
		return;
	}
	if (!saving || problems) {
		db_rollback(req->db);
		if (!saving || sale_client_full(req, &c) == 0)
			sale_form_render(req, &c, &f, &l, &o, saving ? 400 : 200);
		return;
	}
	f.p.kind = "sale";
	f.p.client_id = c.id;
	f.p.seller_id = seller;
	f.p.at = date[0] && strcmp(date, o.today) != 0 ? arena_printf(&req->arena, "%s 12:00:00", date) : NULL;
	f.p.note = req_field(req, "note")->value;
	f.p.token = req_field(req, "token")->value;
	f.p.why = o.why;
	st = purchase_store(req, &l, &o, &f.p);
	if (st == DB_OK)
		st = db_commit(req->db);
	purchase_answer(req, st, &SQL_PURCHASE_BY_TOKEN, f.p.token, c.id, f.p.id);
}
