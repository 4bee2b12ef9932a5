/* page_products.c: the product catalog: the list (locomotives marked), and adding and changing a
 * product (managers and admins; past sales keep the price and weight of their moment). */
#include "pages.h"
#include "normalize.h"
#include "audit.h"
#include "i18n.h"
#include "money.h"
#include "pricing.h"
#include "render.h"
#include "response.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

DB_STMT(SQL_PRODUCTS_LIST,
	"SELECT p.id, p.sku, p.name, COALESCE(g.name, ''), p.price, p.cost, p.weight_milli, p.locomotive, p.active"
	" FROM products p LEFT JOIN product_categories g ON g.id = p.category_id"
	" WHERE (? = '' OR p.name LIKE ? OR p.sku LIKE ?) AND (? = 0 OR p.category_id = ?) AND (? = 1 OR p.active = 1)"
	" ORDER BY p.name, p.id LIMIT 500");
DB_STMT(SQL_PRODUCT_GET,
	"SELECT p.id, p.sku, p.name, COALESCE(p.category_id, ''), p.price, p.cost, p.weight_milli, p.locomotive,"
	" p.active, COALESCE(g.name, ''), DATE_FORMAT(p.updated_at, '%Y-%m-%d %H:%i')"
	" FROM products p LEFT JOIN product_categories g ON g.id = p.category_id WHERE p.id = ?");
DB_STMT(SQL_PRODUCT_INSERT,
	"INSERT INTO products (sku, name, category_id, price, cost, weight_milli, locomotive, active, updated_by,"
	" updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NOW())");
DB_STMT(SQL_PRODUCT_UPDATE,
	"UPDATE products SET sku = ?, name = ?, category_id = ?, price = ?, cost = ?, weight_milli = ?, locomotive = ?,"
	" active = ?, updated_by = ?, updated_at = NOW() WHERE id = ?");
DB_STMT(SQL_CATEGORIES_ACTIVE, "SELECT id, name FROM product_categories WHERE active = 1 ORDER BY name");
DB_STMT(SQL_CATEGORY_ACTIVE, "SELECT id FROM product_categories WHERE id = ? AND active = 1");

/* The form's fields in the order of SQL_PRODUCT_GET's first columns; prices and weight as typed. */
enum { PR_ID, PR_SKU, PR_NAME, PR_CATEGORY, PR_PRICE, PR_COST, PR_WEIGHT, PR_LOCOMOTIVE, PR_ACTIVE, PR_NFIELDS };
static const char *const product_fields[PR_NFIELDS] = { "id", "sku", "name", "category", "price", "cost", "weight",
							"locomotive", "active" };

static int categories(struct request *req)
{
	static const char *const cols[] = { "id", "name", NULL };
	struct hdf_rows rows;
	hdf_rows_init(req, "Categories", cols, &rows);
	enum db_status st = db_query(req->db, &SQL_CATEGORIES_ACTIVE, DB_NOARGS, hdf_rows_add, &rows);
	if (st != DB_OK) {
		render_db_error(req, st);
		return -1;
	}
	return 0;
}

void page_product_list(struct request *req)
{
	static const char *const cols[] = { "id", "sku", "name", "category", "price", "cost", "weight", "locomotive",
					    "active", NULL };
	form_fill(req);
	const char *q = req_field(req, "q")->value;
	const char *like = like_prefix_pattern(&req->arena, "", q, strlen(q));
	long long category = valid_id_value(req_field(req, "category")->value);
	int all = req_field(req, "retired")->present;
	struct hdf_rows rows;
	hdf_rows_init(req, "Products", cols, &rows);
	enum db_status st = db_query(req->db, &SQL_PRODUCTS_LIST,
				     DB_ARGS(DB_STR(q), DB_STR(like), DB_STR(like), DB_INT(category), DB_INT(category),
					     DB_INT(all)), hdf_rows_add, &rows);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	if (categories(req) == 0)
		render_page(req, 200, NULL);
}

/* Renders the product form (new when id is 0) with status. */
static void product_form(struct request *req, int status)
{
	hdf_put(req_hdf(req), "Product.may_edit", req->user.role & (ROLE_ADMIN | ROLE_MANAGER) ? "1" : "0");
	if (categories(req) == 0)
		render_page(req, status, "staff/product_edit.cs");
}

/* A stored integer (minor units, thousandths) as the form shows it: "1234.5", "1.5". */
static const char *decimal_input(struct request *req, const char *stored, int digits)
{
	char text[40];
	return arena_strdup(&req->arena, decimal_format(atoll(stored), digits, text, sizeof(text)));
}

void page_product_new(struct request *req)
{
	HDF *h = req_hdf(req);
	hdf_put(h, "Form.weight", "1");
	hdf_put(h, "Form.active", "1");
	product_form(req, 200);
}

/* Loads product id into *row (text, SQL_PRODUCT_GET's columns). Renders 404 and returns -1 when
 * there is none. */
static int product_load(struct request *req, long long id, char ***row)
{
	enum db_status st = id ? db_query_one(req->db, &SQL_PRODUCT_GET, DB_ARGS(DB_INT(id)), &req->arena, row)
			       : DB_NOT_FOUND;
	if (st == DB_NOT_FOUND)
		render_error(req, 404, "err.not_found", NULL);
	else if (st != DB_OK)
		render_db_error(req, st);
	return st == DB_OK ? 0 : -1;
}

void page_product_view(struct request *req)
{
	char **row;
	if (product_load(req, valid_id_value(req_path_arg(req, 0)), &row) < 0)
		return;
	HDF *h = req_hdf(req);
	for (int i = 0; i < PR_NFIELDS; i++)
		hdf_put(h, arena_printf(&req->arena, "Form.%s", product_fields[i]), row[i]);
	hdf_put(h, "Form.price", decimal_input(req, row[PR_PRICE], 2));
	hdf_put(h, "Form.cost", decimal_input(req, row[PR_COST], 2));
	hdf_put(h, "Form.weight", decimal_input(req, row[PR_WEIGHT], 3));
	hdf_put(h, "Product.category_name", row[PR_NFIELDS]);
	hdf_put(h, "Product.updated_at", row[PR_NFIELDS + 1]);
	product_form(req, 200);
}

/* Writes the product of the form (id 0: a new one) and one audit row per changed field. */
static void product_write(struct request *req, long long id)
{
	char **old = NULL;
	if (id && product_load(req, id, &old) < 0)
		return;
	HDF *h = req_hdf(req);
	if (id)
		hdf_put(h, "Form.id", old[PR_ID]);
	int problems = form_fill(req);
	long long category = valid_id_value(req_field(req, "category")->value);
	char **found;
	enum db_status st = DB_OK;
	if (category) {
		st = db_query_one(req->db, &SQL_CATEGORY_ACTIVE, DB_ARGS(DB_INT(category)), &req->arena, &found);
		if (st == DB_NOT_FOUND) {
			hdf_put(h, "Form.errors.category", i18n_text(req->lang, "err.choice"));
			problems++;
			st = DB_OK;
		}
	}
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	if (problems) {
		product_form(req, 400);
		return;
	}
	long long price = 0, cost = 0, weight = WEIGHT_ONE;
	money_parse(req_field(req, "price")->value, &price);
	money_parse(req_field(req, "cost")->value, &cost);
	const char *w = req_field(req, "weight")->value;
	if (w[0])
		decimal_parse(w, strlen(w), 3, 100000, &weight);
	const char *now[PR_NFIELDS] = {
		[PR_SKU] = req_field(req, "sku")->value,
		[PR_NAME] = req_field(req, "name")->value,
		[PR_CATEGORY] = category ? req_field(req, "category")->value : "",
		[PR_PRICE] = arena_printf(&req->arena, "%lld", price),
		[PR_COST] = arena_printf(&req->arena, "%lld", cost),
		[PR_WEIGHT] = arena_printf(&req->arena, "%lld", weight),
		[PR_LOCOMOTIVE] = req_field(req, "locomotive")->present ? "1" : "0",
		[PR_ACTIVE] = id == 0 || req_field(req, "active")->present ? "1" : "0",
	};
	struct db_arg cat = category ? DB_INT(category) : DB_NULLARG;
	unsigned long long new_id = 0;
	st = db_begin(req->db);
	if (st == DB_OK && id)
		st = db_exec(req->db, &SQL_PRODUCT_UPDATE,
			     DB_ARGS(DB_STR(now[PR_SKU]), DB_STR(now[PR_NAME]), cat, DB_INT(price), DB_INT(cost), DB_INT(weight),
				     DB_STR(now[PR_LOCOMOTIVE]), DB_STR(now[PR_ACTIVE]), DB_INT(req->user.id), DB_INT(id)),
			     NULL, NULL);
	else if (st == DB_OK)
		st = db_exec(req->db, &SQL_PRODUCT_INSERT,
			     DB_ARGS(DB_STR(now[PR_SKU]), DB_STR(now[PR_NAME]), cat, DB_INT(price), DB_INT(cost), DB_INT(weight),
				     DB_STR(now[PR_LOCOMOTIVE]), DB_STR(now[PR_ACTIVE]), DB_INT(req->user.id)), NULL, &new_id);
	long long pid = id ? id : (long long)new_id;
	for (int i = PR_SKU; st == DB_OK && i < PR_NFIELDS; i++) {
		if (old && strcmp(old[i], now[i]) == 0)
			continue;
		struct audit_entry e = { .action = id ? "product_update" : "product_create", .entity = "product",
					 .entity_id = pid, .field = product_fields[i], .old_value = old ? old[i] : NULL,
					 .new_value = now[i] };
		st = audit_write(req, &e);
	}
	if (st == DB_OK)
		st = db_commit(req->db);
	if (st == DB_DUPLICATE) {
		db_rollback(req->db);
		hdf_put(h, "Form.errors.sku", i18n_text(req->lang, "err.sku_taken"));
		product_form(req, 409);
		return;
	}
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	response_redirect(req, arena_printf(&req->arena, "/products/%lld", pid));
}

void page_product_create(struct request *req)
{
	product_write(req, 0);
}

void page_product_update(struct request *req)
{
	product_write(req, valid_id_value(req_path_arg(req, 0)));
}
