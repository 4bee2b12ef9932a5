/* purchase.c: writing a purchase, its lines and every summary that depends on it, in one transaction. */
#include "purchase.h"
#include "audit.h"
#include <sodium.h>
#include <stdlib.h>

DB_STMT(SQL_PURCHASE_INSERT,
	"INSERT INTO purchases (client_id, seller_id, entered_by, kind, original_id, at, gross, discount, total,"
	" cost, weighted, locomotive_units, tier_id, discount_bp, discount_why, note, token)"
	" VALUES (?, ?, ?, ?, ?, COALESCE(?, NOW()), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
DB_STMT(SQL_PURCHASE_LINE_INSERT,
	"INSERT INTO purchase_lines (purchase_id, line_no, product_id, quantity, unit_price, unit_cost, discount_bp,"
	" discount, line_total, weight_milli, weighted, locomotive, original_line)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
/* The summaries read the purchase row just written, so its date decides the year and month. */
DB_STMT(SQL_ECONOMICS_YEAR_ADD,
	"INSERT INTO client_economics_year (client_id, year, revenue, cost, discounts, purchases)"
	" SELECT * FROM (SELECT client_id AS c, YEAR(at) AS y, total AS r, cost AS k, discount AS d, kind = 'sale' AS n"
	"  FROM purchases WHERE id = ?) x"
	" ON DUPLICATE KEY UPDATE revenue = revenue + VALUES(revenue), cost = cost + VALUES(cost),"
	" discounts = discounts + VALUES(discounts), purchases = purchases + VALUES(purchases)");
DB_STMT(SQL_SPEND_MONTH_ADD,
	"INSERT INTO client_spend_month (client_id, month, revenue)"
	" SELECT * FROM (SELECT client_id AS c, DATE_FORMAT(at, '%Y-%m-01') AS m, total AS r FROM purchases WHERE id = ?) x"
	" ON DUPLICATE KEY UPDATE revenue = revenue + VALUES(revenue)");
DB_STMT(SQL_SALES_MONTH_ADD,
	"INSERT INTO sales_monthly (month, staff_id, revenue, cost, weighted, locomotive_units, purchases)"
	" SELECT * FROM (SELECT DATE_FORMAT(at, '%Y-%m-01') AS m, seller_id AS s, total AS r, cost AS k, weighted AS w,"
	"  locomotive_units AS u, kind = 'sale' AS n FROM purchases WHERE id = ?) x"
	" ON DUPLICATE KEY UPDATE revenue = revenue + VALUES(revenue), cost = cost + VALUES(cost),"
	" weighted = weighted + VALUES(weighted), locomotive_units = locomotive_units + VALUES(locomotive_units),"
	" purchases = purchases + VALUES(purchases)");
DB_STMT(SQL_WINDOW_SPEND,
	"SELECT COALESCE(SUM(revenue), 0) FROM client_spend_month WHERE client_id = ?"
	" AND month >= DATE_FORMAT(CURDATE(), '%Y-%m-01') - INTERVAL 11 MONTH");
DB_STMT(SQL_ECONOMICS_ADD,
	"UPDATE client_economics e JOIN purchases p ON p.id = ? SET"
	" e.revenue = e.revenue + p.total, e.cost = e.cost + p.cost, e.margin = e.margin + p.total - p.cost,"
	" e.discounts = e.discounts + p.discount, e.purchases = e.purchases + (p.kind = 'sale'),"
	" e.returns = e.returns + (p.kind <> 'sale'),"
	" e.first_at = IF(p.kind = 'sale', LEAST(COALESCE(e.first_at, p.at), p.at), e.first_at),"
	" e.last_at = IF(p.kind = 'sale', GREATEST(COALESCE(e.last_at, p.at), p.at), e.last_at),"
	" e.tier_id = ? WHERE e.client_id = p.client_id");
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

enum db_status purchase_store(struct request *req, const struct loyalty *l, const struct offer *o,
			      struct purchase *p)
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
	int sale = p->kind[0] == 's';
	unsigned long long id = 0;
	enum db_status st = db_exec(req->db, &SQL_PURCHASE_INSERT,
		DB_ARGS(DB_INT(p->client_id), DB_INT(p->seller_id), DB_INT(req->user.id), DB_STR(p->kind),
			p->original_id ? DB_INT(p->original_id) : DB_NULLARG, DB_STR(p->at), DB_INT(s.gross),
			DB_INT(s.discount), DB_INT(s.total), DB_INT(s.cost), DB_INT(s.weighted),
			DB_INT(p->locomotive_units), tier_arg(l, sale ? o->tier : -1), DB_INT(p->discount_bp),
			DB_STR(p->why ? p->why : ""), DB_STR(p->note ? p->note : ""), DB_STR(p->token)), NULL, &id);
	p->id = (long long)id;
	for (int i = 0; st == DB_OK && i < p->nlines; i++) {
		const struct purchase_line *ln = &p->line[i];
		st = db_exec(req->db, &SQL_PURCHASE_LINE_INSERT,
			DB_ARGS(DB_INT(p->id), DB_INT(i + 1), DB_INT(ln->product_id), DB_INT(ln->quantity),
				DB_INT(ln->unit_price), DB_INT(ln->unit_cost), DB_INT(ln->discount_bp), DB_INT(ln->a.discount),
				DB_INT(ln->a.total), DB_INT(ln->weight_milli), DB_INT(ln->a.weighted), DB_INT(ln->locomotive),
				ln->original_line ? DB_INT(ln->original_line) : DB_NULLARG), NULL, NULL);
	}
	if (st == DB_OK)
		st = db_exec(req->db, &SQL_ECONOMICS_YEAR_ADD, DB_ARGS(DB_INT(p->id)), NULL, NULL);
	if (st == DB_OK)
		st = db_exec(req->db, &SQL_SPEND_MONTH_ADD, DB_ARGS(DB_INT(p->id)), NULL, NULL);
	if (st == DB_OK)
		st = db_exec(req->db, &SQL_SALES_MONTH_ADD, DB_ARGS(DB_INT(p->id)), NULL, NULL);
	/* the tier the new spend reaches */
	long long spend = o->revenue + s.total;
	char **w;
	if (st == DB_OK && l->window_12m) {
		st = db_query_one(req->db, &SQL_WINDOW_SPEND, DB_ARGS(DB_INT(p->client_id)), &req->arena, &w);
		if (st == DB_OK)
			spend = atoll(w[0]);
	}
	p->tier_before = o->held;
	p->tier_after = pricing_tier_now(o->held, pricing_tier(l->threshold, l->ntiers, spend), l->window_12m,
					 l->demotion);
	if (st == DB_OK)
		st = db_exec(req->db, &SQL_ECONOMICS_ADD, DB_ARGS(DB_INT(p->id), tier_arg(l, p->tier_after)), NULL, NULL);
	if (st == DB_OK && p->tier_after != p->tier_before)
		st = db_exec(req->db, &SQL_TIER_CHANGE_INSERT,
			     DB_ARGS(DB_INT(p->client_id), DB_INT(p->id), tier_arg(l, p->tier_before),
				     tier_arg(l, p->tier_after), DB_INT(p->tier_after > p->tier_before),
				     DB_INT(o->manager_id)), NULL, NULL);
	struct audit_entry e = { .action = sale ? "purchase_create" : "purchase_return", .entity = "client",
				 .entity_id = p->client_id,
				 .detail = arena_printf(&req->arena, "purchase %lld %s total %lld", p->id, p->kind, s.total) };
	if (st == DB_OK)
		st = audit_write(req, &e);
	return st;
}
