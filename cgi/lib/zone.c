/* zone.c: Unix time and local minute numbers in a named time zone, through TZ and the C library. */
#include "zone.h"
#include "occasion.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int zone_enter(struct zone_scope *z, const char *tz)
{
	memset(z, 0, sizeof(*z));
	if (!occasion_zone_valid(tz))
		return -1;
	const char *old = getenv("TZ");
	z->had = old != NULL;
	if (old && (z->saved = strdup(old)) == NULL)
		abort();
	setenv("TZ", tz, 1);
	tzset();
	z->entered = 1;
	return 0;
}

void zone_leave(struct zone_scope *z)
{
	if (!z->entered)
		return;
	if (z->had)
		setenv("TZ", z->saved, 1);
	else
		unsetenv("TZ");
	tzset();
	free(z->saved);
	memset(z, 0, sizeof(*z));
}

/* Floor division for negative minutes and seconds before 1970. */
static long long floor_div(long long a, long long b)
{
	return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

long long zone_local_minute(long long t)
{
	time_t tt = (time_t)t;
	struct tm tm;
	if (localtime_r(&tt, &tm) == NULL)
		return floor_div(t, 60);
	return (long long)civil_days(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday) * 1440 + tm.tm_hour * 60 + tm.tm_min;
}

/* The zone's offset at Unix time t, in minutes east of UTC. */
static long long offset_at(long long t)
{
	return zone_local_minute(t) - floor_div(t, 60);
}

long long zone_unix(long long m)
{
	/* The true moment is within 14 hours of m read as UTC, and a zone changes its offset at most
	 * once within two days of it: the offsets two days before and after are the only candidates. */
	long long guess = m * 60, before = offset_at(guess - 2 * 86400), after = offset_at(guess + 2 * 86400);
	long long a = (m - before) * 60, b = (m - after) * 60;
	int a_ok = zone_local_minute(a) == m, b_ok = zone_local_minute(b) == m;
	if (a_ok && b_ok)
		return a < b ? a : b;   /* shown twice (the clock went back): the first time */
	if (b_ok)
		return b;
	return a;   /* a or, when skipped (the clock went forward), with the offset from before */
}

char *zone_text(long long t, char out[17])
{
	long long m = zone_local_minute(t), day = floor_div(m, 1440), minute = m - day * 1440;
	int y, mo, d;
	civil_from_days((long)day, &y, &mo, &d);
	char text[64];
	snprintf(text, sizeof(text), "%04d-%02d-%02d %02d:%02d", y % 10000, mo, d, (int)(minute / 60), (int)(minute % 60));
	memcpy(out, text, 16);
	out[16] = '\0';
	return out;
}
