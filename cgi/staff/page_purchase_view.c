/* page_purchase_view.c: one purchase with its lines and returns, and the forms that return some
 * of its units or cancel what is left (purchases of their own kind: nothing is edited). */
#include "pages.h"
#include "client.h"
#include "i18n.h"
#include "purchase.h"
#include "render.h"
#include "response.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

DB_STMT(SQL_PURCHASE_GET,
	"SELECT p.id, p.client_id, c.sort_name, p.kind, COALESCE(p.original_id, ''),"
	" DATE_FORMAT(p.at, '%Y-%m-%d %H:%i'), p.gross, p.discount, p.total, p.cost, p.weighted, p.discount_bp,"
	" p.discount_why, p.note, s.full_name, e.full_name, p.seller_id, COALESCE(t.name, ''), p.locomotive_units"
	" FROM purchases p JOIN clients c ON c.id = p.client_id JOIN staff s ON s.id = p.seller_id"
	" JOIN staff e ON e.id = p.entered_by LEFT JOIN loyalty_tiers t ON t.id = p.tier_id WHERE p.id = ?");
DB_STMT(SQL_PURCHASE_LOCK, "SELECT id FROM purchases WHERE id = ? FOR UPDATE");
DB_STMT(SQL_PURCHASE_LINES,
	"SELECT l.line_no, pr.sku, pr.name, l.quantity, l.unit_price, l.unit_cost, l.discount_bp, l.discount,"
	" l.line_total, l.weight_milli, l.weighted, l.locomotive, COALESCE(r.returned, 0), l.product_id,"
	" COALESCE(l.original_line, '')"
	" FROM purchase_lines l JOIN products pr ON pr.id = l.product_id"
	" LEFT JOIN (SELECT rl.original_line, -SUM(rl.quantity) AS returned FROM purchase_lines rl"
	"  JOIN purchases rp ON rp.id = rl.purchase_id WHERE rp.original_id = ? GROUP BY rl.original_line) r"
	"  ON r.original_line = l.line_no"
	" WHERE l.purchase_id = ? ORDER BY l.line_no");
DB_STMT(SQL_PURCHASE_RETURNS,
	"SELECT id, kind, DATE_FORMAT(at, '%Y-%m-%d %H:%i'), total FROM purchases WHERE original_id = ? ORDER BY id");
DB_STMT(SQL_RETURN_BY_TOKEN, "SELECT id FROM purchases WHERE token = ? AND original_id = ?");

static const char *const purchase_cols[] = { "id", "client_id", "client", "kind", "original_id", "at", "gross",
	"discount", "total", "cost", "weighted", "discount_bp", "why", "note", "seller", "entered_by", "seller_id",
	"tier", "locomotive_units", NULL };
enum { P_ID, P_CLIENT, P_CLIENT_NAME, P_KIND, P_ORIGINAL, P_AT, P_GROSS, P_DISCOUNT, P_TOTAL, P_COST,
       P_WEIGHTED, P_DISCOUNT_BP, P_WHY, P_NOTE, P_SELLER, P_ENTERED, P_SELLER_ID };
static const char *const line_cols[] = { "no", "sku", "name", "qty", "unit_price", "unit_cost", "discount_bp",
	"discount", "total", "weight", "weighted", "locomotive", "returned", "product_id", "original_line", NULL };

/* A sale's line as the return needs it. */
struct sold_line {
	int no;
	long long qty, returned;
	struct purchase_line ln;    /* product, prices, weight, flag; ln.a = the line's amounts */
};
struct sold {
	int n;
	struct sold_line line[PURCHASE_LINES];
	struct hdf_rows rows;       /* also into the template data, when rows.cols is set */
};

static int sold_row(void *ctx, const struct db_row *row)
{
	struct sold *s = ctx;
	if (s->rows.cols)
		hdf_rows_add(&s->rows, row);
	if (s->n >= PURCHASE_LINES)
		return 0;
	struct sold_line *sl = &s->line[s->n++];
	memset(sl, 0, sizeof(*sl));
	sl->no = atoi(row->val[0]);
	sl->qty = atoll(row->val[3]);
	sl->returned = atoll(row->val[12]);
	sl->ln.product_id = atoll(row->val[13]);
	sl->ln.unit_price = atoll(row->val[4]);
	sl->ln.unit_cost = atoll(row->val[5]);
	sl->ln.discount_bp = atoi(row->val[6]);
	sl->ln.weight_milli = atoi(row->val[9]);
	sl->ln.locomotive = atoi(row->val[11]);
	sl->ln.a.gross = sl->qty * sl->ln.unit_price;
	sl->ln.a.discount = atoll(row->val[7]);
	sl->ln.a.total = atoll(row->val[8]);
	sl->ln.a.cost = sl->qty * sl->ln.unit_cost;
	sl->ln.a.weighted = atoll(row->val[10]);
	return 0;
}

/* Loads the purchase of the URL (its row as text in *p) and its lines. Renders 404 and returns
 * -1 when there is none; -1 after a database error too. */
static int purchase_load(struct request *req, char ***p, struct sold *s, int to_hdf)
{
	long long id = valid_id_value(req_path_arg(req, 0));
	enum db_status st = id ? db_query_one(req->db, &SQL_PURCHASE_GET, DB_ARGS(DB_INT(id)), &req->arena, p)
			       : DB_NOT_FOUND;
	if (st == DB_OK) {
		if (to_hdf)
			hdf_rows_init(req, "Lines", line_cols, &s->rows);
		st = db_query(req->db, &SQL_PURCHASE_LINES, DB_ARGS(DB_INT(id), DB_INT(id)), sold_row, s);
	}
	if (st == DB_NOT_FOUND)
		render_error(req, 404, "err.not_found", NULL);
	else if (st != DB_OK)
		render_db_error(req, st);
	return st == DB_OK ? 0 : -1;
}

/* May the signed-in user return units of this purchase (the same rule as changing its client)? */
static int purchase_may_change(struct request *req, long long client_id, int *may)
{
	struct client c;
	enum db_status st = client_load(req, client_id, &c);
	if (st != DB_OK) {
		render_db_error(req, st);
		return -1;
	}
	*may = client_may_edit(req, &c);
	return 0;
}

static void purchase_render(struct request *req, int status)
{
	char **p;
	struct sold s = { 0 };
	if (purchase_load(req, &p, &s, 1) < 0)
		return;
	HDF *h = req_hdf(req);
	HDF *node = NULL;
	NEOERR *err = hdf_get_node(h, "Purchase", &node);
	nerr_ignore(&err);
	for (int i = 0; purchase_cols[i]; i++)
		hdf_put(node, purchase_cols[i], p[i]);
	hdf_put_int(node, "margin", atoll(p[P_TOTAL]) - atoll(p[P_COST]));
	int may = 0;
	if (purchase_may_change(req, atoll(p[P_CLIENT]), &may) < 0)
		return;
	long long left = 0;
	for (int i = 0; i < s.n; i++)
		left += s.line[i].qty - s.line[i].returned;
	if (strcmp(p[P_KIND], "sale") == 0 && may && left > 0) {
		hdf_put(node, "may_return", "1");
		hdf_put(node, "token", purchase_form_token(req));
	}
	static const char *const ret_cols[] = { "id", "kind", "at", "total", NULL };
	struct hdf_rows rets;
	hdf_rows_init(req, "Returns", ret_cols, &rets);
	enum db_status st = db_query(req->db, &SQL_PURCHASE_RETURNS, DB_ARGS(DB_INT(atoll(p[P_ID]))), hdf_rows_add, &rets);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	render_page(req, status, "staff/purchase_view.cs");
}

void page_purchase_view(struct request *req)
{
	purchase_render(req, 200);
}

/* Refuses the return form with a message on field (Form.errors.field) and the page again. */
static void return_refused(struct request *req, const char *field, const char *key, int status)
{
	db_rollback(req->db);
	hdf_put(req_hdf(req), arena_printf(&req->arena, "Form.errors.%s", field), i18n_text(req->lang, key));
	purchase_render(req, status);
}

/* Returns units of a sale: the quantities of the form (ret_N for line N), or all that is left
 * (cancel), as a purchase of kind "return" or "cancel". */
static void purchase_give_back(struct request *req, int cancel)
{
	long long id = valid_id_value(req_path_arg(req, 0));
	enum db_status st = db_begin(req->db);
	char **locked, **p;
	if (st == DB_OK && id)   /* one return of a sale at a time */
		st = db_query_one(req->db, &SQL_PURCHASE_LOCK, DB_ARGS(DB_INT(id)), &req->arena, &locked);
	if (st == DB_NOT_FOUND || id == 0) {
		render_error(req, 404, "err.not_found", NULL);
		return;
	}
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	const char *token = req_field(req, "token")->value;
	char **done;
	st = db_query_one(req->db, &SQL_RETURN_BY_TOKEN, DB_ARGS(DB_STR(token), DB_INT(id)), &req->arena, &done);
	if (st == DB_OK) {   /* the same form again (after the first one committed): the return it made */
		db_rollback(req->db);
		response_redirect(req, arena_printf(&req->arena, "/purchases/%s", done[0]));
		return;
	}
	if (st != DB_NOT_FOUND) {
		render_db_error(req, st);
		return;
	}
	struct sold s = { 0 };
	if (purchase_load(req, &p, &s, 0) < 0)
		return;
	long long client_id = atoll(p[P_CLIENT]);
	int may = 0;
	if (purchase_may_change(req, client_id, &may) < 0)
		return;
	if (!may) {
		render_error(req, 403, "err.not_yours", NULL);
		return;
	}
	if (strcmp(p[P_KIND], "sale") != 0) {
		return_refused(req, "lines", "err.not_a_sale", 409);
		return;
	}
	if (form_fill(req)) {
		return_refused(req, "lines", "err.form", 400);
		return;
	}
	struct purchase r = { .kind = cancel ? "cancel" : "return", .client_id = client_id,
			      .seller_id = atoll(p[P_SELLER_ID]), .original_id = id,
			      .note = req_field(req, "note")->value, .token = token,
			      .discount_bp = atoi(p[P_DISCOUNT_BP]) };
	for (int i = 0; i < s.n; i++) {
		struct sold_line *sl = &s.line[i];
		long long k = sl->qty - sl->returned;
		if (!cancel) {
			const struct field_value *f = req_field(req, arena_printf(&req->arena, "ret_%d", sl->no));
			k = f->value[0] ? atoll(f->value) : 0;
			if (k > sl->qty - sl->returned) {
				return_refused(req, arena_printf(&req->arena, "ret_%d", sl->no), "err.return_too_many", 409);
				return;
			}
		}
		if (k <= 0)
			continue;
		struct purchase_line *ln = &r.line[r.nlines++];
		*ln = sl->ln;
		ln->quantity = -k;
		ln->original_line = sl->no;
		pricing_return(&sl->ln.a, sl->qty, sl->returned, k, &ln->a);
	}
	if (r.nlines == 0) {
		return_refused(req, "lines", cancel ? "err.nothing_left" : "err.no_lines", 409);
		return;
	}
	struct loyalty l;
	struct offer o;
	st = loyalty_load(req, &l);
	if (st == DB_OK)
		st = offer_load(req, &l, client_id, 1, &o);
	if (st == DB_OK)
		st = purchase_store(req, &l, &o, &r);
	if (st == DB_OK)
		st = db_commit(req->db);
	purchase_answer(req, st, &SQL_RETURN_BY_TOKEN, r.token, id, r.id);
}

void page_purchase_return(struct request *req)
{
	purchase_give_back(req, 0);
}

void page_purchase_cancel(struct request *req)
{
	purchase_give_back(req, 1);
}
