/* motivation.h: the arithmetic of sales plans, the leaderboard, employee of the month and bonuses (pure).
 * Money is integer minor units (long long), percentages are basis points (10000 is 100.00%).
 * Rounding is half away from zero, as round_div in pricing.h. Products that could pass 2^63 (an
 * amount times 10000 bp) are computed in 128 bits, so every function accepts any long long amount and
 * none overflows: the few results that could not fit are clamped, as each says. Nothing allocates but
 * mot_steps_format, which appends to the caller's buf. */
#ifndef CRM_MOTIVATION_H
#define CRM_MOTIVATION_H
#include <stddef.h>
#include "buf.h"

/* What the functions that take a plan return: 0, MOT_NO_PLAN (not an error: the plan is <= 0, and
 * no figure is given for it, never 0% or a division by zero), or MOT_EINVAL (a bad argument). */
#define MOT_OK 0
#define MOT_NO_PLAN 1
#define MOT_EINVAL (-1)

/* Achievements beyond +-MOT_BP_MAX basis points (a plan of 1 centavo against millions) are clamped
 * to it, so that they always fit a long long and print sanely. */
#define MOT_BP_MAX 1000000000000000LL

/* a x b / d rounded half away from zero, with the product in 128 bits. d > 0 (d <= 0 gives 0); the
 * result is clamped to the long long range. */
long long mot_muldiv(long long a, long long b, long long d);

/* Achievement of a plan: weighted * 10000 / plan in basis points, rounded half up (away from zero),
 * into *bp: 100.00% is 10000; a month of returns gives a negative figure. MOT_OK, or MOT_NO_PLAN
 * when plan <= 0 (then *bp is set to 0, which is not a figure to show). Clamped to +-MOT_BP_MAX. */
int mot_achievement(long long weighted, long long plan, long long *bp);

/* A person's contribution: their weighted revenue as a share of the company's plan, in basis points,
 * with the same rounding, clamp and MOT_NO_PLAN as mot_achievement (it is the same division). */
int mot_contribution(long long weighted, long long company_plan, long long *bp);

/* Whether weighted reaches threshold_bp of plan, compared exactly (weighted * 10000 >= threshold_bp
 * * plan, never with the rounded achievement: 99.995% shows as "100.00%" but has not reached 100%).
 * 1 or 0; 0 when plan <= 0. */
int mot_reached(long long weighted, long long plan, long long threshold_bp);

/* What is left to reach the plan: plan - weighted, or 0 once reached, into *left. MOT_OK or MOT_NO_PLAN
 * (then *left is 0). Never overflows (saturates at LLONG_MAX after a month of enormous returns). */
int mot_left(long long weighted, long long plan, long long *left);

/* The days of month (1..12) of year (1..9999), Gregorian leap years: 28..31, or -1 when out of range. */
int mot_days_in_month(int year, int month);

/* The plan's pace: where the company should be at the end of day `day` (0..days) of a month of `days`
 * (1..31) days: plan * day / days rounded half up, into *pace (day 0 is 0, day `days` is the plan).
 * MOT_OK, MOT_NO_PLAN when plan <= 0 (*pace 0), MOT_EINVAL when day or days is out of range. */
int mot_pace(long long plan, int day, int days, long long *pace);

/* One person's month on the board. The caller fills everything but rank; data is the caller's own
 * pointer (e.g. to the name), carried along untouched when mot_rank reorders the rows. */
struct mot_row {
	long long staff_id;         /* unique on one board */
	long long weighted;         /* weighted revenue, minor units */
	long long revenue;          /* plain revenue, minor units */
	long long locomotive_units; /* units of locomotive products sold (net of returns) */
	long long purchases;        /* number of sales */
	long long plan;             /* personal plan in weighted revenue; <= 0 none */
	int rank;                   /* set by mot_rank: 1..n */
	const void *data;
};

/* The board's order, "better first": -1 when a comes before b, 1 after, 0 only for the same staff id
 * with equal figures. The rule, which never depends on input order or on chance: weighted revenue
 * descending, then revenue descending, then locomotive units descending, then number of sales
 * descending, then staff id ascending. */
int mot_row_cmp(const struct mot_row *a, const struct mot_row *b);

/* Sorts rows[0..n) by mot_row_cmp and numbers them: rank is 1..n, unique (a tie in every figure is
 * decided by the staff id, so two people never share a rank). MOT_OK, or MOT_EINVAL when two rows
 * carry the same staff id (the rows are still sorted and numbered, but the order between those two
 * is unspecified). rows may be NULL when n is 0. */
int mot_rank(struct mot_row *rows, size_t n);

/* The change of rank of staff_id, now at rank_today, since the ranked rows `before` (e.g. the board
 * as of yesterday): before's rank - rank_today into *change, so positive means moved up (was 5th,
 * now 3rd: +2). 0, or -1 (no change value; *change set to 0) when staff_id is not in before. */
int mot_rank_change(const struct mot_row *before, size_t n_before, long long staff_id, int rank_today,
		    int *change);

/* The employee-of-the-month proposal: among the rows with a plan (> 0), weighted revenue > 0 and
 * weighted reaching min_bp of the plan (mot_reached; the rule's setting, 10000 by default), the
 * first by mot_row_cmp. Rows need not be sorted. Its index in rows, or -1 when nobody qualifies. */
#define MOT_EOTM_MIN_BP_DEFAULT 10000
ptrdiff_t mot_employee_of_month(const struct mot_row *rows, size_t n, long long min_bp);

/* Percentage bonus: pct_bp (0..10000) of the weighted revenue above the plan, rounded half up, into
 * *bonus; 0 when at or below the plan. MOT_OK, MOT_NO_PLAN (plan <= 0: *bonus 0), or MOT_EINVAL
 * (pct_bp out of range: *bonus 0). */
int mot_bonus_percent(long long weighted, long long plan, int pct_bp, long long *bonus);

/* Step bonus rule: up to MOT_STEPS_MAX steps of (threshold, amount), thresholds strictly ascending.
 * The usual thresholds are 100%, 120% and 150% of plan. */
#define MOT_STEPS_MAX 5
#define MOT_STEP_BP_MIN 1          /* 0.01% */
#define MOT_STEP_BP_MAX 100000     /* 1000.00% */
#define MOT_STEP_AMOUNT_MAX 1000000000000000LL   /* 10^15 minor units */
struct mot_steps {
	int n;
	long long threshold_bp[MOT_STEPS_MAX];   /* MOT_STEP_BP_MIN..MOT_STEP_BP_MAX, strictly ascending */
	long long amount[MOT_STEPS_MAX];         /* 0..MOT_STEP_AMOUNT_MAX, never decreasing */
};

/* Step bonus: the amount of the highest step whose threshold the weighted revenue reaches
 * (mot_reached: exact, so 119.99% does not reach 120%), into *bonus; 0 below the first step.
 * MOT_OK, MOT_NO_PLAN (plan <= 0: *bonus 0) or MOT_EINVAL (steps that mot_steps_parse would refuse). */
int mot_bonus_steps(const struct mot_steps *steps, long long weighted, long long plan, long long *bonus);

/* Why a steps setting was refused. */
enum mot_steps_err {
	MOT_STEPS_OK = 0,
	MOT_STEPS_EMPTY,          /* no text, or nothing between two commas */
	MOT_STEPS_SYNTAX,         /* not PERCENT:AMOUNT (spaces, signs, letters, a missing colon, ...) */
	MOT_STEPS_TOO_MANY,       /* more than MOT_STEPS_MAX steps */
	MOT_STEPS_PERCENT_RANGE,  /* a percent of 0, above 1000, or with more than two decimals */
	MOT_STEPS_NEGATIVE,       /* a negative amount (a minus right after the colon) */
	MOT_STEPS_AMOUNT_RANGE,   /* an amount above MOT_STEP_AMOUNT_MAX */
	MOT_STEPS_UNSORTED,       /* thresholds not strictly ascending (a repeat included) */
	MOT_STEPS_AMOUNT_ORDER,   /* a higher step paying less than a lower one */
	MOT_STEPS_ERR__MAX
};

/* Parses the steps setting: comma-separated PERCENT:AMOUNT items, no spaces, thresholds ascending,
 * e.g. "100:500000,120:800000,150:1500000" (100% pays 5,000.00 in a currency of two decimals).
 * PERCENT is the percent of plan, a whole number or with one or two decimals ("112.5" is 11250 bp);
 * AMOUNT is whole minor units. Fills *out on success; on an error *out is zeroed. */
enum mot_steps_err mot_steps_parse(const char *text, struct mot_steps *out);

/* A short stable ASCII name of the error, for building a message key: "ok", "empty", "syntax",
 * "too_many", "percent_range", "negative", "amount_range", "unsorted", "amount_order"; "unknown"
 * for a value outside the enum. Static storage. */
const char *mot_steps_err_name(enum mot_steps_err err);

/* Appends the canonical text of steps to out (the form mot_steps_parse reads back to the same
 * steps: "100:500000,112.5:600000"). MOT_OK, or MOT_EINVAL (nothing appended) for invalid steps. */
int mot_steps_format(const struct mot_steps *steps, struct buf *out);
#endif
