/* pricing.c: the arithmetic of a sale: line amounts, discounts, returns, tiers and birthdays. */
#include "pricing.h"
#include "occasion.h"
#include <stdlib.h>

long long round_div(long long n, long long d)
{
	long long q = n / d, r = n % d;
	if (llabs(r) * 2 >= d)
		q += n < 0 ? -1 : 1;
	return q;
}

int pricing_line(long long qty, long long unit_price, long long unit_cost, int discount_bp, int weight_milli,
		 struct line_amounts *out)
{
	/* bounds keep every product below 2^63: 10^6 x 10^11 x 10^5 = 10^22 would not, so the
	 * discount and the weight apply to the rounded total, never to a product of three; a line
	 * whose weighted amount would pass 10^17 is refused */
	if (qty < 1 || qty > 1000000 || unit_price < 0 || unit_price > 100000000000LL || unit_cost < 0 ||
	    unit_cost > 100000000000LL || discount_bp < 0 || discount_bp > BP_FULL || weight_milli < 1 ||
	    weight_milli > 100000)
		return -1;
	long long gross = qty * unit_price;          /* <= 10^17 */
	/* gross x bp could reach 10^21: split gross into whole and remainder of 10000 */
	long long keep = BP_FULL - discount_bp;
	long long hi = gross / BP_FULL, lo = gross % BP_FULL;
	long long total = hi * keep + round_div(lo * keep, BP_FULL);
	out->gross = gross;
	out->total = total;
	out->discount = gross - total;
	out->cost = qty * unit_cost;
	long long whi = total / WEIGHT_ONE, wlo = total % WEIGHT_ONE;
	if (whi > 100000000000000000LL / weight_milli)   /* weighted above 10^17 (and near 2^63): refused */
		return -1;
	out->weighted = whi * weight_milli + round_div(wlo * weight_milli, WEIGHT_ONE);
	return 0;
}

/* The share of amount for units a+1 .. b of qty, as the difference of two rounded cumulative
 * shares (so the steps always add up to the whole). */
static long long share(long long amount, long long qty, long long a, long long b)
{
	/* amount x units stays below 2^63 for amounts up to 10^17 and qty up to 10^6 only when split */
	long long hi = amount / qty, lo = amount % qty;
	long long upto_b = hi * b + round_div(lo * b, qty);
	long long upto_a = hi * a + round_div(lo * a, qty);
	return upto_b - upto_a;
}

int pricing_return(const struct line_amounts *orig, long long qty, long long before, long long k,
		   struct line_amounts *out)
{
	if (qty < 1 || k < 1 || before < 0 || before + k > qty)
		return -1;
	out->gross = -share(orig->gross, qty, before, before + k);
	out->total = -share(orig->total, qty, before, before + k);
	out->discount = out->gross - out->total;
	out->cost = -share(orig->cost, qty, before, before + k);
	out->weighted = -share(orig->weighted, qty, before, before + k);
	return 0;
}

int pricing_discount(const struct discount_rule *rule, int tier_bp, int birthday_bp, int personal_bp)
{
	int base = rule->sum ? tier_bp + birthday_bp : (tier_bp > birthday_bp ? tier_bp : birthday_bp);
	int all = base + personal_bp;
	int cap = rule->cap_bp < BP_FULL ? rule->cap_bp : BP_FULL;
	return all > cap ? cap : all;
}

int pricing_tier(const long long *thresholds, int n, long long spend)
{
	int found = -1;
	for (int i = 0; i < n; i++)
		if (thresholds[i] <= spend)
			found = i;
	return found;
}

int pricing_tier_now(int held, int reached, int window_12m, int demotion)
{
	if (window_12m || demotion)
		return reached;
	return held > reached ? held : reached;
}

int days_to_anniversary(int month, int day, int y, int m, int d)
{
	long today = civil_days(y, m, d);
	long best = 0;
	int have = 0;
	for (int yy = y - 1; yy <= y + 1; yy++) {
		int dd = (month == 2 && day == 29 && !civil_leap(yy)) ? 28 : day;
		long diff = civil_days(yy, month, dd) - today;
		if (!have || labs(diff) < labs(best)) {
			best = diff;
			have = 1;
		}
	}
	return (int)best;
}
