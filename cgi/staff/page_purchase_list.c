/* page_purchase_list.c: the purchases list: newest first, filtered by period, seller, kind, product,
 * category and segment, in keyset pages (a page deep in the list costs what the first costs). */
#include "pages.h"
#include "client_pages.h"
#include "render.h"
#include <string.h>

#define PAGE 50

/* Newest first by (at, id), from the cursor's (at, id) down; each filter bound twice, NULL for any.
 * STRAIGHT_JOIN: read purchases first, by purchases_at (or purchases_seller) backwards, and stop at
 * the page's end; otherwise the optimizer may start from staff and sort every purchase. */
DB_STMT(SQL_PURCHASE_LIST,
	"SELECT STRAIGHT_JOIN p.id, DATE_FORMAT(p.at, '%Y-%m-%d %H:%i'), p.kind, p.client_id, COALESCE(l.sort_name, ''),"
	" s.full_name, p.total, p.weighted, p.discount_bp, p.locomotive_units, COALESCE(p.original_id, '')"
	" FROM purchases p JOIN staff s ON s.id = p.seller_id LEFT JOIN client_list l ON l.client_id = p.client_id"
	" WHERE p.at >= ? AND p.at < ? + INTERVAL 1 DAY AND (p.at < ? OR (p.at = ? AND p.id < ?))"
	" AND (? IS NULL OR p.seller_id = ?) AND (? IS NULL OR p.kind = ?)"
	" AND (? IS NULL OR l.segment_id = ?)"
	" AND (? IS NULL OR EXISTS (SELECT 1 FROM purchase_lines pl WHERE pl.purchase_id = p.id AND pl.product_id = ?))"
	" AND (? IS NULL OR EXISTS (SELECT 1 FROM purchase_lines pl JOIN products pr ON pr.id = pl.product_id"
	"  WHERE pl.purchase_id = p.id AND pr.category_id = ?))"
	" ORDER BY p.at DESC, p.id DESC LIMIT ?");
DB_STMT(SQL_PURCHASE_CURSOR, "SELECT DATE_FORMAT(at, '%Y-%m-%d %H:%i:%s') FROM purchases WHERE id = ?");
DB_STMT(SQL_PRODUCT_CHOICES, "SELECT id, name, sku, locomotive FROM products ORDER BY name, id");
DB_STMT(SQL_CATEGORY_CHOICES, "SELECT id, name FROM product_categories ORDER BY name");

/* The lists of the filter form: staff and segments (client_choices), products, categories.
 * 0, or -1 after rendering the error. */
static int purchase_filter_choices(struct request *req)
{
	static const char *const product_cols[] = { "id", "name", "sku", "locomotive", NULL };
	static const char *const category_cols[] = { "id", "name", NULL };
	struct hdf_rows products, categories;
	hdf_rows_init(req, "Products", product_cols, &products);
	hdf_rows_init(req, "Categories", category_cols, &categories);
	enum db_status st = db_query(req->db, &SQL_PRODUCT_CHOICES, DB_NOARGS, hdf_rows_add, &products);
	if (st == DB_OK)
		st = db_query(req->db, &SQL_CATEGORY_CHOICES, DB_NOARGS, hdf_rows_add, &categories);
	if (st != DB_OK) {
		render_db_error(req, st);
		return -1;
	}
	return client_choices(req);
}

/* An id filter's value as an argument: NULL (any) when the field is absent. */
static struct db_arg id_filter(struct request *req, const char *name)
{
	const struct field_value *f = req_field(req, name);
	return f->present ? DB_INT(valid_id_value(f->value)) : DB_NULLARG;
}

void page_purchase_list(struct request *req)
{
	static const char *const cols[] = { "id", "at", "kind", "client_id", "client", "seller", "total", "weighted",
					    "discount_bp", "locomotive_units", "original_id", NULL };
	form_fill(req);   /* a GET with a bad field never gets here (app.c answers 400) */
	if (purchase_filter_choices(req) < 0)
		return;
	const struct field_value *from = req_field(req, "from"), *to = req_field(req, "to");
	const struct field_value *kind = req_field(req, "kind");
	long long before = valid_id_value(req_field(req, "before")->value);
	const char *before_at = "9999-12-31 23:59:59";
	char **cur;
	enum db_status st = DB_OK;
	if (before) {
		st = db_query_one(req->db, &SQL_PURCHASE_CURSOR, DB_ARGS(DB_INT(before)), &req->arena, &cur);
		if (st == DB_NOT_FOUND) {
			render_error(req, 400, "err.cursor", NULL);
			return;
		}
		if (st == DB_OK)
			before_at = cur[0];
	} else {
		before = 1LL << 62;
	}
	struct db_arg seller = id_filter(req, "seller"), segment = id_filter(req, "segment");
	struct db_arg product = id_filter(req, "product"), category = id_filter(req, "category");
	struct db_arg kind_arg = kind->present ? DB_STR(kind->value) : DB_NULLARG;
	struct hdf_page page;
	hdf_page_init(req, "Purchases", cols, PAGE, &page);
	if (st == DB_OK)
		st = db_query(req->db, &SQL_PURCHASE_LIST,
			      DB_ARGS(DB_STR(from->present ? from->value : "1000-01-01"),
				      DB_STR(to->present ? to->value : "9999-12-30"), DB_STR(before_at), DB_STR(before_at),
				      DB_INT(before), seller, seller, kind_arg, kind_arg, segment, segment, product, product,
				      category, category, DB_INT(PAGE + 1)),
			      hdf_page_add, &page);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	if (hdf_page_next(&page))
		hdf_put(req_hdf(req), "Page.next_before", hdf_page_next(&page));
	render_page(req, 200, NULL);
}
