/* loyalty.c: the loyalty settings and tiers, and the discount a client's next sale gets. */
#include "loyalty.h"
#include "audit.h"
#include "render.h"
#include "occasion.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Settings and tiers in one round trip: ('s', name, value) rows, then ('t', id, name, threshold, bp). */
DB_STMT(SQL_DISCOUNT_INSERT,
	"INSERT INTO client_discounts (client_id, discount_bp, reason, expires_on, granted_by, granted_at)"
	" VALUES (?, ?, ?, ?, ?, NOW())");
DB_STMT(SQL_LOYALTY_ALL,
	"SELECT 's', name, value, 0, 0 FROM settings"
	" UNION ALL SELECT 't', id, name, threshold, discount_bp FROM loyalty_tiers ORDER BY 1, 4");
/* Makes the client's summary row when it is missing and locks it either way: ON DUPLICATE KEY
 * UPDATE takes an exclusive lock on the row it finds, held to the end of the transaction (an
 * INSERT IGNORE takes a shared one, and two purchases of one client that both hold it and then
 * ask for FOR UPDATE deadlock). A client that does not exist makes no row and no error. */
DB_STMT(SQL_ECONOMICS_LOCK,
	"INSERT INTO client_economics (client_id) SELECT id FROM clients WHERE id = ?"
	" ON DUPLICATE KEY UPDATE client_id = client_id");
DB_STMT(SQL_OFFER,
	"SELECT COALESCE(e.revenue, 0), COALESCE(e.tier_id, 0), DATE_FORMAT(CURDATE(), '%Y-%m-%d'),"
	" (SELECT COALESCE(SUM(m.revenue), 0) FROM client_spend_month m WHERE m.client_id = c.id"
	"  AND m.month >= DATE_FORMAT(CURDATE(), '%Y-%m-01') - INTERVAL 11 MONTH),"
	" COALESCE(MONTH(c.birthday), 0), COALESCE(DAY(c.birthday), 0),"
	" COALESCE(d.discount_bp, 0), COALESCE(d.reason, ''), COALESCE(DATE_FORMAT(d.expires_on, '%Y-%m-%d'), ''),"
	" COALESCE(c.manager_id, 0), COALESCE(e.cost, 0), COALESCE(e.discounts, 0), COALESCE(e.purchases, 0),"
	" COALESCE(e.returns, 0), COALESCE(DATE_FORMAT(e.first_at, '%Y-%m-%d'), ''),"
	" COALESCE(DATE_FORMAT(e.last_at, '%Y-%m-%d'), ''), COALESCE(TIMESTAMPDIFF(MONTH, e.first_at, NOW()), 0),"
	" DATE_FORMAT(NOW(), '%Y-%m-%d %H:%i:%s')"
	" FROM clients c LEFT JOIN client_economics e ON e.client_id = c.id"
	" LEFT JOIN client_discounts d ON d.id = (SELECT x.id FROM client_discounts x WHERE x.client_id = c.id"
	"  AND x.revoked_at IS NULL AND x.expires_on >= CURDATE() ORDER BY x.discount_bp DESC, x.id DESC LIMIT 1)"
	" WHERE c.id = ?");

static void setting_set(struct loyalty *l, const char *name, const char *v)
{
	int n = atoi(v);
	if (strcmp(name, "loyalty_window") == 0)
		l->window_12m = strcmp(v, "12m") == 0;
	else if (strcmp(name, "loyalty_demotion") == 0)
		l->demotion = n == 1;
	else if (strcmp(name, "birthday_discount_bp") == 0)
		l->birthday_bp = n >= 0 && n <= BP_FULL ? n : 0;
	else if (strcmp(name, "birthday_window_days") == 0)
		l->birthday_days = n >= 0 && n <= 366 ? n : 0;
	else if (strcmp(name, "discount_combine") == 0)
		l->rule.sum = strcmp(v, "sum") == 0;
	else if (strcmp(name, "company_time_zone") == 0)
		snprintf(l->time_zone, sizeof(l->time_zone), "%s", v);
	else if (strcmp(name, "discount_cap_bp") == 0)
		l->rule.cap_bp = n >= 0 && n <= BP_FULL ? n : BP_FULL;
}

struct tier_ctx {
	struct request *req;
	struct loyalty *l;
};

/* Rows come with the settings first, then the tiers in ascending order (UNION ALL keeps it). */
static int loyalty_row(void *ctx, const struct db_row *row)
{
	struct tier_ctx *t = ctx;
	struct loyalty *l = t->l;
	if (row->val[0][0] == 's') {
		setting_set(l, row->val[1], row->val[2]);
		return 0;
	}
	if (l->ntiers >= TIERS_MAX)
		return 0;
	l->tier_id[l->ntiers] = atoll(row->val[1]);
	l->tier_name[l->ntiers] = arena_strdup(&t->req->arena, row->val[2]);
	l->threshold[l->ntiers] = atoll(row->val[3]);
	l->tier_bp[l->ntiers] = atoi(row->val[4]);
	l->ntiers++;
	return 0;
}

enum db_status loyalty_load(struct request *req, struct loyalty *l)
{
	memset(l, 0, sizeof(*l));
	l->rule.cap_bp = BP_FULL;
	struct tier_ctx t = { req, l };
	return db_query(req->db, &SQL_LOYALTY_ALL, DB_NOARGS, loyalty_row, &t);
}

int loyalty_tier_index(const struct loyalty *l, long long id)
{
	for (int i = 0; i < l->ntiers; i++)
		if (l->tier_id[i] == id)
			return i;
	return -1;
}

/* The offer's one row, copied into the arena. Every row is read (there is one), so that the
 * statement needs no reset afterwards, which a query stopped early does: one round trip less. */
struct offer_row {
	struct arena *a;
	char **v;
};

static int offer_row(void *ctx, const struct db_row *row)
{
	struct offer_row *r = ctx;
	if (r->v)
		return 0;
	r->v = arena_alloc(r->a, row->ncols * sizeof(char *));
	for (unsigned i = 0; i < row->ncols; i++)
		r->v[i] = row->val[i] ? arena_strndup(r->a, row->val[i], row->len[i]) : "";
	return 0;
}

enum db_status offer_load(struct request *req, const struct loyalty *l, long long client_id, int lock,
			  struct offer *o)
{
	memset(o, 0, sizeof(*o));
	enum db_status st = DB_OK;
	if (lock)
		st = db_exec(req->db, &SQL_ECONOMICS_LOCK, DB_ARGS(DB_INT(client_id)), NULL, NULL);
	struct offer_row r = { &req->arena, NULL };
	if (st == DB_OK)
		st = db_query(req->db, &SQL_OFFER, DB_ARGS(DB_INT(client_id)), offer_row, &r);
	if (st == DB_OK && r.v == NULL)
		st = DB_NOT_FOUND;
	if (st != DB_OK)
		return st;
	char **v = r.v;
	o->revenue = atoll(v[0]);
	o->held = loyalty_tier_index(l, atoll(v[1]));
	int ty, tm, td;   /* the company's date; the database's (UTC) when its zone is unknown here */
	o->today = occasion_today(l->time_zone, (long long)time(NULL), &ty, &tm, &td) == 0
		   ? arena_printf(&req->arena, "%04d-%02d-%02d", ty, tm, td) : v[2];
	o->spend = l->window_12m ? atoll(v[3]) : o->revenue;
	int reached = pricing_tier(l->threshold, l->ntiers, o->spend);
	o->tier = pricing_tier_now(o->held, reached, l->window_12m, l->demotion);
	o->tier_bp = o->tier >= 0 ? l->tier_bp[o->tier] : 0;
	int bm = atoi(v[4]), bd = atoi(v[5]);
	int y = 0, m = 0, d = 0;
	if (l->birthday_bp > 0 && bm > 0 && sscanf(o->today, "%d-%d-%d", &y, &m, &d) == 3) {
		int days = days_to_anniversary(bm, bd, y, m, d);
		if (abs(days) <= l->birthday_days) {
			o->birthday_bp = l->birthday_bp;
			o->birthday_in = days;
		}
	}
	o->personal_bp = atoi(v[6]);
	o->personal_reason = v[7];
	o->personal_until = v[8];
	o->manager_id = atoll(v[9]);
	o->cost = atoll(v[10]);
	o->discounts = atoll(v[11]);
	o->purchases = atoll(v[12]);
	o->returns = atoll(v[13]);
	o->first_at = v[14];
	o->last_at = v[15];
	o->tenure_months = atoi(v[16]);
	o->now = v[17];
	o->discount_bp = pricing_discount(&l->rule, o->tier_bp, o->birthday_bp, o->personal_bp);
	snprintf(o->why, sizeof(o->why), "%s%s%s", o->tier_bp ? "tier " : "", o->birthday_bp ? "birthday " : "",
		 o->personal_bp ? "personal " : "");
	size_t n = strlen(o->why);
	if (n)
		o->why[n - 1] = '\0';
	return DB_OK;
}

void offer_to_hdf(struct request *req, const struct loyalty *l, const struct offer *o, const char *name)
{
	HDF *h = NULL;
	NEOERR *err = hdf_get_node(req_hdf(req), name, &h);
	nerr_ignore(&err);
	hdf_put_int(h, "revenue", o->revenue);
	hdf_put_int(h, "spend", o->spend);
	hdf_put(h, "window", l->window_12m ? "12m" : "lifetime");
	if (o->tier >= 0) {
		hdf_put(h, "tier", l->tier_name[o->tier]);
		hdf_put_int(h, "tier_bp", o->tier_bp);
	}
	if (o->tier + 1 < l->ntiers) {
		hdf_put(h, "next_tier", l->tier_name[o->tier + 1]);
		hdf_put_int(h, "next_missing", l->threshold[o->tier + 1] - o->spend);
	}
	if (o->birthday_bp) {
		hdf_put_int(h, "birthday_bp", o->birthday_bp);
		hdf_put_int(h, "birthday_in", o->birthday_in);
	}
	if (o->personal_bp) {
		hdf_put_int(h, "personal_bp", o->personal_bp);
		hdf_put(h, "personal_reason", o->personal_reason);
		hdf_put(h, "personal_until", o->personal_until);
	}
	hdf_put_int(h, "discount_bp", o->discount_bp);
	hdf_put_int(h, "cost", o->cost);
	hdf_put_int(h, "margin", o->revenue - o->cost);
	hdf_put_int(h, "discounts", o->discounts);
	hdf_put_int(h, "purchases", o->purchases);
	hdf_put_int(h, "returns", o->returns);
	hdf_put_int(h, "average", o->purchases ? round_div(o->revenue, o->purchases) : 0);
	hdf_put(h, "first_at", o->first_at);
	hdf_put(h, "last_at", o->last_at);
	hdf_put_int(h, "tenure_years", o->tenure_months / 12);
	hdf_put_int(h, "tenure_months", o->tenure_months % 12);
	struct discount_rule uncapped = { .sum = l->rule.sum, .cap_bp = BP_FULL };
	hdf_put_int(h, "capped", o->discount_bp < pricing_discount(&uncapped, o->tier_bp, o->birthday_bp, o->personal_bp));
}

enum db_status discount_grant(struct request *req, long long client_id, int bp, const char *reason, const char *until,
			      long long *id)
{
	unsigned long long new_id = 0;
	enum db_status st = db_exec(req->db, &SQL_DISCOUNT_INSERT,
				    DB_ARGS(DB_INT(client_id), DB_INT(bp), DB_STR(reason), DB_STR(until), DB_INT(req->user.id)),
				    NULL, &new_id);
	struct audit_entry e = { .action = "discount_grant", .entity = "client", .entity_id = client_id,
				 .field = "personal_discount", .new_value = arena_printf(&req->arena, "%d bp until %s", bp, until),
				 .detail = reason };
	if (st == DB_OK)
		st = audit_write(req, &e);
	*id = (long long)new_id;
	return st;
}
