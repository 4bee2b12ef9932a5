/* pricing.h: the arithmetic of a sale: line amounts, discounts, returns, tiers and birthdays (pure). */
#ifndef CRM_PRICING_H
#define CRM_PRICING_H

/* Discounts are basis points (300 is 3.00%); weights are thousandths (1500 is 1.5). */
#define BP_FULL 10000
#define WEIGHT_ONE 1000

/* What one purchase line comes to, in minor units. On a return every amount is negative. */
struct line_amounts {
	long long gross;      /* quantity x unit price */
	long long discount;   /* gross - total */
	long long total;      /* gross less the discount, rounded half up (away from zero) */
	long long cost;       /* quantity x unit cost */
	long long weighted;   /* total x weight, rounded half up */
};

/* n / d rounded half away from zero (d > 0). */
long long round_div(long long n, long long d);

/* The amounts of qty (1..1,000,000) units at unit_price and unit_cost (0..10^11 minor units) with
 * discount_bp (0..10000) and weight_milli (1..100000). 0, or -1 when a value is out of range. */
int pricing_line(long long qty, long long unit_price, long long unit_cost, int discount_bp, int weight_milli,
		 struct line_amounts *out);

/* The refund for returning k more units of an original line of qty units, of which `before`
 * were returned already: the share of each original amount for units before+1 .. before+k,
 * negated, so that returning every unit in any number of steps gives back exactly the
 * original amounts. 0, or -1 when k < 1 or before + k > qty. */
int pricing_return(const struct line_amounts *orig, long long qty, long long before, long long k,
		   struct line_amounts *out);

/* How the discounts of a sale combine. */
struct discount_rule {
	int sum;          /* 0: the larger of tier and birthday; 1: their sum */
	int cap_bp;       /* the most a sale gets in all */
};
/* The discount of a sale: tier and birthday combined by the rule, plus a personal discount,
 * capped. */
int pricing_discount(const struct discount_rule *rule, int tier_bp, int birthday_bp, int personal_bp);

/* The index of the tier a spend reaches in thresholds (ascending, n of them), or -1 for none. */
int pricing_tier(const long long *thresholds, int n, long long spend);

/* The tier a client holds, given the tier held until now and the one their spend reaches
 * (indexes, -1 for none): with a 12-month window, or when demotion is on, what the spend reaches;
 * otherwise a tier once reached is kept. */
int pricing_tier_now(int held, int reached, int window_12m, int demotion);

/* Days from the date y-m-d to the nearest anniversary of month/day (in the year before, the same
 * or the next): 0 on the day, negative when it has passed (-3: three days ago). 29 February is
 * kept on 28 February in common years. */
int days_to_anniversary(int month, int day, int y, int m, int d);
#endif
