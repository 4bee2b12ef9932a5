/* sla.h: service-level clocks counted in business time: a weekly calendar of opening hours with
 * holidays, the business minutes between two moments, a deadline that many business minutes on,
 * and an elapsed time that leaves out the pauses (waiting on the customer). Pure arithmetic. */
#ifndef CRM_SLA_H
#define CRM_SLA_H
#include <stddef.h>

/* Moments are local minute numbers: civil_days(date) * 1440 + minutes since the local midnight,
 * in the company's time zone (the caller converts). */
#define SLA_DAY_INTERVALS 4
struct sla_calendar {
	struct {
		int n;                          /* open intervals of the weekday, ascending, disjoint */
		int from[SLA_DAY_INTERVALS];    /* minutes since midnight, from < to <= 1440 */
		int to[SLA_DAY_INTERVALS];
	} day[7];                               /* 0 = Monday ... 6 = Sunday */
	const long *holidays;                   /* civil day numbers closed all day, ascending */
	size_t nholidays;
};

/* Parses a week such as "mon-fri 09:00-12:00 13:00-17:00; sat 09:00-12:00" (days mon..sun, a
 * range or a comma list, then up to four ascending HH:MM-HH:MM intervals; 24:00 ends a day)
 * into c (holidays untouched). 0, or -1 with c unchanged. */
int sla_week_parse(const char *text, struct sla_calendar *c);
/* The weekday (0 = Monday) of a civil day number. */
int sla_weekday(long day);
/* Business minutes in [a, b) (0 when b <= a). */
long long sla_business_minutes(const struct sla_calendar *c, long long a, long long b);
/* The first moment at which minutes business minutes have passed since start (start itself for
 * 0), or -1 when the calendar is never open (no interval on any day). */
long long sla_deadline(const struct sla_calendar *c, long long start, long long minutes);
/* Business minutes from start to now less those in the pauses [from[i], to[i]) (they may overlap
 * each other or lie partly outside [start, now)). */
long long sla_elapsed(const struct sla_calendar *c, long long start, long long now, const long long *pause_from,
		      const long long *pause_to, size_t npauses);
#endif
