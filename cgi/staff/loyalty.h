/* loyalty.h: the loyalty settings and tiers, and the discount a client's next sale gets. */
#ifndef CRM_LOYALTY_H
#define CRM_LOYALTY_H
#include "db.h"
#include "pricing.h"
#include "request.h"

#define TIERS_MAX 20

/* The settings table and the tiers, ascending by threshold. Names live in the request's arena. */
struct loyalty {
	int window_12m;        /* spend counted over this month and the 11 before, not a lifetime */
	int demotion;          /* a return may move a client down (lifetime window) */
	int birthday_bp, birthday_days;
	struct discount_rule rule;
	int ntiers;
	long long tier_id[TIERS_MAX], threshold[TIERS_MAX];
	int tier_bp[TIERS_MAX];
	const char *tier_name[TIERS_MAX];
	char time_zone[65];    /* the company's: what "today" is for the birthday discount */
};
/* Reads settings and tiers. */
enum db_status loyalty_load(struct request *req, struct loyalty *l);
/* The index of tier id in l, or -1. */
int loyalty_tier_index(const struct loyalty *l, long long id);

/* What a client's next sale gets, and why. Strings live in the request's arena. */
struct offer {
	long long revenue;      /* lifetime, net of returns */
	long long spend;        /* what the tiers read: revenue, or the 12-month window's */
	int held;               /* the tier index kept in the client's summary (-1: none) */
	int tier;               /* the tier index that applies now */
	int tier_bp, birthday_bp, personal_bp, discount_bp;
	int birthday_in;        /* days to the birthday when the birthday discount applies */
	const char *personal_reason, *personal_until;
	const char *today;      /* the company's date (its time zone), YYYY-MM-DD */
	const char *now;        /* and its time, YYYY-MM-DD HH:MM:SS: the date of a purchase stored with this offer */
	long long manager_id;   /* the client's account manager, 0 for none */
	/* the economics of the relationship, from the client's summary row */
	long long cost, discounts, purchases, returns;
	const char *first_at, *last_at;   /* of sales, YYYY-MM-DD or "" */
	int tenure_months;                /* since the first sale */
	char why[40];           /* "tier birthday personal", the parts that count */
};
/* Loads the offer for client_id. With lock (inside a transaction), first makes and locks the
 * client's summary row (one statement), so that purchases of one client are written one after
 * another and the offer read is the latest (when the transaction has read nothing before: its
 * snapshot is taken at the first plain read). DB_NOT_FOUND when there is no such client. */
enum db_status offer_load(struct request *req, const struct loyalty *l, long long client_id, int lock,
			  struct offer *o);
/* Puts the offer and the economics under name (tier, tier_name, tier_bp, birthday_bp, personal_*, discount_bp, spend,
 * next tier and what is missing to reach it). */
void offer_to_hdf(struct request *req, const struct loyalty *l, const struct offer *o, const char *name);
/* Grants client_id a personal discount of bp until the date (YYYY-MM-DD) for reason, by req's
 * user, with its audit row, in the caller's transaction; *id gets the discount's id. */
enum db_status discount_grant(struct request *req, long long client_id, int bp, const char *reason, const char *until,
			      long long *id);
#endif
