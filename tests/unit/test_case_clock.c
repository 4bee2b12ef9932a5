/* test_case_clock.c: unit tests of a case's SLA clocks (case_clock.c) and of local minutes in named time zones (zone.c). */
/* Every expected value is worked out in the comment beside it. The calendar: Monday to Friday
 * 09:00-17:00 (480 minutes a day), Saturday and Sunday closed; Monday 30 November 2026 a holiday
 * (in cal; ncal is the same week without it). 27 Nov 2026 is a Friday, 28-29 the weekend, 1 Dec a
 * Tuesday, 2 Dec Wednesday, 3 Dec Thursday, 4 Dec Friday. The clocks run in "UTC" unless said
 * otherwise, so that a Unix time reads as the same local time. */
#include <stdlib.h>
#include <string.h>
#include "tap.h"
#include "occasion.h"
#include "sla.h"
#include "zone.h"
#include "case_clock.h"

void test_case_clock(int *run, int *failed);

/* The Unix time of a UTC date and HH:MM (in "UTC", also the local time). */
static long long ut(int y, int m, int d, int hh, int mm)
{
	return civil_days(y, m, d) * 86400LL + hh * 3600 + mm * 60;
}

/* A local minute number: date and HH:MM. */
static long long lm(int y, int m, int d, int hh, int mm)
{
	return civil_days(y, m, d) * 1440LL + hh * 60 + mm;
}

/* 1 when the TZ variable is as saved (both unset, or equal). */
static int tz_is(const char *saved)
{
	const char *now = getenv("TZ");
	return (saved == NULL && now == NULL) || (saved && now && strcmp(saved, now) == 0);
}

/* The case used throughout: in on Friday 27 Nov 15:00, first response in 4 business hours,
 * resolution in 3 business days (1440), near at 75%. */
static struct case_clock base(void)
{
	struct case_clock c;
	memset(&c, 0, sizeof(c));
	c.created = ut(2026, 11, 27, 15, 0);
	c.first_response_target = 240;
	c.resolution_target = 1440;
	c.open = 1;
	c.warn_bp = 7500;
	return c;
}

static void test_zone(void)
{
	struct zone_scope z, y;
	const char *before = getenv("TZ");
	char *saved = before ? strdup(before) : NULL;

	/* (zone_enter has effects: it is called outside CHECK, whose condition is evaluated twice) */
	int r = zone_enter(&z, "Not/A_Zone");
	CHECK(r == -1 && z.entered == 0 && tz_is(saved), "zone_enter refuses an unknown zone, nothing changed");
	zone_leave(&z);
	CHECK(tz_is(saved), "... and zone_leave after a refusal changes nothing");
	r = (zone_enter(&z, "../../etc/passwd") == -1) + (zone_enter(&z, "") == -1) + (zone_enter(&z, NULL) == -1);
	CHECK(r == 3 && tz_is(saved),
	      "zone_enter refuses a path, nothing and NULL");

	r = zone_enter(&z, "UTC");
	CHECK(r == 0 && z.entered == 1 && tz_is("UTC"), "zone_enter UTC");
	/* 1795791600 = 2026-11-27 15:00:00 UTC (date -u): 1795791600 / 60 = 29929860 = day 20784 * 1440 + 900 */
	CHECK(ut(2026, 11, 27, 15, 0) == 1795791600LL && zone_local_minute(1795791600LL) == 29929860LL &&
	      lm(2026, 11, 27, 15, 0) == 29929860LL, "UTC: 2026-11-27 15:00 is local minute 29929860");
	CHECK(zone_local_minute(1795791600LL + 59) == 29929860LL, "UTC: the seconds are dropped (15:00:59 is minute 15:00)");
	CHECK(zone_unix(29929860LL) == 1795791600LL, "UTC: and back");
	/* -1 s = 1969-12-31 23:59:59: day -1 * 1440 + 1439 = -1; -61 s = 23:58:59: -2 */
	CHECK(zone_local_minute(-1) == -1 && zone_local_minute(-60) == -1 && zone_local_minute(-61) == -2 && zone_local_minute(0) == 0,
	      "UTC: before 1970 the minutes count down (-1 s is minute -1, -61 s is -2)");
	CHECK(zone_unix(-1) == -60 && zone_unix(-1440) == -86400, "UTC: minute -1 is -60 s, minute -1440 is -86400 s");

	/* nested: UTC entered, then Manila, left: back to "UTC" */
	r = zone_enter(&y, "Asia/Manila");
	CHECK(r == 0 && y.had == 1 && tz_is("Asia/Manila"), "zone_enter Asia/Manila inside UTC");
	/* Manila is UTC+8 all year: 07:00 UTC is 15:00 local, 17:00 UTC Friday is 01:00 Saturday */
	CHECK(zone_local_minute(ut(2026, 11, 27, 7, 0)) == lm(2026, 11, 27, 15, 0), "Manila: 07:00 UTC is 15:00 local");
	CHECK(zone_local_minute(ut(2026, 11, 27, 17, 0)) == lm(2026, 11, 28, 1, 0), "Manila: Friday 17:00 UTC is Saturday 01:00 local");
	CHECK(zone_unix(lm(2026, 11, 28, 1, 0)) == ut(2026, 11, 27, 17, 0) && zone_unix(lm(2026, 7, 1, 0, 0)) == ut(2026, 6, 30, 16, 0),
	      "Manila: Saturday 01:00 local is Friday 17:00 UTC; 1 July 00:00 is 30 June 16:00 UTC");
	/* every 997 minutes through 2026 (about 527 moments): there and back */
	int bad = 0;
	for (long long t = ut(2026, 1, 1, 0, 0); t < ut(2027, 1, 1, 0, 0); t += 997 * 60 + 17)
		bad += zone_unix(zone_local_minute(t)) != t - t % 60;
	CHECK(bad == 0, "Manila: Unix -> local minute -> Unix through 2026 (%d wrong)", bad);
	zone_leave(&y);
	CHECK(tz_is("UTC") && zone_local_minute(1795791600LL) == 29929860LL, "zone_leave puts the outer zone (UTC) back");

	r = zone_enter(&y, "Europe/Berlin");
	CHECK(r == 0, "zone_enter Europe/Berlin");
	/* winter CET (+1): 2026-11-27 15:00 UTC is 16:00; summer CEST (+2): 2026-07-01 10:00 UTC is 12:00 */
	CHECK(zone_local_minute(ut(2026, 11, 27, 15, 0)) == lm(2026, 11, 27, 16, 0) && zone_unix(lm(2026, 11, 27, 16, 0)) == ut(2026, 11, 27, 15, 0),
	      "Berlin in winter: 15:00 UTC is 16:00 local, and back");
	CHECK(zone_local_minute(ut(2026, 7, 1, 10, 0)) == lm(2026, 7, 1, 12, 0) && zone_unix(lm(2026, 7, 1, 12, 0)) == ut(2026, 7, 1, 10, 0),
	      "Berlin in summer: 10:00 UTC is 12:00 local, and back");
	/* spring: Sunday 29 March 2026 at 01:00 UTC the clock goes from 02:00 CET to 03:00 CEST
	 * (TZ=Europe/Berlin date -d @1774744200 / @1774747800: 01:30 CET, 03:30 CEST) */
	CHECK(zone_local_minute(ut(2026, 3, 29, 0, 59)) == lm(2026, 3, 29, 1, 59) && zone_local_minute(ut(2026, 3, 29, 1, 0)) == lm(2026, 3, 29, 3, 0),
	      "Berlin spring change: 00:59 UTC is 01:59, 01:00 UTC is already 03:00");
	CHECK(zone_unix(lm(2026, 3, 29, 1, 59)) == ut(2026, 3, 29, 0, 59) && zone_unix(lm(2026, 3, 29, 3, 0)) == ut(2026, 3, 29, 1, 0),
	      "Berlin spring change: 01:59 and 03:00 local back to 00:59 and 01:00 UTC");
	/* 02:30 was skipped; zone.h: taken with the offset from before the change (+01:00): 01:30 UTC
	 * = 1774747800 (date -u -d '2026-03-29 01:30 UTC' +%s), which the clock showed as 03:30 */
	long long got = zone_unix(lm(2026, 3, 29, 2, 30));
	CHECK(got == 1774747800LL, "Berlin: the skipped 02:30 is taken at +01:00: 01:30 UTC = 1774747800 (got %lld)", got);
	/* 02:00 at +01:00 is 01:00 UTC = 1774746000, the change itself; it must not come before 01:59's
	 * 00:59 UTC (1774745940) */
	got = zone_unix(lm(2026, 3, 29, 2, 0));
	CHECK(got == 1774746000LL, "Berlin: the skipped 02:00 at +01:00 is 01:00 UTC = 1774746000, after 01:59's (got %lld)", got);
	/* autumn: Sunday 25 October 2026 at 01:00 UTC from 03:00 CEST back to 02:00 CET: 02:30 shown at
	 * 00:30 UTC (CEST) and again at 01:30 UTC (CET); zone.h: the first, 00:30 UTC = 1792888200,
	 * whatever was converted before (a winter or a summer moment: the C library's mktime guesses
	 * from its last call) */
	CHECK(zone_local_minute(ut(2026, 10, 25, 0, 30)) == lm(2026, 10, 25, 2, 30) &&
	      zone_local_minute(ut(2026, 10, 25, 1, 30)) == lm(2026, 10, 25, 2, 30), "Berlin autumn change: 02:30 is shown at 00:30 and 01:30 UTC");
	zone_unix(lm(2026, 7, 1, 12, 0));
	long long after_summer = zone_unix(lm(2026, 10, 25, 2, 30));
	zone_unix(lm(2026, 11, 27, 16, 0));
	long long after_winter = zone_unix(lm(2026, 10, 25, 2, 30));
	CHECK(after_summer == 1792888200LL && after_winter == 1792888200LL,
	      "Berlin: 02:30 shown twice is taken the first time, 00:30 UTC = 1792888200 (got %lld after a summer time, %lld after a winter time)",
	      after_summer, after_winter);
	/* every minute of 28-30 March and 24-26 October 2026 (3 days each, 4320 minutes) that the clock
	 * showed reads back to itself; the skipped 02:00-02:59 of 29 March (60 minutes) read one hour on */
	int back = 0, skipped = 0;
	for (int w = 0; w < 2; w++)
		for (long long m = w ? lm(2026, 10, 24, 0, 0) : lm(2026, 3, 28, 0, 0), e = m + 3 * 1440; m < e; m++) {
			long long g = zone_local_minute(zone_unix(m));
			if (g == m)
				back++;
			else if (g == m + 60 && m >= lm(2026, 3, 29, 2, 0) && m < lm(2026, 3, 29, 3, 0))
				skipped++;
		}
	/* 2 x 4320 = 8640 minutes: 60 skipped, 8580 back */
	CHECK(back == 8580 && skipped == 60, "Berlin: local -> Unix -> local for every minute of 3 days around each change (%d back, %d skipped)",
	      back, skipped);
	/* a case in on Friday 23 Oct 2026 15:00 CEST (13:00 UTC), first response in 240: Friday 120, the
	 * weekend (with its extra hour) closed, Monday 26 Oct 09:00 + 120 = 11:00 CET = 10:00 UTC */
	{
		long hol[] = { civil_days(2026, 11, 30) };
		struct sla_calendar cal;
		memset(&cal, 0, sizeof(cal));
		sla_week_parse("mon-fri 09:00-17:00", &cal);
		cal.holidays = hol;
		cal.nholidays = 1;
		struct case_clock c = base();
		struct case_dues d;
		c.created = ut(2026, 10, 23, 13, 0);
		case_clock_dues(&cal, &c, &d);
		CHECK(d.first_response_due == ut(2026, 10, 26, 10, 0), "Berlin: due across the autumn change, Monday 11:00 CET = 10:00 UTC");
		/* open all week: in on Sunday 29 March 2026 00:00 UTC (01:00 CET), first response in 60 local
		 * minutes: the skipped 02:00, taken at +01:00 (zone.h): 01:00 UTC, an hour after the arrival;
		 * in 90: 02:30, 01:30 UTC */
		sla_week_parse("mon-sun 00:00-24:00", &cal);
		c.created = ut(2026, 3, 29, 0, 0);
		c.first_response_target = 60;
		c.resolution_target = 90;
		case_clock_dues(&cal, &c, &d);
		CHECK(d.first_response_due == ut(2026, 3, 29, 1, 0) && d.resolution_due == ut(2026, 3, 29, 1, 30),
		      "Berlin: dues in the skipped hour: 60 minutes from 00:00 UTC at 01:00 UTC, 90 at 01:30 (got %lld and %lld after %lld)",
		      d.first_response_due, d.resolution_due, c.created);
	}
	zone_leave(&y);
	CHECK(tz_is("UTC"), "zone_leave puts UTC back after Berlin");
	zone_leave(&z);
	CHECK(tz_is(saved), "zone_leave puts the process's own TZ back");
	free(saved);
}

static void test_dues(const struct sla_calendar *cal, const struct sla_calendar *ncal)
{
	struct case_clock c = base();
	struct case_dues d;
	case_clock_dues(ncal, &c, &d);
	/* no holiday: Friday 15:00-17:00 120, Monday 09:00 + 120 */
	CHECK(d.first_response_due == ut(2026, 11, 30, 11, 0), "first response due of a Friday 15:00 case, 4 hours: Monday 11:00");
	/* Friday 120 (1320 left), Monday 480 (840), Tuesday 480 (360), Wednesday 09:00 + 360 */
	CHECK(d.resolution_due == ut(2026, 12, 2, 15, 0), "resolution due in 1440 over the weekend: Wednesday 15:00");
	case_clock_dues(cal, &c, &d);
	/* Monday a holiday: Friday 120, Tuesday 09:00 + 120 */
	CHECK(d.first_response_due == ut(2026, 12, 1, 11, 0), "Monday a holiday: first response due Tuesday 11:00");
	/* Friday 120 (1320), Monday 0, Tuesday 480 (840), Wednesday 480 (360), Thursday 09:00 + 360 */
	CHECK(d.resolution_due == ut(2026, 12, 3, 15, 0), "resolution due over the weekend and the holiday: Thursday 15:00");
	CHECK(d.next_due == d.first_response_due, "no first response yet: next due is the first response's");
	/* 240 * 7500 / 10000 = 180: Friday 120, Tuesday 09:00 + 60 */
	CHECK(d.next_warn == ut(2026, 12, 1, 10, 0), "next warn at 75%% of 240 (180): Tuesday 10:00");

	c.first_response_at = ut(2026, 12, 1, 10, 30);
	case_clock_dues(cal, &c, &d);
	CHECK(d.next_due == ut(2026, 12, 3, 15, 0) && d.first_response_due == ut(2026, 12, 1, 11, 0),
	      "first response given: next due is the resolution's (Thursday 15:00)");
	/* 1440 * 7500 / 10000 = 1080: Friday 120 (960), Tuesday 480 (480), Wednesday 480: Wednesday 17:00
	 * (the first moment 1080 have passed, not Thursday 09:00) */
	CHECK(d.next_warn == ut(2026, 12, 2, 17, 0), "next warn at 75%% of 1440 (1080): Wednesday 17:00");
	c.warn_bp = 10000;
	case_clock_dues(cal, &c, &d);
	CHECK(d.next_warn == d.next_due, "warn at 100%%: the due itself");
	c.warn_bp = 5000;
	c.first_response_at = 0;
	case_clock_dues(cal, &c, &d);
	/* 120 from Friday 15:00: Friday 17:00 */
	CHECK(d.next_warn == ut(2026, 11, 27, 17, 0), "warn at 50%% of 240 (120): Friday 17:00, the end of Friday's hours");

	/* ended pauses of 90: each due 90 business minutes later */
	c = base();
	c.paused_minutes = 90;
	case_clock_dues(cal, &c, &d);
	/* 330: Friday 120, Tuesday 09:00 + 210 */
	CHECK(d.first_response_due == ut(2026, 12, 1, 12, 30), "ended pauses of 90: first response due Tuesday 12:30");
	/* 1530: Friday 120 (1410), Tuesday 480 (930), Wednesday 480 (450), Thursday 09:00 + 450 */
	CHECK(d.resolution_due == ut(2026, 12, 3, 16, 30), "ended pauses of 90: resolution due Thursday 16:30");
	/* warn: 180 + 90 = 270: Friday 120, Tuesday 09:00 + 150 */
	CHECK(d.next_warn == ut(2026, 12, 1, 11, 30), "ended pauses of 90: next warn Tuesday 11:30 (180 + 90)");
	c.paused_minutes = 150;
	case_clock_dues(cal, &c, &d);
	/* 1590: ... Thursday 480 (30), Friday 4 Dec 09:30 */
	CHECK(d.resolution_due == ut(2026, 12, 4, 9, 30), "ended pauses of 150: resolution due over Thursday's end, Friday 09:30");
	/* for pauses of 0..900 minutes: exactly that many business minutes between the dues */
	int bad = 0;
	struct case_dues d0;
	c.paused_minutes = 0;
	case_clock_dues(cal, &c, &d0);
	for (long long p = 1; p <= 900; p += 7) {
		c.paused_minutes = p;
		case_clock_dues(cal, &c, &d);
		bad += sla_business_minutes(cal, zone_local_minute(d0.resolution_due), zone_local_minute(d.resolution_due)) != p ||
		       sla_business_minutes(cal, zone_local_minute(d0.first_response_due), zone_local_minute(d.first_response_due)) != p;
	}
	CHECK(bad == 0, "ended pauses of p (1..900 by 7): both dues p business minutes later (%d wrong)", bad);

	/* in on Saturday 10:00: counted from Tuesday 09:00 (Monday the holiday): 60 more */
	c = base();
	c.created = ut(2026, 11, 28, 10, 0);
	c.first_response_target = 60;
	case_clock_dues(cal, &c, &d);
	CHECK(d.first_response_due == ut(2026, 12, 1, 10, 0), "a case in on Saturday: 60 minutes due Tuesday 10:00");

	/* paused, closed, no targets, never open */
	c = base();
	c.paused_at = ut(2026, 12, 1, 9, 30);
	case_clock_dues(cal, &c, &d);
	CHECK(d.next_due == 0 && d.next_warn == 0 && d.first_response_due == ut(2026, 12, 1, 11, 0) && d.resolution_due == ut(2026, 12, 3, 15, 0),
	      "paused: no next due or warn; the dues stay (they count ended pauses only)");
	c = base();
	c.open = 0;
	case_clock_dues(cal, &c, &d);
	CHECK(d.next_due == 0 && d.next_warn == 0 && d.resolution_due == ut(2026, 12, 3, 15, 0), "closed: no next due or warn");
	c = base();
	c.first_response_target = c.resolution_target = 0;
	case_clock_dues(cal, &c, &d);
	CHECK(d.first_response_due == 0 && d.resolution_due == 0 && d.next_due == 0 && d.next_warn == 0, "no targets: no dues at all");
	c = base();
	c.first_response_target = 0;
	case_clock_dues(cal, &c, &d);
	/* 1080 from Friday 15:00: Wednesday 17:00 (as above) */
	CHECK(d.first_response_due == 0 && d.next_due == ut(2026, 12, 3, 15, 0) && d.next_warn == ut(2026, 12, 2, 17, 0),
	      "no first-response target: next due is the resolution's even before a reply");
	c = base();
	c.resolution_target = 0;
	c.first_response_at = ut(2026, 12, 1, 10, 30);
	case_clock_dues(cal, &c, &d);
	CHECK(d.first_response_due == ut(2026, 12, 1, 11, 0) && d.resolution_due == 0 && d.next_due == 0 && d.next_warn == 0,
	      "first response given and no resolution target: nothing next");
	struct sla_calendar never;
	memset(&never, 0, sizeof(never));
	c = base();
	case_clock_dues(&never, &c, &d);
	CHECK(d.first_response_due == 0 && d.resolution_due == 0 && d.next_due == 0 && d.next_warn == 0,
	      "a calendar never open: no dues (0), no next due or warn");

	/* the same case in Manila (UTC+8): in at 07:00 UTC = Friday 15:00 local, so the dues are the
	 * local Tuesday 11:00 = 03:00 UTC and Thursday 15:00 = 07:00 UTC */
	struct zone_scope z;
	int r = zone_enter(&z, "Asia/Manila");
	CHECK(r == 0, "zone_enter Asia/Manila for a case");
	c = base();
	c.created = ut(2026, 11, 27, 7, 0);
	case_clock_dues(cal, &c, &d);
	CHECK(d.first_response_due == ut(2026, 12, 1, 3, 0) && d.resolution_due == ut(2026, 12, 3, 7, 0),
	      "Manila: dues at local Tuesday 11:00 and Thursday 15:00 (03:00 and 07:00 UTC)");
	zone_leave(&z);
}

static void test_taken_resume_left(const struct sla_calendar *cal, const struct sla_calendar *ncal)
{
	struct case_clock c = base();
	/* Friday 15:00-17:00 120, Monday the holiday, Tuesday 09:00-10:00 60 */
	CHECK(case_clock_taken(cal, &c, ut(2026, 12, 1, 10, 0)) == 180, "taken by Tuesday 10:00: 120 + 60");
	/* the seconds of at are dropped: Tuesday 10:00:59 is still 180 */
	CHECK(case_clock_taken(cal, &c, ut(2026, 12, 1, 10, 0) + 59) == 180, "taken by Tuesday 10:00:59: still 180");
	CHECK(case_clock_taken(cal, &c, c.created) == 0, "taken at the arrival: 0");
	c.paused_minutes = 30;
	CHECK(case_clock_taken(cal, &c, ut(2026, 12, 1, 10, 0)) == 150, "ended pauses of 30: 180 - 30");
	c.paused_at = ut(2026, 12, 1, 9, 30);
	CHECK(case_clock_taken(cal, &c, ut(2026, 12, 1, 10, 0)) == 120, "paused since Tuesday 09:30: 180 - 30 - 30");
	/* the pause begins after at: Friday 120 + Tuesday 15 - 30 */
	CHECK(case_clock_taken(cal, &c, ut(2026, 12, 1, 9, 15)) == 105, "a pause that begins after at does not count: 135 - 30");
	c.paused_at = ut(2026, 11, 28, 12, 0);
	/* paused since Saturday 12:00: Saturday to Tuesday 10:00 holds 60 business minutes: 180 - 30 - 60 */
	CHECK(case_clock_taken(cal, &c, ut(2026, 12, 1, 10, 0)) == 90, "paused since Saturday: only Tuesday's 60 of it count: 90");
	c.paused_at = 0;
	c.paused_minutes = 1000;
	CHECK(case_clock_taken(cal, &c, ut(2026, 12, 1, 10, 0)) == 0, "ended pauses longer than the time: 0, not below");
	c.paused_minutes = 30;
	CHECK(case_clock_taken(cal, &c, ut(2026, 11, 27, 14, 0)) == 0, "at before the arrival: 0");

	/* resume: paused Tuesday 16:00, resumed Wednesday 10:00: 60 + 60 more */
	c = base();
	c.paused_minutes = 30;
	c.paused_at = ut(2026, 12, 1, 16, 0);
	CHECK(case_clock_resume(cal, &c, ut(2026, 12, 2, 10, 0)) == 150, "resume: 30 + Tuesday 60 + Wednesday 60");
	/* paused Friday 16:30 to Tuesday 09:00: Friday 30, the weekend and Monday (holiday) 0 */
	c.paused_at = ut(2026, 11, 27, 16, 30);
	CHECK(case_clock_resume(cal, &c, ut(2026, 12, 1, 9, 0)) == 60, "resume after a weekend and a holiday: 30 + 30");
	CHECK(case_clock_resume(ncal, &c, ut(2026, 12, 1, 9, 0)) == 540, "... without the holiday: 30 + 30 + Monday 480");
	CHECK(case_clock_resume(cal, &c, c.paused_at) == 30 && case_clock_resume(cal, &c, c.paused_at - 600) == 30,
	      "resume at or before the pause began: the ended pauses only");
	c.paused_at = 0;
	CHECK(case_clock_resume(cal, &c, ut(2026, 12, 1, 9, 0)) == 30, "resume when not paused: the ended pauses only");
	/* a pause resumed, then the dues: paused Tuesday 16:00 to Wednesday 10:00 (120) after 30 ended:
	 * 150, so resolution due Friday 09:30 as worked out in test_dues */
	c.paused_at = ut(2026, 12, 1, 16, 0);
	c.paused_minutes = case_clock_resume(cal, &c, ut(2026, 12, 2, 10, 0));
	c.paused_at = 0;
	struct case_dues d;
	case_clock_dues(cal, &c, &d);
	CHECK(d.resolution_due == ut(2026, 12, 4, 9, 30) && d.next_due == ut(2026, 12, 1, 13, 30),
	      "after resuming (150): resolution due Friday 09:30, first response due Tuesday 13:30 (390: Friday 120, Tuesday 09:00 + 270)");

	/* left */
	c = base();
	/* due Friday 16:00, now Monday 10:00: Friday 16:00-17:00 60 and Monday 09:00-10:00 60 past */
	CHECK(case_clock_left(ncal, &c, ut(2026, 11, 27, 16, 0), ut(2026, 11, 30, 10, 0)) == -120,
	      "left: due Friday 16:00, now Monday 10:00: -120 (business minutes only)");
	CHECK(case_clock_left(cal, &c, ut(2026, 11, 27, 16, 0), ut(2026, 11, 30, 10, 0)) == -60,
	      "... with Monday a holiday: -60");
	/* now Friday 15:00, due Tuesday 11:00: Friday 120, Tuesday 120 */
	CHECK(case_clock_left(cal, &c, ut(2026, 12, 1, 11, 0), ut(2026, 11, 27, 15, 0)) == 240, "left before due: 240");
	CHECK(case_clock_left(cal, &c, ut(2026, 12, 1, 11, 0), ut(2026, 11, 29, 12, 0)) == 120, "left on Sunday: Tuesday's 120");
	CHECK(case_clock_left(cal, &c, ut(2026, 12, 1, 11, 0), ut(2026, 12, 1, 11, 0)) == 0, "left at the due moment: 0");
	/* now Saturday, due Friday 16:00: 60 past, the weekend does not count */
	CHECK(case_clock_left(cal, &c, ut(2026, 11, 27, 16, 0), ut(2026, 11, 28, 12, 0)) == -60, "past due over the weekend: -60");
	/* paused since Friday 16:00, now Tuesday 10:30, due Tuesday 11:00: from Friday 16:00, 60 + 120 */
	c.paused_at = ut(2026, 11, 27, 16, 0);
	CHECK(case_clock_left(cal, &c, ut(2026, 12, 1, 11, 0), ut(2026, 12, 1, 10, 30)) == 180,
	      "paused: what was left at the pause (180), not at now (30)");
	/* paused since Tuesday 12:00 (after the due 11:00), now Wednesday 15:00: -60 frozen */
	c.paused_at = ut(2026, 12, 1, 12, 0);
	CHECK(case_clock_left(cal, &c, ut(2026, 12, 1, 11, 0), ut(2026, 12, 2, 15, 0)) == -60, "paused after the due: -60, frozen");
	/* a pause that begins after now does not stop anything yet: Tuesday 10:30 to 11:00 */
	CHECK(case_clock_left(cal, &c, ut(2026, 12, 1, 11, 0), ut(2026, 12, 1, 10, 30)) == 30, "a pause after now: 30");
}

void test_case_clock(int *run, int *failed)
{
	long hol[] = { civil_days(2026, 11, 30) };
	struct sla_calendar cal, ncal;
	memset(&cal, 0, sizeof(cal));
	int r = sla_week_parse("mon-fri 09:00-17:00", &cal);
	cal.holidays = hol;
	cal.nholidays = 1;
	ncal = cal;
	ncal.holidays = NULL;
	ncal.nholidays = 0;
	CHECK(r == 0 && cal.day[0].n == 1 && cal.day[4].to[0] == 1020 && cal.day[5].n == 0 && sla_weekday(hol[0]) == 0 &&
	      sla_weekday(civil_days(2026, 11, 27)) == 4, "the calendar: weekdays 09:00-17:00; 30 Nov 2026 a Monday, 27 Nov a Friday");
	test_zone();
	struct zone_scope z;
	r = zone_enter(&z, "UTC");
	CHECK(r == 0, "zone_enter UTC for the clocks");
	test_dues(&cal, &ncal);
	test_taken_resume_left(&cal, &ncal);
	zone_leave(&z);
	*run += tap_run;
	*failed += tap_failed;
	tap_run = tap_failed = 0;
}
