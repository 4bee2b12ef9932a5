/* test_motivation.c: unit tests of the leaderboard, plan and bonus arithmetic (motivation.c) and of the
 * SVG charts (svg_chart.c). Every expected value was worked out by hand from the header comments; the
 * working is in the comment beside each check. Entry: test_motivation(&tap_run, &tap_failed), which
 * adds this file's counts to the caller's (tap.h's counters are per file). */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tap.h"
#include "xml_check.h"
#include "buf.h"
#include "pricing.h"
#include "motivation.h"
#include "svg_chart.h"

void test_motivation(int *run, int *failed);

static long long ach(long long w, long long plan)
{
	long long bp = 123456789;
	int r = mot_achievement(w, plan, &bp);
	return r == MOT_OK ? bp : -999999999;
}

static void test_mot_arith(void)
{
	long long v;
	/* mot_muldiv: half away from zero, like round_div */
	CHECK(mot_muldiv(5, 1, 2) == 3 && mot_muldiv(-5, 1, 2) == -3 && mot_muldiv(7, 3, 2) == 11 &&
	      mot_muldiv(4, 1, 3) == 1 && mot_muldiv(-4, 1, 3) == -1, "muldiv: 2.5 -> 3, -2.5 -> -3, 10.5 -> 11, 1.33 -> 1");
	/* (2^63-1) x 2 / 2 needs 65 bits in between; 10^15 x 10^4 / 3 = 3333333333333333333.33 */
	CHECK(mot_muldiv(LLONG_MAX, 2, 2) == LLONG_MAX && mot_muldiv(1000000000000000LL, 10000, 3) == 3333333333333333333LL,
	      "muldiv: products past 2^63 are exact");
	CHECK(mot_muldiv(LLONG_MAX, LLONG_MAX, 1) == LLONG_MAX && mot_muldiv(LLONG_MIN, LLONG_MAX, 1) == LLONG_MIN &&
	      mot_muldiv(5, 5, 0) == 0, "muldiv: clamped to long long; divisor 0 gives 0");
	/* the same rule as round_div wherever the product fits 64 bits (a fixed pseudo-random walk) */
	unsigned long long x = 88172645463325252ULL;
	int same = 1;
	for (int i = 0; i < 20000; i++) {
		x ^= x << 13, x ^= x >> 7, x ^= x << 17;
		long long a = (long long)(x % 2000001) - 1000000, b = (long long)((x >> 21) % 20001) - 10000;
		long long d = (long long)((x >> 40) % 999) + 1;
		if (mot_muldiv(a, b, d) != round_div(a * b, d))
			same = 0;
	}
	CHECK(same, "muldiv agrees with pricing's round_div on 20000 products that fit 64 bits");

	/* achievement */
	CHECK(ach(100000, 100000) == 10000, "achievement: exactly the plan is 100.00%% (10000 bp)");
	CHECK(ach(99995, 100000) == 10000 && ach(99994, 100000) == 9999, "achievement: 9999.5 bp rounds up, 9999.4 down");
	CHECK(ach(1, 3) == 3333 && ach(2, 3) == 6667, "achievement: 1/3 = 3333.3 -> 3333, 2/3 = 6666.7 -> 6667");
	CHECK(ach(1, 20000) == 1 && ach(1, 20001) == 0, "achievement: 0.5 bp -> 1, 0.49998 bp -> 0");
	CHECK(ach(-1, 20000) == -1 && ach(-2, 3) == -6667 && ach(-1, 3) == -3333,
	      "achievement: negatives round away from zero (-0.5 -> -1, -6666.7 -> -6667)");
	CHECK(ach(-50000, 100000) == -5000 && ach(0, 100000) == 0, "achievement: returns give -50.00%%; no sales 0.00%%");
	CHECK(ach(250000, 100000) == 25000, "achievement: 250.00%%");
	v = 7;
	CHECK(mot_achievement(5000, 0, &v) == MOT_NO_PLAN && v == 0 && mot_achievement(5000, -100, &v) == MOT_NO_PLAN &&
	      mot_achievement(0, 0, &v) == MOT_NO_PLAN, "achievement: plan 0 or negative is 'no plan', not 0%% nor a crash");
	/* 10^15 / 7x10^14 = 1.428571 -> 14285.71 bp -> 14286; 10^19/3 bp clamps to 10^15 */
	CHECK(ach(1000000000000000LL, 700000000000000LL) == 14286 && ach(1000000000000000LL, 3) == MOT_BP_MAX &&
	      ach(LLONG_MIN, 1) == -MOT_BP_MAX && ach(LLONG_MAX, LLONG_MAX) == 10000 &&
	      ach(999999999999999LL, 1000000000000000LL) == 10000,
	      "achievement: amounts of 10^15 and beyond are exact, absurd figures clamp at MOT_BP_MAX");
	/* contribution: 25,000 of a 1,000,000 plan = 2.50%; 1234567 x 10000 / 98765432: 98765432 x 124 =
	 * 12246913568, remainder 98756432 >= half of 98765432 -> 125 */
	CHECK(mot_contribution(25000, 1000000, &v) == MOT_OK && v == 250, "contribution: 2.50%%");
	CHECK(mot_contribution(1234567, 98765432, &v) == MOT_OK && v == 125, "contribution: 124.9999 bp -> 125");
	CHECK(mot_contribution(-1000, 1000000, &v) == MOT_OK && v == -10, "contribution: negative for a month of returns");
	CHECK(mot_contribution(1000, 0, &v) == MOT_NO_PLAN, "contribution: no company plan");

	/* reached: exact */
	CHECK(mot_reached(100000, 100000, 10000) && !mot_reached(99999, 100000, 10000) && !mot_reached(99995, 100000, 10000),
	      "reached: exactly at plan yes; 99.995%% (shown as 100.00%%) no");
	CHECK(mot_reached(120000, 100000, 12000) && !mot_reached(119999, 100000, 12000) && !mot_reached(5, 0, 0) &&
	      mot_reached(LLONG_MAX, LLONG_MAX, 10000) && !mot_reached(LLONG_MAX - 1, LLONG_MAX, 10000),
	      "reached: 120%% step, no plan never, 128-bit comparison at the limit");

	/* left */
	CHECK(mot_left(30000, 100000, &v) == MOT_OK && v == 70000, "left: 700.00 to go");
	CHECK(mot_left(100000, 100000, &v) == MOT_OK && v == 0 && mot_left(150000, 100000, &v) == MOT_OK && v == 0,
	      "left: 0 once reached or passed");
	CHECK(mot_left(-5000, 100000, &v) == MOT_OK && v == 105000, "left: returns add to what is left");
	CHECK(mot_left(LLONG_MIN, LLONG_MAX, &v) == MOT_OK && v == LLONG_MAX && mot_left(1, 0, &v) == MOT_NO_PLAN && v == 0,
	      "left: saturates, no plan");

	/* days in month */
	CHECK(mot_days_in_month(2024, 2) == 29 && mot_days_in_month(2023, 2) == 28 && mot_days_in_month(2000, 2) == 29 &&
	      mot_days_in_month(1900, 2) == 28, "days: leap February 2024 and 2000, not 2023 or 1900");
	CHECK(mot_days_in_month(2025, 1) == 31 && mot_days_in_month(2025, 4) == 30 && mot_days_in_month(2025, 12) == 31 &&
	      mot_days_in_month(2025, 9) == 30, "days: 31 January, 30 April, 31 December, 30 September");
	CHECK(mot_days_in_month(2025, 0) < 0 && mot_days_in_month(2025, 13) < 0 && mot_days_in_month(0, 1) < 0,
	      "days: month 0, 13 and year 0 refused");

	/* pace: 100000 x 1 / 31 = 3225.8 -> 3226; 100000 / 28 = 3571.4 -> 3571; 100 / 8 = 12.5 -> 13 */
	CHECK(mot_pace(100000, 1, 31, &v) == MOT_OK && v == 3226, "pace: day 1 of 31");
	CHECK(mot_pace(100000, 31, 31, &v) == MOT_OK && v == 100000 && mot_pace(100000, 29, 29, &v) == MOT_OK && v == 100000,
	      "pace: the last day is the plan (31 and leap 29)");
	CHECK(mot_pace(100000, 0, 30, &v) == MOT_OK && v == 0 && mot_pace(100000, 15, 30, &v) == MOT_OK && v == 50000,
	      "pace: day 0 is 0, mid-month is half");
	CHECK(mot_pace(100000, 1, 28, &v) == MOT_OK && v == 3571 && mot_pace(100, 1, 8, &v) == MOT_OK && v == 13,
	      "pace: rounding half up");
	/* 3.1x10^18 x 30 needs more than 64 bits; / 31 = 3x10^18 */
	CHECK(mot_pace(3100000000000000000LL, 30, 31, &v) == MOT_OK && v == 3000000000000000000LL, "pace: no overflow");
	CHECK(mot_pace(100000, 32, 31, &v) == MOT_EINVAL && mot_pace(100000, -1, 31, &v) == MOT_EINVAL &&
	      mot_pace(100000, 1, 0, &v) == MOT_EINVAL && mot_pace(100000, 1, 32, &v) == MOT_EINVAL,
	      "pace: day out of 0..days, days out of 1..31 refused");
	CHECK(mot_pace(0, 10, 30, &v) == MOT_NO_PLAN && v == 0, "pace: no plan");
}

/* The board in the order the rule gives (worked out by hand):
 * F weighted 6000 beats everyone; E, D, C, B, A all have 5000: E has the most revenue (9500); D, C,
 * B, A have 9000, D has the most locomotive units (4); C, B, A have 3, C the most sales (11); B and
 * A tie in everything, B's id 3 < A's id 7; then H (no sales, 0) and G (a month of returns). */
static const struct mot_row BOARD[] = {
	{ 1, 6000, 100, 0, 1, 5000, 0, "F" },
	{ 8, 5000, 9500, 0, 0, 0, 0, "E" },
	{ 2, 5000, 9000, 4, 1, 5000, 0, "D" },
	{ 9, 5000, 9000, 3, 11, 5000, 0, "C" },
	{ 3, 5000, 9000, 3, 10, 4000, 0, "B" },
	{ 7, 5000, 9000, 3, 10, 4000, 0, "A" },
	{ 4, 0, 0, 0, 0, 1000, 0, "H" },
	{ 5, -200, -300, -1, 0, 1000, 0, "G" },
};
#define NBOARD (sizeof BOARD / sizeof BOARD[0])

static int board_is_expected(const struct mot_row *rows)
{
	for (size_t i = 0; i < NBOARD; i++)
		if (rows[i].staff_id != BOARD[i].staff_id || rows[i].rank != (int)i + 1 ||
		    strcmp(rows[i].data, BOARD[i].data) != 0)
			return 0;
	return 1;
}

static void test_mot_rank(void)
{
	struct mot_row rows[NBOARD], perm[NBOARD];
	/* every one of the 8! input orders gives the same board (Heap's algorithm over the permutations) */
	int c[NBOARD] = { 0 }, all_same = 1, rc_ok = 1;
	size_t count = 0;
	memcpy(perm, BOARD, sizeof perm);
	for (size_t i = 0; i < NBOARD / 2; i++) {   /* start reversed, so the first order is not the answer */
		struct mot_row t = perm[i];
		perm[i] = perm[NBOARD - 1 - i];
		perm[NBOARD - 1 - i] = t;
	}
	for (size_t i = 0;;) {
		memcpy(rows, perm, sizeof rows);
		if (mot_rank(rows, NBOARD) != MOT_OK)
			rc_ok = 0;
		if (!board_is_expected(rows))
			all_same = 0;
		count++;
		while (i < NBOARD && c[i] >= (int)i) {
			c[i] = 0;
			i++;
		}
		if (i >= NBOARD)
			break;
		size_t j = (i % 2 == 0) ? 0 : (size_t)c[i];
		struct mot_row t = perm[j];
		perm[j] = perm[i];
		perm[i] = t;
		c[i]++;
		i = 0;
	}
	CHECK(count == 40320 && all_same && rc_ok,
	      "rank: all 40320 input orders give F E D C B A H G, ranks 1..8 (ties on every key)");
	/* each key on its own, both ways round */
	CHECK(mot_row_cmp(&BOARD[0], &BOARD[1]) < 0 && mot_row_cmp(&BOARD[1], &BOARD[0]) > 0, "rank: weighted first");
	CHECK(mot_row_cmp(&BOARD[1], &BOARD[2]) < 0 && mot_row_cmp(&BOARD[2], &BOARD[1]) > 0, "rank: then revenue");
	CHECK(mot_row_cmp(&BOARD[2], &BOARD[3]) < 0 && mot_row_cmp(&BOARD[3], &BOARD[2]) > 0, "rank: then locomotive units");
	CHECK(mot_row_cmp(&BOARD[3], &BOARD[4]) < 0 && mot_row_cmp(&BOARD[4], &BOARD[3]) > 0, "rank: then sales");
	CHECK(mot_row_cmp(&BOARD[4], &BOARD[5]) < 0 && mot_row_cmp(&BOARD[5], &BOARD[4]) > 0 &&
	      mot_row_cmp(&BOARD[4], &BOARD[4]) == 0, "rank: then the lower staff id");
	CHECK(mot_rank(NULL, 0) == MOT_OK, "rank: an empty board");
	memcpy(rows, BOARD, sizeof rows);
	rows[6].staff_id = 9;   /* H now repeats C's id */
	CHECK(mot_rank(rows, NBOARD) == MOT_EINVAL && rows[0].rank == 1 && rows[7].rank == 8,
	      "rank: a repeated staff id is reported (rows still numbered)");

	/* change since yesterday: yesterday 1st F(1), 2nd E(8), 3rd D(2) */
	struct mot_row y[3] = { { .staff_id = 1, .rank = 1 }, { .staff_id = 8, .rank = 2 }, { .staff_id = 2, .rank = 3 } };
	int ch = 99;
	CHECK(mot_rank_change(y, 3, 2, 1, &ch) == 0 && ch == 2, "rank change: 3rd -> 1st is +2");
	CHECK(mot_rank_change(y, 3, 1, 3, &ch) == 0 && ch == -2, "rank change: 1st -> 3rd is -2");
	CHECK(mot_rank_change(y, 3, 8, 2, &ch) == 0 && ch == 0, "rank change: same place is 0");
	ch = 99;
	CHECK(mot_rank_change(y, 3, 99, 4, &ch) == -1 && ch == 0 && mot_rank_change(NULL, 0, 1, 1, &ch) == -1,
	      "rank change: absent yesterday has no change value");
}

static void test_mot_eotm(void)
{
	/* plans: F 6000/5000 = 120%; E has no plan; D, C 100%; B, A 125%; H 0; G negative */
	CHECK(mot_employee_of_month(BOARD, NBOARD, 10000) == 0, "eotm: F, first on the board and at 120%%");
	CHECK(mot_employee_of_month(BOARD, NBOARD, 12100) == 4,
	      "eotm: at 121%% only B and A qualify (125%%); they tie in every figure, B's id is lower");
	CHECK(mot_employee_of_month(BOARD, NBOARD, 12600) == -1, "eotm: nobody reaches 126%%: none");
	struct mot_row r[4] = {
		{ .staff_id = 5, .weighted = 9000, .plan = 0 },         /* best figures, no plan */
		{ .staff_id = 6, .weighted = 99995, .plan = 100000 },   /* shows 100.00%, has not reached it */
		{ .staff_id = 7, .weighted = 3000, .plan = 3000 },      /* exactly 100% */
		{ .staff_id = 2, .weighted = 3000, .plan = 2000, .revenue = 0 },   /* 150%, ties 7 but id 2 < 7 */
	};
	CHECK(mot_employee_of_month(r, 3, 10000) == 2, "eotm: no plan skipped, 99.995%% not enough, exactly 100%% wins");
	CHECK(mot_employee_of_month(r, 4, 10000) == 3, "eotm: a tie in weighted revenue goes to the lower staff id");
	CHECK(mot_employee_of_month(r, 2, 10000) == -1 && mot_employee_of_month(NULL, 0, 10000) == -1,
	      "eotm: nobody qualifies, or nobody at all");
	struct mot_row z = { .staff_id = 1, .weighted = 0, .plan = 1000 };
	CHECK(mot_employee_of_month(&z, 1, 0) == -1, "eotm: a person with no sales is never proposed, even at rule 0%%");
}

static void test_mot_bonus(void)
{
	long long b;
	/* percentage: 10% of 12345 above plan = 1234.5 -> 1235; 2.5% of it = 308.625 -> 309; 2.5% of 20 = 0.5 -> 1 */
	CHECK(mot_bonus_percent(112345, 100000, 1000, &b) == MOT_OK && b == 1235, "bonus %%: 10%% of 123.45 is 12.35");
	CHECK(mot_bonus_percent(112345, 100000, 250, &b) == MOT_OK && b == 309, "bonus %%: 2.5%% rounds 3.08625 up");
	CHECK(mot_bonus_percent(100020, 100000, 250, &b) == MOT_OK && b == 1, "bonus %%: half a centavo rounds up");
	CHECK(mot_bonus_percent(100019, 100000, 250, &b) == MOT_OK && b == 0, "bonus %%: 0.475 rounds down");
	CHECK(mot_bonus_percent(100000, 100000, 1000, &b) == MOT_OK && b == 0 &&
	      mot_bonus_percent(50000, 100000, 1000, &b) == MOT_OK && b == 0 &&
	      mot_bonus_percent(-50000, 100000, 1000, &b) == MOT_OK && b == 0, "bonus %%: nothing at or below plan");
	CHECK(mot_bonus_percent(100000, 0, 1000, &b) == MOT_NO_PLAN && b == 0, "bonus %%: no plan, no bonus");
	CHECK(mot_bonus_percent(200000, 100000, 10000, &b) == MOT_OK && b == 100000, "bonus %%: 100%% of the excess");
	CHECK(mot_bonus_percent(200000, 100000, 10001, &b) == MOT_EINVAL && b == 0 &&
	      mot_bonus_percent(200000, 100000, -1, &b) == MOT_EINVAL, "bonus %%: rate out of 0..10000 refused");
	/* (2^63 - 2) x 5000 / 10000 = 2^62 - 1 */
	CHECK(mot_bonus_percent(LLONG_MAX, 1, 5000, &b) == MOT_OK && b == 4611686018427387903LL &&
	      mot_bonus_percent(LLONG_MAX, 1, 10000, &b) == MOT_OK && b == LLONG_MAX - 1, "bonus %%: no overflow at the limit");

	/* steps 100% 5,000.00; 120% 8,000.00; 150% 15,000.00; plan 1,000.00 */
	struct mot_steps s;
	CHECK(mot_steps_parse("100:500000,120:800000,150:1500000", &s) == MOT_STEPS_OK && s.n == 3 &&
	      s.threshold_bp[0] == 10000 && s.threshold_bp[1] == 12000 && s.threshold_bp[2] == 15000 &&
	      s.amount[0] == 500000 && s.amount[1] == 800000 && s.amount[2] == 1500000, "steps: the usual setting parses");
#define STEP(w, want) (mot_bonus_steps(&s, (w), 100000, &b) == MOT_OK && b == (want))
	CHECK(STEP(99999, 0) && STEP(99995, 0) && STEP(0, 0) && STEP(-100, 0), "steps: below 100%% (even 99.995%%) nothing");
	CHECK(STEP(100000, 500000) && STEP(119999, 500000), "steps: exactly 100%% and just below 120%% pay the first step");
	CHECK(STEP(120000, 800000) && STEP(149999, 800000), "steps: exactly 120%% and just below 150%% pay the second");
	CHECK(STEP(150000, 1500000) && STEP(900000, 1500000), "steps: 150%% and beyond pay the third, once");
#undef STEP
	CHECK(mot_bonus_steps(&s, 100000, 0, &b) == MOT_NO_PLAN && b == 0, "steps: no plan, no bonus");
	struct mot_steps bad = s;
	bad.threshold_bp[1] = 9000;
	CHECK(mot_bonus_steps(&bad, 100000, 100000, &b) == MOT_EINVAL && b == 0, "steps: unsorted steps refused");
	bad = s;
	bad.n = 0;
	CHECK(mot_bonus_steps(&bad, 100000, 100000, &b) == MOT_EINVAL, "steps: no steps refused");
}

static void test_mot_steps_parse(void)
{
	struct mot_steps s;
	struct buf out = { 0 };
#define P(text, err, what) do { s.n = 9; CHECK(mot_steps_parse((text), &s) == (err) && \
	(err != MOT_STEPS_OK || s.n > 0) && (err == MOT_STEPS_OK || s.n == 0), "steps parse: %s", what); } while (0)
	P("", MOT_STEPS_EMPTY, "empty text");
	P(NULL, MOT_STEPS_EMPTY, "no text");
	P("100:5,", MOT_STEPS_EMPTY, "trailing comma");
	P(",100:5", MOT_STEPS_EMPTY, "leading comma");
	P("100:5,,120:6", MOT_STEPS_EMPTY, "two commas");
	P("100", MOT_STEPS_SYNTAX, "no colon");
	P("100:", MOT_STEPS_SYNTAX, "no amount");
	P(":5", MOT_STEPS_SYNTAX, "no percent");
	P("100: 5", MOT_STEPS_SYNTAX, "a space");
	P(" 100:5", MOT_STEPS_SYNTAX, "a leading space");
	P("100:5x", MOT_STEPS_SYNTAX, "letters after the amount");
	P("100.:5", MOT_STEPS_SYNTAX, "a dot without decimals");
	P("100:5.00", MOT_STEPS_SYNTAX, "decimals in the amount (minor units are whole)");
	P("+100:5", MOT_STEPS_SYNTAX, "a plus on the percent");
	P("100:+5", MOT_STEPS_SYNTAX, "a plus on the amount");
	P("-100:5", MOT_STEPS_SYNTAX, "a minus on the percent");
	P("100:5;120:6", MOT_STEPS_SYNTAX, "a semicolon");
	P("1:1,2:2,3:3,4:4,5:5", MOT_STEPS_OK, "five steps");
	P("1:1,2:2,3:3,4:4,5:5,6:6", MOT_STEPS_TOO_MANY, "six steps");
	P("0:5", MOT_STEPS_PERCENT_RANGE, "0%%");
	P("0.00:5", MOT_STEPS_PERCENT_RANGE, "0.00%%");
	P("1000.01:5", MOT_STEPS_PERCENT_RANGE, "above 1000%%");
	P("100.555:5", MOT_STEPS_PERCENT_RANGE, "three decimals");
	P("99999999999999999999999999:5", MOT_STEPS_PERCENT_RANGE, "a huge percent (no overflow)");
	P("100:-5", MOT_STEPS_NEGATIVE, "a negative amount");
	P("100:1000000000000001", MOT_STEPS_AMOUNT_RANGE, "an amount above 10^15");
	P("100:99999999999999999999999999", MOT_STEPS_AMOUNT_RANGE, "a huge amount (no overflow)");
	P("120:5,100:6", MOT_STEPS_UNSORTED, "thresholds descending");
	P("100:5,100:6", MOT_STEPS_UNSORTED, "a repeated threshold");
	P("100:8,120:5", MOT_STEPS_AMOUNT_ORDER, "a higher step paying less");
	P("100:5,120:5", MOT_STEPS_OK, "equal amounts");
#undef P
	CHECK(mot_steps_parse("0.01:0,1000:1000000000000000", &s) == MOT_STEPS_OK && s.threshold_bp[0] == 1 &&
	      s.threshold_bp[1] == 100000 && s.amount[0] == 0 && s.amount[1] == 1000000000000000LL,
	      "steps parse: the limits 0.01%% .. 1000%%, 0 .. 10^15");
	CHECK(mot_steps_parse("112.5:600000,100.05:700000", &s) == MOT_STEPS_UNSORTED,
	      "steps parse: 112.5%% (11250) then 100.05%% (10005) is unsorted");
	CHECK(mot_steps_parse("0100:500000,112.5:600000,150.05:900000", &s) == MOT_STEPS_OK &&
	      s.threshold_bp[1] == 11250 && s.threshold_bp[2] == 15005,
	      "steps: one decimal is tenths (11250), two are hundredths (15005)");
	/* CHECK evaluates its condition twice: calls that append are made before it */
	int rc = mot_steps_format(&s, &out);
	CHECK(rc == MOT_OK, "steps format: valid steps");
	CHECK_STR(out.data, "100:500000,112.5:600000,150.05:900000", "steps format: canonical text");
	s.n = 0;
	buf_reset(&out);
	rc = mot_steps_format(&s, &out);
	CHECK(rc == MOT_EINVAL && out.len == 0, "steps format: invalid steps append nothing");
	buf_free(&out);
	CHECK_STR(mot_steps_err_name(MOT_STEPS_UNSORTED), "unsorted", "steps error name");
	CHECK_STR(mot_steps_err_name((enum mot_steps_err)99), "unknown", "steps error name out of range");
	int distinct = 1;
	for (int i = 0; i < MOT_STEPS_ERR__MAX; i++)
		for (int j = 0; j < i; j++)
			if (strcmp(mot_steps_err_name((enum mot_steps_err)i), mot_steps_err_name((enum mot_steps_err)j)) == 0 ||
			    strcmp(mot_steps_err_name((enum mot_steps_err)i), "unknown") == 0)
				distinct = 0;
	CHECK(distinct, "steps error names: one distinct name per error");
}



static void test_svg_bar(void)
{
	struct buf b = { 0 };
	int rc;
	const char *labels[] = { "Ana", "<script>&\"'", "Bea" };
	const long long values[] = { 100000, 50000, -2000 };
	const long long plans[] = { 100000, 0, 80000 };
	const char *texts[] = { "\xe2\x82\xb1" "1,000.00", "\xe2\x82\xb1" "500.00", "-\xe2\x82\xb1" "20.00" };
	struct svg_bar_chart c = { "Weighted <revenue> & plan", "Ana 1,000.00 of 1,000.00; \"Bea\" -20.00", "en", NULL,
				   3, labels, values, plans, texts };
	rc = svg_bar_chart(&b, &c);
	CHECK(rc == 0 && xml_well_formed(b.data), "svg bars: a well-formed XML document");
	const char *head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" ";
	CHECK(strncmp(b.data, head, strlen(head)) == 0 &&
	      text_count(b.data, "role=\"img\"") == 1 && strcmp(b.data + b.len - 7, "</svg>\n") == 0,
	      "svg bars: declaration, one <svg role=\"img\"> root");
	/* height 2 x 10 + 3 rows x 28 = 104 */
	CHECK(text_count(b.data, "width=\"640\" height=\"104\" viewBox=\"0 0 640 104\"") == 1, "svg bars: 640 wide, 104 high");
	CHECK(text_count(b.data, "<title id=\"chart-title\">Weighted &lt;revenue&gt; &amp; plan</title>") == 1 &&
	      text_count(b.data, "<title") == 1, "svg bars: exactly one <title>, escaped");
	CHECK(text_count(b.data, "<desc id=\"chart-desc\">Ana 1,000.00 of 1,000.00; &quot;Bea&quot; -20.00</desc>") == 1 &&
	      text_count(b.data, "<desc") == 1, "svg bars: exactly one <desc>, escaped");
	CHECK(text_count(b.data, "&lt;script&gt;&amp;&quot;&apos;") == 1 && text_count(b.data, "<script") == 0,
	      "svg bars: a name <script>&\"' is escaped, no script element");
	CHECK(text_count(b.data, "<rect") == 3, "svg bars: one <rect> per row");
	/* max 100000 -> 360 units; 50000 -> 180; -2000 -> 0; rows at 10, 38, 66, bars 5 lower */
	CHECK(text_count(b.data, "<rect x=\"152\" y=\"15\" width=\"360\" height=\"18\"") == 1 &&
	      text_count(b.data, "<rect x=\"152\" y=\"43\" width=\"180\" height=\"18\"") == 1 &&
	      text_count(b.data, "<rect x=\"152\" y=\"71\" width=\"0\" height=\"18\"") == 1,
	      "svg bars: bars scaled to the largest (360, 180) and a negative value drawn as zero length");
	/* plan markers: Ana's 100000 at 152 + 360 = 512, Bea's 80000 at 152 + 288 = 440; none for plan 0 */
	CHECK(text_count(b.data, "class=\"plan\"") == 2 && text_count(b.data, "x1=\"512\" y1=\"11\" x2=\"512\" y2=\"37\"") == 1 &&
	      text_count(b.data, "x1=\"440\" y1=\"67\" x2=\"440\" y2=\"93\"") == 1, "svg bars: a plan marker per person with a plan");
	/* value texts 6 right of the bar or the marker: Ana 518, the second 152+180+6 = 338, Bea 440+6 = 446 */
	CHECK(text_count(b.data, "<text x=\"518\" y=\"29\">\xe2\x82\xb1" "1,000.00</text>") == 1 &&
	      text_count(b.data, "<text x=\"338\" y=\"57\">\xe2\x82\xb1" "500.00</text>") == 1 &&
	      text_count(b.data, "<text x=\"446\" y=\"85\">-\xe2\x82\xb1" "20.00</text>") == 1,
	      "svg bars: value texts shown, also for the negative value");
	CHECK(text_count(b.data, "xml:lang=\"en\"") == 1 && text_count(b.data, "font-family=\"sans-serif\"") == 1,
	      "svg bars: language and generic font");
	CHECK(text_count(b.data, "http") == 1 && text_count(b.data, "href") == 0 && text_count(b.data, "<style") == 0 &&
	      text_count(b.data, "url(") == 0 && text_count(b.data, "@import") == 0 && text_count(b.data, " on") == 0,
	      "svg bars: no external reference, style sheet or event handler (only the namespace URI)");

	/* labels: control characters and invalid UTF-8 replaced; long names cut to 20 with "…" */
	const char *odd[] = { "A\x01" "B\xff" "C", "Maria Clara de los Santos", "\xc3\x91\xc3\x91\xc3\x91\xc3\x91\xc3\x91"
			      "\xc3\x91\xc3\x91\xc3\x91\xc3\x91\xc3\x91\xc3\x91\xc3\x91\xc3\x91\xc3\x91\xc3\x91\xc3\x91"
			      "\xc3\x91\xc3\x91\xc3\x91\xc3\x91" };
	const long long v2[] = { 0, 0, 0 };
	const char *t2[] = { "", NULL, "0" };
	struct svg_bar_chart c2 = { "t", "d", "en\" onload=\"x", "Plan", 3, odd, v2, NULL, t2 };
	buf_reset(&b);
	rc = svg_bar_chart(&b, &c2);
	CHECK(rc == 0 && xml_well_formed(b.data), "svg bars: odd labels still well-formed");
	CHECK(text_count(b.data, ">A\xef\xbf\xbd" "B\xef\xbf\xbd" "C</text>") == 1, "svg bars: a control character and a bad byte become U+FFFD");
	/* 25 characters: the first 19 ("Maria Clara de los ") and "…" */
	CHECK(text_count(b.data, ">Maria Clara de los \xe2\x80\xa6</text>") == 1, "svg bars: a long name is cut to 20 characters");
	CHECK(text_count(b.data, ">\xc3\x91\xc3\x91\xc3\x91\xc3\x91\xc3\x91\xc3\x91\xc3\x91\xc3\x91\xc3\x91\xc3\x91\xc3\x91\xc3\x91"
			    "\xc3\x91\xc3\x91\xc3\x91\xc3\x91\xc3\x91\xc3\x91\xc3\x91\xc3\x91</text>") == 1,
	      "svg bars: a name of exactly 20 two-byte characters is not cut");
	/* all values 0, no plans: every bar 0 long; height 20 + 84 + 24 for the legend = 128 */
	CHECK(text_count(b.data, "width=\"0\"") == 3 && text_count(b.data, "class=\"plan\"") == 0 && text_count(b.data, "height=\"128\"") == 1 &&
	      text_count(b.data, "class=\"legend\"") == 1 && text_count(b.data, ">Plan</text>") == 1, "svg bars: zeros, no plans, a legend");
	CHECK(text_count(b.data, "xml:lang") == 0 && text_count(b.data, "onload") == 0, "svg bars: a bad language tag is left out");

	struct buf e = { 0 };
	struct svg_bar_chart c3 = { "t", "d", NULL, NULL, 0, NULL, NULL, NULL, NULL };
	rc = svg_bar_chart(&e, &c3);
	CHECK(rc == 0 && xml_well_formed(e.data) && text_count(e.data, "<rect") == 0 &&
	      text_count(e.data, "height=\"20\"") == 1, "svg bars: an empty board is a valid empty chart");
	buf_reset(&e);
	c3.title = NULL;
	rc = svg_bar_chart(&e, &c3);
	CHECK(rc == -1 && e.len == 0, "svg bars: no title refused, nothing written");
	c3.title = "t";
	c3.n = SVG_CHART_ROWS_MAX + 1;
	rc = svg_bar_chart(&e, &c3);
	CHECK(rc == -1 && e.len == 0, "svg bars: too many rows refused");
	const long long huge[] = { SVG_VALUE_MAX + 1 }, top[] = { SVG_VALUE_MAX, 1 };
	const char *one[] = { "x", "y" };
	struct svg_bar_chart c4 = { "t", "d", NULL, NULL, 1, one, huge, NULL, one };
	rc = svg_bar_chart(&e, &c4);
	CHECK(rc == -1 && e.len == 0, "svg bars: a value past SVG_VALUE_MAX refused");
	c4.values = top;
	c4.n = 2;
	/* 10^18 spans 360; 1 x 360 / 10^18 rounds to 0 */
	rc = svg_bar_chart(&e, &c4);
	CHECK(rc == 0 && text_count(e.data, "width=\"360\"") == 1 && text_count(e.data, "width=\"0\"") == 1,
	      "svg bars: the largest allowed value, no overflow");
	buf_free(&e);
	buf_free(&b);

	buf_reset(&b);
	svg_escape(&b, "\xc0\xaf\xed\xa0\x80" "ok", 0);
	/* C0 is never a lead byte; AF a stray continuation; ED A0 would be a surrogate: ED, A0, 80 each U+FFFD */
	CHECK_STR(b.data, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbdok",
		  "svg escape: overlong, stray and surrogate bytes become U+FFFD");
	buf_reset(&b);
	svg_escape(&b, NULL, 0);
	svg_escape(&b, "\xf0\x9f\x98\x80\t<", 0);
	CHECK_STR(b.data, "\xf0\x9f\x98\x80\t&lt;", "svg escape: NULL is nothing; an emoji and a tab are kept");
	buf_free(&b);
}

static void test_svg_line(void)
{
	struct buf b = { 0 };
	int rc;
	/* days 30, plan 30000, actual 1000, 2500, 2400 (a return on day 3). x(d) = 60 + d x 550 / 30:
	 * 18.3 -> 78, 36.7 -> 97, 55 -> 115. y(v) = 280 - v x 260 / 30000: 8.67 -> 271, 21.67 -> 258,
	 * 20.8 -> 259 */
	const long long actual[] = { 1000, 2500, 2400 };
	struct svg_line_chart c = { "Progress & pace", "3 days: 24.00 of 300.00", "ms", "Plan 300.00", actual, 3, 30, 30000 };
	rc = svg_line_chart(&b, &c);
	CHECK(rc == 0 && xml_well_formed(b.data), "svg line: a well-formed XML document");
	CHECK(text_count(b.data, "role=\"img\"") == 1 && text_count(b.data, "<title id=\"chart-title\">Progress &amp; pace</title>") == 1 &&
	      text_count(b.data, "<desc id=\"chart-desc\">3 days: 24.00 of 300.00</desc>") == 1 &&
	      text_count(b.data, "height=\"320\"") == 1 && text_count(b.data, "xml:lang=\"ms\"") == 1,
	      "svg line: role, title, desc, size, language");
	CHECK(text_count(b.data, "points=\"60,280 78,271 97,258 115,259\"") == 1, "svg line: the cumulative actual from 0");
	CHECK(text_count(b.data, "<circle cx=\"115\" cy=\"259\"") == 1, "svg line: a dot on today");
	CHECK(text_count(b.data, "class=\"pace\" x1=\"60\" y1=\"280\" x2=\"610\" y2=\"20\"") == 1,
	      "svg line: the pace from 0 at the start to the plan at day 30");
	CHECK(text_count(b.data, "x=\"78\" y=\"304\" text-anchor=\"middle\">1</text>") == 1 &&
	      text_count(b.data, "x=\"610\" y=\"304\" text-anchor=\"middle\">30</text>") == 1, "svg line: day labels 1 and 30");
	CHECK(text_count(b.data, ">Plan 300.00</text>") == 1 && text_count(b.data, "<script") == 0 && text_count(b.data, "http") == 1,
	      "svg line: the plan text; no script, no external reference");

	/* days 31, no plan, actual -1000, 500: vmin -1000, vmax 500; y(0) = 280 - 1000 x 260 / 1500 = 280 -
	 * 173.3 = 107; y(-1000) = 280, y(500) = 20; x(1) = 60 + 17.7 = 78, x(2) = 60 + 35.5 = 95 */
	const long long neg[] = { -1000, 500 };
	struct svg_line_chart n = { "t", "d", NULL, NULL, neg, 2, 31, 0 };
	buf_reset(&b);
	rc = svg_line_chart(&b, &n);
	CHECK(rc == 0 && xml_well_formed(b.data) && text_count(b.data, "points=\"60,107 78,280 95,20\"") == 1 &&
	      text_count(b.data, "class=\"pace\"") == 0 && text_count(b.data, ">31</text>") == 1,
	      "svg line: below zero after returns, no plan: no pace line");
	/* day 1 morning: nothing yet; February of a leap year */
	struct svg_line_chart z = { "t", "d", NULL, NULL, NULL, 0, 29, 1000 };
	buf_reset(&b);
	rc = svg_line_chart(&b, &z);
	CHECK(rc == 0 && xml_well_formed(b.data) && text_count(b.data, "<polyline") == 0 &&
	      text_count(b.data, "<circle") == 0 && text_count(b.data, "class=\"pace\"") == 1 && text_count(b.data, ">29</text>") == 1,
	      "svg line: no days yet draws the pace only");
	struct svg_line_chart bad = z;
	buf_reset(&b);
	bad.days = 27;
	rc = svg_line_chart(&b, &bad);
	CHECK(rc == -1 && b.len == 0, "svg line: 27 days refused");
	bad.days = 32;
	rc = svg_line_chart(&b, &bad);
	CHECK(rc == -1, "svg line: 32 days refused");
	bad = c;
	bad.n_days = 31;
	rc = svg_line_chart(&b, &bad);
	CHECK(rc == -1, "svg line: more days so far than in the month refused");
	bad = c;
	bad.actual = NULL;
	rc = svg_line_chart(&b, &bad);
	CHECK(rc == -1, "svg line: days without figures refused");
	bad = c;
	bad.desc = NULL;
	rc = svg_line_chart(&b, &bad);
	CHECK(rc == -1 && b.len == 0, "svg line: no description refused");
	const long long big[] = { -SVG_VALUE_MAX, SVG_VALUE_MAX };
	struct svg_line_chart l = { "t", "d", NULL, NULL, big, 2, 31, SVG_VALUE_MAX };
	buf_reset(&b);
	/* span 2x10^18: y(-10^18) = 280, y(10^18) = 20 */
	rc = svg_line_chart(&b, &l);
	CHECK(rc == 0 && text_count(b.data, "points=\"60,150 78,280 95,20\"") == 1,
	      "svg line: the largest amounts, no overflow");
	buf_free(&b);
}

void test_motivation(int *run, int *failed)
{
	test_mot_arith();
	test_mot_rank();
	test_mot_eotm();
	test_mot_bonus();
	test_mot_steps_parse();
	test_svg_bar();
	test_svg_line();
	*run += tap_run;
	*failed += tap_failed;
	tap_run = tap_failed = 0;
}
