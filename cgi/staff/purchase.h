/* purchase.h: a purchase (sale, return or cancellation) and writing it with every summary that
 * depends on it, in the caller's transaction. */
#ifndef CRM_PURCHASE_H
#define CRM_PURCHASE_H
#include "loyalty.h"

#define PURCHASE_LINES 10

struct purchase_line {
	long long product_id;
	const char *sku, *name;
	long long quantity;          /* negative on a return */
	long long unit_price, unit_cost;
	int weight_milli, locomotive, discount_bp;
	int original_line;           /* a return's line of the original; 0 on a sale */
	struct line_amounts a;
};

struct purchase {
	long long id, client_id, seller_id, original_id;
	const char *kind;            /* "sale", "return" or "cancel" */
	const char *at;              /* "YYYY-MM-DD HH:MM:SS", or NULL for the offer's now */
	const char *note, *token;    /* token NULL on returns */
	int discount_bp;
	const char *why;
	int nlines;
	struct purchase_line line[PURCHASE_LINES];
	/* set by purchase_store */
	struct line_amounts sum;
	long long locomotive_units;
	int tier_before, tier_after; /* tier indexes of the loyalty, -1 for none */
};

/* The one-time token of a purchase form: the form's own when it carries a valid one, else a new
 * random one (32 hex digits in the request's arena). */
const char *purchase_form_token(struct request *req);

/* Fills a sale's line amounts from its products, quantities and discount_bp. 0, or -1 when a
 * line is out of the arithmetic's range. */
int purchase_price_sale(struct purchase *p);

/* Writes p (its lines already priced) for the client of offer o, which must have been loaded
 * with lock: the purchase, its lines, the client's economics (totals, year, month), the tier and a
 * tier change when it moves, the audit row and, last, the seller's month. p->at NULL dates it
 * o->now. Sets p->id, p->sum, p->locomotive_units and the tiers. DB_DUPLICATE when p->token was
 * used before (nothing is written then). Allocates only in the request's arena. */
enum db_status purchase_store(struct request *req, const struct loyalty *l, const struct offer *o,
			      struct purchase *p);

/* Answers the saving of a purchase or a return made under a form's one-time token, whose
 * transaction ended with st: committed, a redirect to /purchases/{id}; the token used before
 * (DB_DUPLICATE, after which this rolls back), a redirect to what it made then, found by by_token
 * with (token, owner), or 409 when it made nothing there; any other status, the error page. */
void purchase_answer(struct request *req, enum db_status st, const struct db_stmt_def *by_token, const char *token,
		     long long owner, long long id);
#endif
