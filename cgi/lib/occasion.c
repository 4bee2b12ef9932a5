/* occasion.c: calendar arithmetic of yearly occasions: the company's date, month-day ranges, next dates. */
#include "occasion.h"
#include "zone.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* H. Hinnant's days_from_civil and civil_from_days. */
long civil_days(int y, int m, int d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void civil_from_days(long z, int *y, int *m, int *d)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

int civil_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int civil_valid(int y, int m, int d)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1)
		return 0;
	return d <= mdays[m - 1] + (m == 2 && civil_leap(y));
}

int civil_parse(const char *s, int *y, int *m, int *d)
{
	int n = 0;
	if (s == NULL || strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%n", y, m, d, &n) != 3 || n != 10 ||
	    s[4] != '-' || s[7] != '-')
		return -1;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return -1;
	return civil_valid(*y, *m, *d) ? 0 : -1;
}

int occasion_zone_valid(const char *tz)
{
	if (tz == NULL || *tz == '\0' || strlen(tz) > 64 || tz[0] == '/' || strstr(tz, ".."))
		return 0;
	if (strcmp(tz, "UTC") == 0)
		return 1;
	for (const char *p = tz; *p; p++)
		if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
		      *p == '/' || *p == '_' || *p == '-' || *p == '+'))
			return 0;
	char path[128];
	snprintf(path, sizeof(path), "/usr/share/zoneinfo/%s", tz);
	return access(path, R_OK) == 0;
}

int occasion_today(const char *tz, long long now, int *y, int *m, int *d)
{
	struct zone_scope z;
	if (zone_enter(&z, tz) < 0)
		return -1;
	long long lm = zone_local_minute(now);
	zone_leave(&z);
	long long day = lm >= 0 ? lm / 1440 : -((-lm + 1439) / 1440);
	civil_from_days((long)day, y, m, d);
	return 0;
}

int occasion_ranges(int y, int m, int d, int days, struct md_range r[2])
{
	if (days >= 365) {
		r[0].from = 101;
		r[0].to = 1231;
		return 1;
	}
	long start = civil_days(y, m, d);
	int ey, em, ed;
	civil_from_days(start + days, &ey, &em, &ed);
	int from = m * 100 + d, to = em * 100 + ed, n;
	if (ey == y) {
		r[0].from = from;
		r[0].to = to;
		n = 1;
	} else {
		r[0].from = from;
		r[0].to = 1231;
		r[1].from = 101;
		r[1].to = to;
		n = 2;
	}
	/* the window ends on 28 February of a common year: 29 February is kept on that day */
	if (em == 2 && ed == 28 && !civil_leap(ey))
		r[n - 1].to = 229;
	return n;
}

int occasion_next(int month, int day, int y, int m, int d, int *ny, int *nm, int *nd)
{
	long today = civil_days(y, m, d);
	for (int yy = y;; yy++) {
		int dd = (month == 2 && day == 29 && !civil_leap(yy)) ? 28 : day;
		long diff = civil_days(yy, month, dd) - today;
		if (diff >= 0) {
			if (ny)
				*ny = yy;
			if (nm)
				*nm = month;
			if (nd)
				*nd = dd;
			return (int)diff;
		}
	}
}
