/* case_clock.h: a case's SLA clocks: when its first-response and resolution targets fall due, when
 * they are near, how long a step took and how much time is left, all in business minutes of the
 * company's calendar (sla.h) less the pauses while the case waited on the customer. Moments are
 * Unix seconds, counted to the minute (seconds dropped); they are read as local time of the zone
 * the caller entered (zone.h), so the results depend on that zone and nothing else. Business minutes
 * are counted on the local clock: the hour skipped in spring counts, the repeated autumn hour once. */
#ifndef CRM_CASE_CLOCK_H
#define CRM_CASE_CLOCK_H
#include "sla.h"

/* What a case's clocks depend on. */
struct case_clock {
	long long created;             /* the case came in */
	long long first_response_at;   /* the first public reply; 0: none yet */
	long long paused_at;           /* waiting on the customer since; 0: the clock runs */
	long long paused_minutes;      /* business minutes of the pauses that ended */
	long long first_response_target, resolution_target;   /* business minutes; 0: no target */
	int open;                      /* 0 once resolved or closed */
	int warn_bp;                   /* a clock past this share of its target is near (7500: 75%) */
};

/* When the targets fall due, and what the queue sorts and escalates by. */
struct case_dues {
	long long first_response_due, resolution_due;   /* 0: no target */
	long long next_due;    /* the earlier of the targets not yet met while the clock runs; 0: none
				* (met, no target, paused or no longer open) */
	long long next_warn;   /* when next_due's clock passes warn_bp of its target (the arrival when
				* that share is under a minute); 0 with next_due */
};

/* Computes the dues: each target falls due when its business minutes plus the ended pauses have
 * passed since the case came in (a calendar that is never open gives no due at all). */
void case_clock_dues(const struct sla_calendar *cal, const struct case_clock *c, struct case_dues *d);
/* Business minutes from the case's arrival to at, less the pauses (the ended ones and, when the
 * case is paused, the part of the current pause before at); never below 0. */
long long case_clock_taken(const struct sla_calendar *cal, const struct case_clock *c, long long at);
/* The ended pauses after one that began at paused_at ends at now: paused_minutes plus its
 * business minutes. */
long long case_clock_resume(const struct sla_calendar *cal, const struct case_clock *c, long long now);
/* Business minutes left until due at now (negative: how long past due); while the case is paused,
 * what was left when the pause began. */
long long case_clock_left(const struct sla_calendar *cal, const struct case_clock *c, long long due, long long now);
#endif
