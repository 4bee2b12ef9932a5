/* purchase.c: writing a purchase, its lines and every summary that depends on it, in one transaction. */
#include "purchase.h"
#include "audit.h"
#include "buf.h"
#include "render.h"
#include "response.h"
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>

DB_STMT(SQL_PURCHASE_INSERT,
	"INSERT INTO purchases (client_id, seller_id, entered_by, kind, original_id, at, gross, discount, total,"
	" cost, weighted, locomotive_units, tier_id, discount_bp, discount_why, note, token)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
/* All the lines in one statement: a JSON array with one array of numbers per line (made by
 * lines_json, numbers only), read back by JSON_TABLE. A multi-row VALUES list would need 13
 * parameters a line. */
DB_STMT(SQL_PURCHASE_LINES_INSERT,
	"INSERT INTO purchase_lines (purchase_id, line_no, product_id, quantity, unit_price, unit_cost, discount_bp,"
	" discount, line_total, weight_milli, weighted, locomotive, original_line)"
	" SELECT ?, j.line_no, j.product_id, j.quantity, j.unit_price, j.unit_cost, j.discount_bp, j.discount,"
	" j.line_total, j.weight_milli, j.weighted, j.locomotive, NULLIF(j.original_line, 0)"
	" FROM JSON_TABLE(?, '$[*]' COLUMNS (line_no INT PATH '$[0]', product_id BIGINT PATH '$[1]',"
	"  quantity BIGINT PATH '$[2]', unit_price BIGINT PATH '$[3]', unit_cost BIGINT PATH '$[4]',"
	"  discount_bp INT PATH '$[5]', discount BIGINT PATH '$[6]', line_total BIGINT PATH '$[7]',"
	"  weight_milli INT PATH '$[8]', weighted BIGINT PATH '$[9]', locomotive INT PATH '$[10]',"
	"  original_line INT PATH '$[11]')) j");
/* The summaries get the purchase's amounts bound; its date (at) decides the year and month. */
DB_STMT(SQL_ECONOMICS_YEAR_ADD,
	"INSERT INTO client_economics_year (client_id, year, revenue, cost, discounts, purchases)"
	" VALUES (?, ?, ?, ?, ?, ?)"
	" ON DUPLICATE KEY UPDATE revenue = revenue + VALUES(revenue), cost = cost + VALUES(cost),"
	" discounts = discounts + VALUES(discounts), purchases = purchases + VALUES(purchases)");
DB_STMT(SQL_SPEND_MONTH_ADD,
	"INSERT INTO client_spend_month (client_id, month, revenue) VALUES (?, ?, ?)"
	" ON DUPLICATE KEY UPDATE revenue = revenue + VALUES(revenue)");
/* One row per seller and month, which every sale of that seller updates: the transaction's last
 * write, so that its lock is held only until the commit. */
DB_STMT(SQL_SALES_MONTH_ADD,
	"INSERT INTO sales_monthly (month, staff_id, revenue, cost, weighted, locomotive_units, purchases)"
	" VALUES (?, ?, ?, ?, ?, ?, ?)"
	" ON DUPLICATE KEY UPDATE revenue = revenue + VALUES(revenue), cost = cost + VALUES(cost),"
	" weighted = weighted + VALUES(weighted), locomotive_units = locomotive_units + VALUES(locomotive_units),"
	" purchases = purchases + VALUES(purchases)");
/* The seller's day, like the month: today's figures on the board, yesterday's standings. */
DB_STMT(SQL_SALES_DAY_ADD,
	"INSERT INTO sales_daily (day, staff_id, revenue, cost, weighted, locomotive_units, purchases)"
	" VALUES (?, ?, ?, ?, ?, ?, ?)"
	" ON DUPLICATE KEY UPDATE revenue = revenue + VALUES(revenue), cost = cost + VALUES(cost),"
	" weighted = weighted + VALUES(weighted), locomotive_units = locomotive_units + VALUES(locomotive_units),"
	" purchases = purchases + VALUES(purchases)");
DB_STMT(SQL_ECONOMICS_ADD,
	"UPDATE client_economics SET revenue = revenue + ?, cost = cost + ?, margin = margin + ?,"
	" discounts = discounts + ?, purchases = purchases + ?, returns = returns + ?,"
	" first_at = IF(?, LEAST(COALESCE(first_at, CAST(? AS DATETIME)), CAST(? AS DATETIME)), first_at),"
	" last_at = IF(?, GREATEST(COALESCE(last_at, CAST(? AS DATETIME)), CAST(? AS DATETIME)), last_at),"
	" tier_id = ? WHERE client_id = ?");
/* A sale's locomotive lines of a category with a consultation period: a consultation by the
 * client's manager that many days after the sale's day. */
DB_STMT(SQL_CONSULTATIONS_MAKE,
	"INSERT IGNORE INTO consultations (client_id, purchase_id, product_id, manager_id, due_on)"
	" SELECT ?, l.purchase_id, l.product_id, NULLIF(?, 0), DATE(?) + INTERVAL g.consultation_days DAY"
	" FROM purchase_lines l JOIN products p ON p.id = l.product_id JOIN product_categories g ON g.id = p.category_id"
	" WHERE l.purchase_id = ? AND l.locomotive = 1 AND g.consultation_days IS NOT NULL");
/* A return that leaves none of a product of the original sale drops its open consultation. */
DB_STMT(SQL_CONSULTATIONS_DROP_RETURNED,
	"DELETE FROM consultations WHERE purchase_id = ? AND done_at IS NULL AND"
	" (SELECT COALESCE(SUM(l.quantity), 0) FROM purchases p JOIN purchase_lines l ON l.purchase_id = p.id"
	"  WHERE (p.id = consultations.purchase_id OR p.original_id = consultations.purchase_id)"
	"  AND l.product_id = consultations.product_id) <= 0");
DB_STMT(SQL_TIER_CHANGE_INSERT,
	"INSERT INTO tier_changes (client_id, purchase_id, at, old_tier_id, new_tier_id, up, manager_id)"
	" VALUES (?, ?, NOW(), ?, ?, ?, NULLIF(?, 0))");

const char *purchase_form_token(struct request *req)
{
	const struct field_value *f = req_field(req, "token");
	if (f->value[0] && !f->error)
		return f->value;
	unsigned char raw[16];
	char hex[33];
	randombytes_buf(raw, sizeof(raw));
	sodium_bin2hex(hex, sizeof(hex), raw, sizeof(raw));
	return arena_strdup(&req->arena, hex);
}

int purchase_price_sale(struct purchase *p)
{
	for (int i = 0; i < p->nlines; i++) {
		struct purchase_line *ln = &p->line[i];
		ln->discount_bp = p->discount_bp;
		if (pricing_line(ln->quantity, ln->unit_price, ln->unit_cost, ln->discount_bp, ln->weight_milli,
				 &ln->a) < 0)
			return -1;
	}
	return 0;
}

static struct db_arg tier_arg(const struct loyalty *l, int idx)
{
	return idx >= 0 ? DB_INT(l->tier_id[idx]) : DB_NULLARG;
}

/* Adds up the lines into p->sum and p->locomotive_units. */
static void purchase_sum(struct purchase *p)
{
	struct line_amounts s = { 0 };
	p->locomotive_units = 0;
	for (int i = 0; i < p->nlines; i++) {
		const struct purchase_line *ln = &p->line[i];
		s.gross += ln->a.gross;
		s.discount += ln->a.discount;
		s.total += ln->a.total;
		s.cost += ln->a.cost;
		s.weighted += ln->a.weighted;
		if (ln->locomotive)
			p->locomotive_units += ln->quantity;
	}
	p->sum = s;
}

/* The lines of p as the JSON that SQL_PURCHASE_LINES_INSERT reads (numbers only), in the arena. */
static const char *lines_json(struct request *req, const struct purchase *p)
{
	struct buf b = { 0 };
	buf_adds(&b, "[");
	for (int i = 0; i < p->nlines; i++) {
		const struct purchase_line *ln = &p->line[i];
		buf_printf(&b, "%s[%d,%lld,%lld,%lld,%lld,%d,%lld,%lld,%d,%lld,%d,%d]", i ? "," : "", i + 1,
			   ln->product_id, ln->quantity, ln->unit_price, ln->unit_cost, ln->discount_bp, ln->a.discount,
			   ln->a.total, ln->weight_milli, ln->a.weighted, ln->locomotive ? 1 : 0, ln->original_line);
	}
	buf_adds(&b, "]");
	char *json = arena_strdup(&req->arena, b.data);
	buf_free(&b);
	return json;
}

/* Months since year 0 of a date that starts YYYY-MM. */
static int month_index(const char *date)
{
	return atoi(date) * 12 + atoi(date + 5) - 1;
}

/* The spend the tiers read once p is stored: the lifetime revenue, or the 12-month window's
 * (this month and the 11 before, as the offer counted it), with p's total when p's month is in it. */
static long long spend_after(const struct loyalty *l, const struct offer *o, const struct purchase *p,
			     const char *at)
{
	if (!l->window_12m)
		return o->revenue + p->sum.total;
	return o->spend + (month_index(at) >= month_index(o->today) - 11 ? p->sum.total : 0);
}

/* The purchase row and its lines. Sets p->id. */
static enum db_status purchase_insert(struct request *req, const struct loyalty *l, const struct offer *o,
				      struct purchase *p, const char *at)
{
	const struct line_amounts *s = &p->sum;
	unsigned long long id = 0;
	enum db_status st = db_exec(req->db, &SQL_PURCHASE_INSERT,
		DB_ARGS(DB_INT(p->client_id), DB_INT(p->seller_id), DB_INT(req->user.id), DB_STR(p->kind),
			p->original_id ? DB_INT(p->original_id) : DB_NULLARG, DB_STR(at), DB_INT(s->gross),
			DB_INT(s->discount), DB_INT(s->total), DB_INT(s->cost), DB_INT(s->weighted),
			DB_INT(p->locomotive_units), tier_arg(l, p->kind[0] == 's' ? o->tier : -1), DB_INT(p->discount_bp),
			DB_STR(p->why ? p->why : ""), DB_STR(p->note ? p->note : ""), DB_STR(p->token)), NULL, &id);
	p->id = (long long)id;
	if (st == DB_OK)
		st = db_exec(req->db, &SQL_PURCHASE_LINES_INSERT, DB_ARGS(DB_INT(p->id), DB_STR(lines_json(req, p))),
			     NULL, NULL);
	return st;
}

/* The client's year and month rows and its economics, with the tier p->tier_after. */
static enum db_status client_summaries_add(struct request *req, const struct loyalty *l, const struct purchase *p,
					   const char *at, const char *month)
{
	const struct line_amounts *s = &p->sum;
	int sale = p->kind[0] == 's';
	enum db_status st = db_exec(req->db, &SQL_ECONOMICS_YEAR_ADD,
		DB_ARGS(DB_INT(p->client_id), DB_INT(atoi(at)), DB_INT(s->total), DB_INT(s->cost), DB_INT(s->discount),
			DB_INT(sale)), NULL, NULL);
	if (st == DB_OK)
		st = db_exec(req->db, &SQL_SPEND_MONTH_ADD, DB_ARGS(DB_INT(p->client_id), DB_STR(month), DB_INT(s->total)),
			     NULL, NULL);
	if (st == DB_OK)
		st = db_exec(req->db, &SQL_ECONOMICS_ADD,
			DB_ARGS(DB_INT(s->total), DB_INT(s->cost), DB_INT(s->total - s->cost), DB_INT(s->discount),
				DB_INT(sale), DB_INT(!sale), DB_INT(sale), DB_STR(at), DB_STR(at), DB_INT(sale), DB_STR(at),
				DB_STR(at), tier_arg(l, p->tier_after), DB_INT(p->client_id)), NULL, NULL);
	return st;
}

enum db_status purchase_store(struct request *req, const struct loyalty *l, const struct offer *o,
			      struct purchase *p)
{
	purchase_sum(p);
	const struct line_amounts *s = &p->sum;
	const char *at = p->at ? p->at : o->now;
	char month[11];
	snprintf(month, sizeof(month), "%.7s-01", at);
	int sale = p->kind[0] == 's';
	p->tier_before = o->held;
	p->tier_after = pricing_tier_now(o->held, pricing_tier(l->threshold, l->ntiers, spend_after(l, o, p, at)),
					 l->window_12m, l->demotion);
	enum db_status st = purchase_insert(req, l, o, p, at);
	if (st == DB_OK)
		st = client_summaries_add(req, l, p, at, month);
	if (st == DB_OK && p->tier_after != p->tier_before)
		st = db_exec(req->db, &SQL_TIER_CHANGE_INSERT,
			     DB_ARGS(DB_INT(p->client_id), DB_INT(p->id), tier_arg(l, p->tier_before),
				     tier_arg(l, p->tier_after), DB_INT(p->tier_after > p->tier_before),
				     DB_INT(o->manager_id)), NULL, NULL);
	if (st == DB_OK && sale && p->locomotive_units > 0)
		st = db_exec(req->db, &SQL_CONSULTATIONS_MAKE,
			     DB_ARGS(DB_INT(p->client_id), DB_INT(o->manager_id), DB_STR(at), DB_INT(p->id)), NULL, NULL);
	else if (st == DB_OK && !sale && p->original_id)
		st = db_exec(req->db, &SQL_CONSULTATIONS_DROP_RETURNED, DB_ARGS(DB_INT(p->original_id)), NULL, NULL);
	struct audit_entry e = { .action = sale ? "purchase_create" : "purchase_return", .entity = "client",
				 .entity_id = p->client_id,
				 .detail = arena_printf(&req->arena, "purchase %lld %s total %lld", p->id, p->kind, s->total) };
	if (st == DB_OK)
		st = audit_write(req, &e);
	char day[11];
	snprintf(day, sizeof(day), "%.10s", at);
	if (st == DB_OK)   /* the seller's rows, which each of their sales updates, last: locked until the commit */
		st = db_exec(req->db, &SQL_SALES_DAY_ADD,
			DB_ARGS(DB_STR(day), DB_INT(p->seller_id), DB_INT(s->total), DB_INT(s->cost), DB_INT(s->weighted),
				DB_INT(p->locomotive_units), DB_INT(sale)), NULL, NULL);
	if (st == DB_OK)
		st = db_exec(req->db, &SQL_SALES_MONTH_ADD,
			DB_ARGS(DB_STR(month), DB_INT(p->seller_id), DB_INT(s->total), DB_INT(s->cost), DB_INT(s->weighted),
				DB_INT(p->locomotive_units), DB_INT(sale)), NULL, NULL);
	return st;
}

void purchase_answer(struct request *req, enum db_status st, const struct db_stmt_def *by_token, const char *token,
		     long long owner, long long id)
{
	if (st == DB_DUPLICATE) {   /* the same form again: what it made */
		db_rollback(req->db);
		char **v;
		st = db_query_one(req->db, by_token, DB_ARGS(DB_STR(token), DB_INT(owner)), &req->arena, &v);
		if (st == DB_OK) {
			response_redirect(req, arena_printf(&req->arena, "/purchases/%s", v[0]));
			return;
		}
		if (st == DB_NOT_FOUND) {
			render_error(req, 409, "err.token_used", NULL);
			return;
		}
	}
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	response_redirect(req, arena_printf(&req->arena, "/purchases/%lld", id));
}
