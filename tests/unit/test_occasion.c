/* test_occasion.c: unit tests of the calendar arithmetic of occasions (occasion.c): year ends, 29 February,
 * month-day ranges and the company's date in its own time zone. Expected values worked out by hand. */
#include <stdlib.h>
#include <string.h>
#include "tap.h"
#include "occasion.h"

void test_occasion(int *run, int *failed);

static void test_civil(void)
{
	int y, m, d;
	CHECK(civil_days(1970, 1, 1) == 0 && civil_days(2000, 3, 1) == 11017, "civil_days: 1970-01-01 is 0, 2000-03-01 is 11017");
	civil_from_days(11016, &y, &m, &d);
	CHECK(y == 2000 && m == 2 && d == 29, "civil_from_days: day 11016 is 2000-02-29");
	CHECK(civil_leap(2028) && !civil_leap(2027) && !civil_leap(2100) && civil_leap(2000), "leap years: 2028, 2000; not 2027, 2100");
	CHECK(civil_parse("2028-02-29", &y, &m, &d) == 0 && y == 2028 && m == 2 && d == 29, "parse 2028-02-29");
	CHECK(civil_parse("2027-02-29", &y, &m, &d) == -1, "2027-02-29 is no date");
	CHECK(civil_parse("2026-1-05", &y, &m, &d) == -1 && civil_parse("2026-01-5x", &y, &m, &d) == -1 &&
	      civil_parse("+026-01-05", &y, &m, &d) == -1 && civil_parse("", &y, &m, &d) == -1,
	      "parse refuses short, signed and trailing text");
}

static void test_next(void)
{
	int y, m, d;
	/* 28 Dec 2026 -> 2 Jan 2027: 3 days left in December + 2 = 5 */
	CHECK(occasion_next(1, 2, 2026, 12, 28, &y, &m, &d) == 5 && y == 2027 && m == 1 && d == 2,
	      "a birthday on 2 January seen on 28 December is in 5 days, next year");
	CHECK(occasion_next(12, 28, 2026, 12, 28, &y, NULL, NULL) == 0 && y == 2026, "on the day: 0");
	/* 29 Dec 2026 -> 28 Dec 2027: 364 days (2027 is common) */
	CHECK(occasion_next(12, 28, 2026, 12, 29, &y, NULL, NULL) == 364 && y == 2027, "the day after: 364 days to next year's");
	/* 1 Feb 2027 -> 28 Feb 2027 (common year): 27 days */
	CHECK(occasion_next(2, 29, 2027, 2, 1, &y, &m, &d) == 27 && y == 2027 && m == 2 && d == 28,
	      "29 February in a common year falls on 28 February");
	CHECK(occasion_next(2, 29, 2028, 2, 1, &y, &m, &d) == 28 && d == 29, "... and on 29 February in a leap year");
	/* 1 Mar 2027 -> 29 Feb 2028: 365 days (Mar 2027..Feb 2028 holds 29 Feb 2028) */
	CHECK(occasion_next(2, 29, 2027, 3, 1, &y, &m, &d) == 365 && y == 2028 && d == 29, "after 28 Feb 2027 the next is 29 Feb 2028");
	CHECK(occasion_next(2, 28, 2028, 2, 29, &y, NULL, NULL) == 365 && y == 2029, "a 28 February birthday seen on 29 Feb 2028: next year");
}

static void test_ranges(void)
{
	struct md_range r[2];
	int n = occasion_ranges(2026, 12, 28, 7, r);
	CHECK(n == 2 && r[0].from == 1228 && r[0].to == 1231 && r[1].from == 101 && r[1].to == 104,
	      "7 days from 28 December: 12-28..12-31 and 01-01..01-04");
	n = occasion_ranges(2026, 11, 24, 0, r);
	CHECK(n == 1 && r[0].from == 1124 && r[0].to == 1124, "today alone: one day");
	n = occasion_ranges(2026, 11, 24, 30, r);
	CHECK(n == 1 && r[0].from == 1124 && r[0].to == 1224, "30 days from 24 November: to 24 December");
	n = occasion_ranges(2027, 2, 21, 7, r);
	CHECK(n == 1 && r[0].from == 221 && r[0].to == 229, "a window ending 28 Feb 2027 (common) takes 29 February in");
	n = occasion_ranges(2028, 2, 21, 7, r);
	CHECK(n == 1 && r[0].from == 221 && r[0].to == 228, "... not in a leap year (29 Feb 2028 is its own day)");
	n = occasion_ranges(2027, 2, 28, 0, r);
	CHECK(n == 1 && r[0].from == 228 && r[0].to == 229, "28 Feb 2027 alone: 28 and 29 February");
	n = occasion_ranges(2027, 3, 1, 0, r);
	CHECK(n == 1 && r[0].from == 301 && r[0].to == 301, "1 March 2027: not 29 February (it was kept yesterday)");
	n = occasion_ranges(2028, 12, 31, 59, r);
	/* 2029 is common: day 59 after 31 Dec 2028 is 28 Feb 2029 */
	CHECK(n == 2 && r[0].from == 1231 && r[1].to == 229, "59 days from 31 Dec 2028 end on 28 Feb 2029: 29 February in");
	n = occasion_ranges(2026, 5, 5, 400, r);
	CHECK(n == 1 && r[0].from == 101 && r[0].to == 1231, "a year or more: every day");
}

static void test_today(void)
{
	int y = 0, m = 0, d = 0;
	/* 1795521600 = 2026-11-24 12:00:00 UTC. Kiritimati is UTC+14 (2026-11-25 02:00), Pago Pago UTC-11
	 * (2026-11-24 01:00); 1795478400 = 2026-11-24 00:00 UTC is still 23 November in Pago Pago. */
	CHECK(occasion_today("UTC", 1795521600LL, &y, &m, &d) == 0 && y == 2026 && m == 11 && d == 24, "noon UTC: 24 November in UTC");
	CHECK(occasion_today("Pacific/Kiritimati", 1795521600LL, &y, &m, &d) == 0 && d == 25, "... already 25 November in Kiritimati (UTC+14)");
	CHECK(occasion_today("Pacific/Pago_Pago", 1795478400LL, &y, &m, &d) == 0 && m == 11 && d == 23,
	      "midnight UTC: still 23 November in Pago Pago (UTC-11)");
	const char *before = getenv("TZ");
	char *saved = before ? strdup(before) : NULL;
	CHECK(occasion_today("Asia/Manila", 1795521600LL, &y, &m, &d) == 0 &&
	      ((saved == NULL && getenv("TZ") == NULL) || (saved && getenv("TZ") && strcmp(saved, getenv("TZ")) == 0)),
	      "the process's own TZ is left as it was");
	free(saved);
	y = 1;
	CHECK(occasion_today("Mars/Olympus", 0, &y, &m, &d) == -1 && y == 1, "an unknown zone is refused, nothing changed");
	CHECK(!occasion_zone_valid("../etc/passwd") && !occasion_zone_valid("/etc/localtime") && !occasion_zone_valid("") &&
	      occasion_zone_valid("Asia/Kuala_Lumpur") && occasion_zone_valid("UTC"), "zone names: no paths, real zones only");
}

void test_occasion(int *run, int *failed)
{
	test_civil();
	test_next();
	test_ranges();
	test_today();
	*run += tap_run;
	*failed += tap_failed;
	tap_run = tap_failed = 0;
}
