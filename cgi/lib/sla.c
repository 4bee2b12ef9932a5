/* sla.c: business-time arithmetic of service-level clocks: weekly opening hours, holidays, pauses. */
#include "sla.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DAY_MINUTES 1440LL

int sla_weekday(long day)
{
	long w = (day + 3) % 7;   /* 1970-01-01 was a Thursday */
	return (int)(w < 0 ? w + 7 : w);
}

static int holiday(const struct sla_calendar *c, long day)
{
	size_t lo = 0, hi = c->nholidays;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (c->holidays[mid] == day)
			return 1;
		if (c->holidays[mid] < day)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

static long floor_div(long long a, long long b)
{
	return (long)(a >= 0 ? a / b : -((-a + b - 1) / b));
}

/* Open minutes of day within the day's minutes [lo, hi). */
static long long day_open(const struct sla_calendar *c, long day, long long lo, long long hi)
{
	if (holiday(c, day))
		return 0;
	long long sum = 0;
	int w = sla_weekday(day);
	for (int i = 0; i < c->day[w].n; i++) {
		long long f = c->day[w].from[i] > lo ? c->day[w].from[i] : lo;
		long long t = c->day[w].to[i] < hi ? c->day[w].to[i] : hi;
		if (t > f)
			sum += t - f;
	}
	return sum;
}

long long sla_business_minutes(const struct sla_calendar *c, long long a, long long b)
{
	if (b <= a)
		return 0;
	long da = floor_div(a, DAY_MINUTES), db = floor_div(b, DAY_MINUTES);
	if (da == db)
		return day_open(c, da, a - da * DAY_MINUTES, b - db * DAY_MINUTES);
	long long sum = day_open(c, da, a - da * DAY_MINUTES, DAY_MINUTES);
	for (long d = da + 1; d < db; d++)
		sum += day_open(c, d, 0, DAY_MINUTES);
	return sum + day_open(c, db, 0, b - db * DAY_MINUTES);
}

long long sla_deadline(const struct sla_calendar *c, long long start, long long minutes)
{
	int open = 0;
	for (int w = 0; w < 7; w++)
		open |= c->day[w].n > 0;
	if (!open)
		return -1;
	if (minutes <= 0)
		return start;
	long day = floor_div(start, DAY_MINUTES);
	long long at = start - day * DAY_MINUTES, left = minutes;
	/* holidays are finite: past the last one a week always has open time */
	for (;; day++, at = 0) {
		if (holiday(c, day))
			continue;
		int w = sla_weekday(day);
		for (int i = 0; i < c->day[w].n; i++) {
			long long f = c->day[w].from[i] > at ? c->day[w].from[i] : at;
			long long t = c->day[w].to[i];
			if (t <= f)
				continue;
			if (t - f >= left)
				return day * DAY_MINUTES + f + left;
			left -= t - f;
		}
	}
}

long long sla_elapsed(const struct sla_calendar *c, long long start, long long now, const long long *pause_from,
		      const long long *pause_to, size_t npauses)
{
	long long total = sla_business_minutes(c, start, now);
	/* the pauses clipped to [start, now), merged so that overlaps count once */
	long long *f = malloc((npauses ? npauses : 1) * 2 * sizeof(*f));
	if (f == NULL)
		return total;
	size_t n = 0;
	for (size_t i = 0; i < npauses; i++) {
		long long a = pause_from[i] > start ? pause_from[i] : start, b = pause_to[i] < now ? pause_to[i] : now;
		if (b > a) {
			f[2 * n] = a;
			f[2 * n + 1] = b;
			n++;
		}
	}
	/* insertion sort by start: pauses are few */
	for (size_t i = 1; i < n; i++)
		for (size_t j = i; j > 0 && f[2 * j] < f[2 * (j - 1)]; j--) {
			long long ta = f[2 * j], tb = f[2 * j + 1];
			f[2 * j] = f[2 * (j - 1)];
			f[2 * j + 1] = f[2 * (j - 1) + 1];
			f[2 * (j - 1)] = ta;
			f[2 * (j - 1) + 1] = tb;
		}
	long long cur_a = 0, cur_b = 0;
	int have = 0;
	for (size_t i = 0; i < n; i++) {
		if (have && f[2 * i] <= cur_b) {
			if (f[2 * i + 1] > cur_b)
				cur_b = f[2 * i + 1];
			continue;
		}
		if (have)
			total -= sla_business_minutes(c, cur_a, cur_b);
		cur_a = f[2 * i];
		cur_b = f[2 * i + 1];
		have = 1;
	}
	if (have)
		total -= sla_business_minutes(c, cur_a, cur_b);
	free(f);
	return total;
}

/* "HH:MM" at *p (24:00 allowed) as minutes; advances *p. -1 when it is not one. */
static int parse_hhmm(const char **p)
{
	const char *s = *p;
	if (!(s[0] >= '0' && s[0] <= '2' && s[1] >= '0' && s[1] <= '9' && s[2] == ':' && s[3] >= '0' && s[3] <= '5' &&
	      s[4] >= '0' && s[4] <= '9'))
		return -1;
	int h = (s[0] - '0') * 10 + (s[1] - '0'), m = (s[3] - '0') * 10 + (s[4] - '0');
	if (h > 24 || (h == 24 && m != 0))
		return -1;
	*p = s + 5;
	return h * 60 + m;
}

static int parse_day(const char **p)
{
	static const char *const names[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };
	for (int i = 0; i < 7; i++)
		if (strncmp(*p, names[i], 3) == 0) {
			*p += 3;
			return i;
		}
	return -1;
}

int sla_week_parse(const char *text, struct sla_calendar *c)
{
	struct sla_calendar w = *c;
	for (int d = 0; d < 7; d++)
		w.day[d].n = 0;
	int seen[7] = { 0 };
	const char *p = text;
	while (*p == ' ')
		p++;
	while (*p) {
		int days[7] = { 0 };
		for (;;) {   /* mon-fri or mon,wed */
			int a = parse_day(&p), b = a;
			if (a < 0)
				return -1;
			if (*p == '-') {
				p++;
				if ((b = parse_day(&p)) < a)
					return -1;
			}
			for (int d = a; d <= b; d++)
				days[d] = 1;
			if (*p != ',')
				break;
			p++;
		}
		int n = 0, from[SLA_DAY_INTERVALS] = { 0 }, to[SLA_DAY_INTERVALS] = { 0 };
		while (*p == ' ') {
			while (*p == ' ')
				p++;
			if (*p == ';' || *p == '\0')
				break;
			int f = parse_hhmm(&p);
			if (f < 0 || *p++ != '-')
				return -1;
			int t = parse_hhmm(&p);
			if (t <= f || n == SLA_DAY_INTERVALS || (n > 0 && f < to[n - 1]))
				return -1;
			from[n] = f;
			to[n] = t;
			n++;
		}
		if (n == 0)
			return -1;
		for (int d = 0; d < 7; d++) {
			if (!days[d])
				continue;
			if (seen[d]++)
				return -1;   /* a day named twice */
			w.day[d].n = n;
			memcpy(w.day[d].from, from, sizeof(from));
			memcpy(w.day[d].to, to, sizeof(to));
		}
		if (*p == ';')
			p++;
		while (*p == ' ')
			p++;
	}
	*c = w;
	return 0;
}
