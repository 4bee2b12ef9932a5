/* test_sla.c: unit tests of business-time SLA clocks (sla.c) with a fixed calendar: weekends,
 * holidays, lunch breaks, deadlines and pauses. Every expected value is worked out in the comment
 * beside it. The calendar: Monday to Friday 09:00-12:00 and 13:00-17:00 (420 minutes), Saturday
 * 09:00-12:00 (180), Sunday closed; 25 December 2026 (a Friday) a holiday. 24 Nov 2026 is a Tuesday. */
#include <string.h>
#include "tap.h"
#include "occasion.h"
#include "sla.h"

void test_sla(int *run, int *failed);

/* A local moment: date and HH:MM as a minute number. */
static long long at(int y, int m, int d, int hh, int mm)
{
	return civil_days(y, m, d) * 1440LL + hh * 60 + mm;
}

static void test_sla_week(struct sla_calendar *c, const long *holidays)
{
	memset(c, 0, sizeof(*c));
	int r = sla_week_parse("mon-fri 09:00-12:00 13:00-17:00; sat 09:00-12:00", c);
	c->holidays = holidays;
	c->nholidays = 1;
	CHECK(r == 0 && c->day[0].n == 2 && c->day[4].n == 2 && c->day[0].from[1] == 780 && c->day[4].to[1] == 1020 &&
	      c->day[5].n == 1 && c->day[5].to[0] == 720 && c->day[6].n == 0,
	      "parse: weekdays 09-12 and 13-17 (780 = 13:00, 1020 = 17:00), Saturday 09-12, Sunday closed");
	struct sla_calendar x = *c;
	const char *bad[] = { "mon 09:00-08:00", "mon 09:00-12:00 11:00-13:00", "xyz 09:00-10:00", "mon 25:00-26:00",
			      "mon", "mon 09:00-12:00; mon 13:00-14:00", "fri-mon 09:00-10:00", "mon 9:00-10:00",
			      "mon 09:00-10:00 10:00-11:00 11:00-12:00 12:00-13:00 13:00-14:00", "mon 24:30-24:45" };
	int refused = 0;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		refused += sla_week_parse(bad[i], &x) == -1;
	CHECK(refused == 10 && memcmp(&x, c, sizeof(x)) == 0,
	      "parse refuses backwards, overlapping, unknown days, 25:00, no hours, a day twice, fri-mon, 9:00, 5 intervals, 24:30; nothing changed");
	struct sla_calendar y;
	memset(&y, 0, sizeof(y));
	CHECK(sla_week_parse("sun 00:00-24:00", &y) == 0 && y.day[6].n == 1 && y.day[6].to[0] == 1440 &&
	      sla_week_parse("mon,wed 08:00-09:00", &y) == 0 && y.day[0].n == 1 && y.day[1].n == 0 && y.day[2].n == 1 && y.day[6].n == 0,
	      "parse: 24:00 ends a day; a comma list; a new week replaces the old");
}

void test_sla(int *run, int *failed)
{
	static const long holidays[] = { 0 };
	long xmas[] = { civil_days(2026, 12, 25) };
	struct sla_calendar c;
	test_sla_week(&c, holidays);
	c.holidays = xmas;
	CHECK(sla_weekday(civil_days(2026, 11, 24)) == 1 && sla_weekday(civil_days(1970, 1, 1)) == 3 &&
	      sla_weekday(civil_days(1969, 12, 29)) == 0, "weekdays: 24 Nov 2026 Tuesday, 1 Jan 1970 Thursday, 29 Dec 1969 Monday");
	/* Tuesday 08:00-18:00: the whole day, 420 */
	CHECK(sla_business_minutes(&c, at(2026, 11, 24, 8, 0), at(2026, 11, 24, 18, 0)) == 420, "a whole weekday: 420 minutes");
	/* Tuesday 10:30-13:30: 90 before lunch, 30 after */
	CHECK(sla_business_minutes(&c, at(2026, 11, 24, 10, 30), at(2026, 11, 24, 13, 30)) == 120, "across lunch: 90 + 30");
	/* Friday 16:00 to Monday 10:00: Friday 60, Saturday 180, Sunday 0, Monday 60 */
	CHECK(sla_business_minutes(&c, at(2026, 11, 27, 16, 0), at(2026, 11, 30, 10, 0)) == 300, "over a weekend: 60 + 180 + 0 + 60");
	/* Thursday 24 Dec 16:00 to Monday 28 Dec 10:00: 60 + holiday 0 + Saturday 180 + 0 + 60 */
	CHECK(sla_business_minutes(&c, at(2026, 12, 24, 16, 0), at(2026, 12, 28, 10, 0)) == 300, "over Christmas (a holiday Friday)");
	CHECK(sla_business_minutes(&c, at(2026, 11, 24, 12, 0), at(2026, 11, 24, 12, 0)) == 0 &&
	      sla_business_minutes(&c, at(2026, 11, 25, 0, 0), at(2026, 11, 24, 0, 0)) == 0, "an empty or backwards span: 0");
	/* Friday 16:00 + 480: Friday 60 (420 left), Saturday 180 (240), Monday morning 180 (60), 13:00 + 60 */
	CHECK(sla_deadline(&c, at(2026, 11, 27, 16, 0), 480) == at(2026, 11, 30, 14, 0), "8 business hours from Friday 16:00: Monday 14:00");
	CHECK(sla_deadline(&c, at(2026, 11, 24, 7, 0), 30) == at(2026, 11, 24, 9, 30), "from before opening: counted from 09:00");
	CHECK(sla_deadline(&c, at(2026, 11, 24, 9, 0), 180) == at(2026, 11, 24, 12, 0), "exactly a morning: 12:00");
	CHECK(sla_deadline(&c, at(2026, 11, 24, 12, 30), 1) == at(2026, 11, 24, 13, 1), "in the lunch break: from 13:00");
	/* Thursday 24 Dec 16:30 + 60: Thursday 30, Friday a holiday, Saturday 09:00 + 30 */
	CHECK(sla_deadline(&c, at(2026, 12, 24, 16, 30), 60) == at(2026, 12, 26, 9, 30), "over the holiday: Saturday 09:30");
	CHECK(sla_deadline(&c, at(2026, 11, 24, 20, 0), 0) == at(2026, 11, 24, 20, 0), "no time: the start itself");
	struct sla_calendar closed;
	memset(&closed, 0, sizeof(closed));
	CHECK(sla_deadline(&closed, 0, 10) == -1, "a calendar never open has no deadline");
	/* Monday 23 Nov 09:00 to Wednesday 25 Nov 10:00: 420 + 420 + 60 = 900. Paused Tuesday 11:00 to
	 * Wednesday 09:30: Tuesday 60 + 240, Wednesday 30 = 330: 570 */
	long long pf[] = { at(2026, 11, 24, 11, 0), at(2026, 11, 24, 11, 30), at(2026, 11, 22, 0, 0) };
	long long pt[] = { at(2026, 11, 25, 9, 30), at(2026, 11, 24, 14, 0), at(2026, 11, 23, 9, 30) };
	long long s = at(2026, 11, 23, 9, 0), n = at(2026, 11, 25, 10, 0);
	CHECK(sla_elapsed(&c, s, n, pf, pt, 0) == 900, "elapsed without pauses: 900");
	CHECK(sla_elapsed(&c, s, n, pf, pt, 1) == 570, "a pause waiting on the customer: 900 - 330");
	CHECK(sla_elapsed(&c, s, n, pf, pt, 2) == 570, "a second pause inside the first counts once");
	/* the third began before the start: only Monday 09:00-09:30 of it counts */
	CHECK(sla_elapsed(&c, s, n, pf, pt, 3) == 540, "a pause begun before the start counts from the start");
	long long pf2[] = { at(2026, 11, 25, 9, 30) }, pt2[] = { at(2026, 11, 30, 0, 0) };
	/* the pause runs past now: Wednesday 09:30-10:00 is left out: 900 - 30 */
	CHECK(sla_elapsed(&c, s, n, pf2, pt2, 1) == 870, "a pause still running stops the clock at its start");
	*run += tap_run;
	*failed += tap_failed;
	tap_run = tap_failed = 0;
}
