/* motivation.c: the arithmetic of sales plans, the leaderboard, employee of the month and bonuses. */
#include "motivation.h"
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#define BP_ONE 10000

/* round_div's rule (pricing.h), for a product that may not fit 64 bits: the quotient, moved one away
 * from zero when the remainder is at least half the divisor. The unit tests check both agree. */
long long mot_muldiv(long long a, long long b, long long d)
{
	if (d <= 0)
		return 0;
	__int128 n = (__int128)a * b;
	__int128 q = n / d, r = n % d;
	if ((r < 0 ? -r : r) * 2 >= d)
		q += n < 0 ? -1 : 1;
	if (q > LLONG_MAX)
		return LLONG_MAX;
	if (q < LLONG_MIN)
		return LLONG_MIN;
	return (long long)q;
}

int mot_achievement(long long weighted, long long plan, long long *bp)
{
	*bp = 0;
	if (plan <= 0)
		return MOT_NO_PLAN;
	long long v = mot_muldiv(weighted, BP_ONE, plan);
	*bp = v > MOT_BP_MAX ? MOT_BP_MAX : v < -MOT_BP_MAX ? -MOT_BP_MAX : v;
	return MOT_OK;
}

int mot_contribution(long long weighted, long long company_plan, long long *bp)
{
	return mot_achievement(weighted, company_plan, bp);
}

int mot_reached(long long weighted, long long plan, long long threshold_bp)
{
	if (plan <= 0)
		return 0;
	return (__int128)weighted * BP_ONE >= (__int128)threshold_bp * plan;
}

int mot_left(long long weighted, long long plan, long long *left)
{
	*left = 0;
	if (plan <= 0)
		return MOT_NO_PLAN;
	if (weighted < plan) {
		__int128 d = (__int128)plan - weighted;
		*left = d > LLONG_MAX ? LLONG_MAX : (long long)d;
	}
	return MOT_OK;
}

int mot_days_in_month(int year, int month)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (year < 1 || year > 9999 || month < 1 || month > 12)
		return -1;
	if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
		return 29;
	return days[month - 1];
}

int mot_pace(long long plan, int day, int days, long long *pace)
{
	*pace = 0;
	if (days < 1 || days > 31 || day < 0 || day > days)
		return MOT_EINVAL;
	if (plan <= 0)
		return MOT_NO_PLAN;
	*pace = mot_muldiv(plan, day, days);
	return MOT_OK;
}

/* -1 when x should come first because it is larger, 1 when smaller, else 0 */
static int desc(long long x, long long y)
{
	return x > y ? -1 : x < y ? 1 : 0;
}

int mot_row_cmp(const struct mot_row *a, const struct mot_row *b)
{
	int c;
	if ((c = desc(a->weighted, b->weighted)) != 0)
		return c;
	if ((c = desc(a->revenue, b->revenue)) != 0)
		return c;
	if ((c = desc(a->locomotive_units, b->locomotive_units)) != 0)
		return c;
	if ((c = desc(a->purchases, b->purchases)) != 0)
		return c;
	return -desc(a->staff_id, b->staff_id);
}

static int row_cmp_q(const void *a, const void *b)
{
	return mot_row_cmp(a, b);
}

static int row_id_q(const void *a, const void *b)
{
	const struct mot_row *x = a, *y = b;
	return x->staff_id < y->staff_id ? -1 : x->staff_id > y->staff_id;
}

int mot_rank(struct mot_row *rows, size_t n)
{
	int dup = 0;
	if (n == 0)
		return MOT_OK;
	/* find repeated ids without allocating: sort by id first, then into board order */
	qsort(rows, n, sizeof *rows, row_id_q);
	for (size_t i = 1; i < n; i++)
		if (rows[i].staff_id == rows[i - 1].staff_id)
			dup = 1;
	qsort(rows, n, sizeof *rows, row_cmp_q);
	for (size_t i = 0; i < n; i++)
		rows[i].rank = i < INT_MAX ? (int)i + 1 : INT_MAX;
	return dup ? MOT_EINVAL : MOT_OK;
}

int mot_rank_change(const struct mot_row *before, size_t n_before, long long staff_id, int rank_today,
		    int *change)
{
	*change = 0;
	for (size_t i = 0; i < n_before; i++)
		if (before[i].staff_id == staff_id) {
			*change = before[i].rank - rank_today;
			return 0;
		}
	return -1;
}

ptrdiff_t mot_employee_of_month(const struct mot_row *rows, size_t n, long long min_bp)
{
	ptrdiff_t best = -1;
	for (size_t i = 0; i < n; i++) {
		const struct mot_row *r = &rows[i];
		if (r->plan <= 0 || r->weighted <= 0 || !mot_reached(r->weighted, r->plan, min_bp))
			continue;
		if (best < 0 || mot_row_cmp(r, &rows[best]) < 0)
			best = (ptrdiff_t)i;
	}
	return best;
}

int mot_bonus_percent(long long weighted, long long plan, int pct_bp, long long *bonus)
{
	*bonus = 0;
	if (pct_bp < 0 || pct_bp > BP_ONE)
		return MOT_EINVAL;
	if (plan <= 0)
		return MOT_NO_PLAN;
	if (weighted > plan)   /* plan > 0, so weighted - plan cannot overflow */
		*bonus = mot_muldiv(weighted - plan, pct_bp, BP_ONE);
	return MOT_OK;
}

/* Whether steps obey what mot_steps_parse enforces: MOT_STEPS_OK or the first rule broken. */
static enum mot_steps_err steps_check(const struct mot_steps *s)
{
	if (s->n < 1)
		return MOT_STEPS_EMPTY;
	if (s->n > MOT_STEPS_MAX)
		return MOT_STEPS_TOO_MANY;
	for (int i = 0; i < s->n; i++) {
		if (s->threshold_bp[i] < MOT_STEP_BP_MIN || s->threshold_bp[i] > MOT_STEP_BP_MAX)
			return MOT_STEPS_PERCENT_RANGE;
		if (s->amount[i] < 0)
			return MOT_STEPS_NEGATIVE;
		if (s->amount[i] > MOT_STEP_AMOUNT_MAX)
			return MOT_STEPS_AMOUNT_RANGE;
	}
	for (int i = 1; i < s->n; i++) {
		if (s->threshold_bp[i] <= s->threshold_bp[i - 1])
			return MOT_STEPS_UNSORTED;
		if (s->amount[i] < s->amount[i - 1])
			return MOT_STEPS_AMOUNT_ORDER;
	}
	return MOT_STEPS_OK;
}

int mot_bonus_steps(const struct mot_steps *steps, long long weighted, long long plan, long long *bonus)
{
	*bonus = 0;
	if (steps_check(steps) != MOT_STEPS_OK)
		return MOT_EINVAL;
	if (plan <= 0)
		return MOT_NO_PLAN;
	for (int i = 0; i < steps->n; i++)
		if (mot_reached(weighted, plan, steps->threshold_bp[i]))
			*bonus = steps->amount[i];
	return MOT_OK;
}

/* Reads the digits at *p into *v (at least one; stops counting past cap, setting *big). Returns the
 * number of digits read. */
static int read_digits(const char **p, long long cap, long long *v, int *big)
{
	int k = 0;
	*v = 0;
	while (**p >= '0' && **p <= '9') {
		if (*v > cap)
			*big = 1;
		else
			*v = *v * 10 + (**p - '0');
		(*p)++;
		k++;
	}
	return k;
}

/* One PERCENT:AMOUNT item at *p, up to (not past) the next ',' or the end. */
static enum mot_steps_err parse_item(const char **p, long long *bp, long long *amount)
{
	long long whole, frac = 0, amt;
	int big = 0;
	if (**p == ',' || **p == '\0')
		return MOT_STEPS_EMPTY;
	if (read_digits(p, MOT_STEP_BP_MAX, &whole, &big) == 0)
		return MOT_STEPS_SYNTAX;
	if (**p == '.') {
		(*p)++;
		int k = read_digits(p, MOT_STEP_BP_MAX, &frac, &big);
		if (k == 0)
			return MOT_STEPS_SYNTAX;
		if (k > 2)
			return MOT_STEPS_PERCENT_RANGE;
		if (k == 1)
			frac *= 10;
	}
	if (**p != ':')
		return MOT_STEPS_SYNTAX;
	(*p)++;
	if (big || whole * 100 + frac < MOT_STEP_BP_MIN || whole * 100 + frac > MOT_STEP_BP_MAX)
		return MOT_STEPS_PERCENT_RANGE;
	if (**p == '-' && (*p)[1] >= '0' && (*p)[1] <= '9')
		return MOT_STEPS_NEGATIVE;
	if (read_digits(p, MOT_STEP_AMOUNT_MAX, &amt, &big) == 0)
		return MOT_STEPS_SYNTAX;
	if (**p != ',' && **p != '\0')
		return MOT_STEPS_SYNTAX;
	if (big || amt > MOT_STEP_AMOUNT_MAX)
		return MOT_STEPS_AMOUNT_RANGE;
	*bp = whole * 100 + frac;
	*amount = amt;
	return MOT_STEPS_OK;
}

enum mot_steps_err mot_steps_parse(const char *text, struct mot_steps *out)
{
	struct mot_steps s;
	enum mot_steps_err err = MOT_STEPS_OK;
	memset(&s, 0, sizeof s);
	memset(out, 0, sizeof *out);
	if (text == NULL || *text == '\0')
		return MOT_STEPS_EMPTY;
	const char *p = text;
	for (;;) {
		if (s.n == MOT_STEPS_MAX) {
			err = MOT_STEPS_TOO_MANY;
			break;
		}
		err = parse_item(&p, &s.threshold_bp[s.n], &s.amount[s.n]);
		if (err != MOT_STEPS_OK)
			break;
		s.n++;
		if (*p == '\0')
			break;
		p++;   /* the comma; an item must follow it */
	}
	if (err == MOT_STEPS_OK)
		err = steps_check(&s);
	if (err == MOT_STEPS_OK)
		*out = s;
	return err;
}

const char *mot_steps_err_name(enum mot_steps_err err)
{
	static const char *const names[MOT_STEPS_ERR__MAX] = {
		"ok",             /* MOT_STEPS_OK */
		"empty",          /* MOT_STEPS_EMPTY */
		"syntax",         /* MOT_STEPS_SYNTAX */
		"too_many",       /* MOT_STEPS_TOO_MANY */
		"percent_range",  /* MOT_STEPS_PERCENT_RANGE */
		"negative",       /* MOT_STEPS_NEGATIVE */
		"amount_range",   /* MOT_STEPS_AMOUNT_RANGE */
		"unsorted",       /* MOT_STEPS_UNSORTED */
		"amount_order",   /* MOT_STEPS_AMOUNT_ORDER */
	};
	if ((int)err < 0 || err >= MOT_STEPS_ERR__MAX || names[err] == NULL)
		return "unknown";
	return names[err];
}

int mot_steps_format(const struct mot_steps *steps, struct buf *out)
{
	if (steps_check(steps) != MOT_STEPS_OK)
		return MOT_EINVAL;
	for (int i = 0; i < steps->n; i++) {
		long long bp = steps->threshold_bp[i], whole = bp / 100, frac = bp % 100;
		buf_printf(out, "%s%lld", i ? "," : "", whole);
		if (frac % 10 != 0)
			buf_printf(out, ".%02lld", frac);
		else if (frac != 0)
			buf_printf(out, ".%lld", frac / 10);
		buf_printf(out, ":%lld", steps->amount[i]);
	}
	return MOT_OK;
}
