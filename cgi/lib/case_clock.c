/* case_clock.c: dues, time taken and time left of a case's SLA clocks, in business minutes. */
#include "case_clock.h"
#include "zone.h"

/* The Unix time at which minutes business minutes plus the ended pauses have passed since the case
 * came in; 0 when there is no target or the calendar is never open. */
static long long due_after(const struct sla_calendar *cal, const struct case_clock *c, long long minutes)
{
	if (minutes <= 0)
		return 0;
	long long at = sla_deadline(cal, zone_local_minute(c->created), minutes + c->paused_minutes);
	return at < 0 ? 0 : zone_unix(at);
}

void case_clock_dues(const struct sla_calendar *cal, const struct case_clock *c, struct case_dues *d)
{
	d->first_response_due = due_after(cal, c, c->first_response_target);
	d->resolution_due = due_after(cal, c, c->resolution_target);
	d->next_due = d->next_warn = 0;
	if (!c->open || c->paused_at)
		return;
	long long target = 0;
	if (c->first_response_at == 0 && d->first_response_due) {
		d->next_due = d->first_response_due;
		target = c->first_response_target;
	}
	if (d->resolution_due && (d->next_due == 0 || d->resolution_due < d->next_due)) {
		d->next_due = d->resolution_due;
		target = c->resolution_target;
	}
	if (d->next_due) {
		long long warn = target * c->warn_bp / 10000;
		d->next_warn = warn > 0 ? due_after(cal, c, warn) : c->created;
	}
}

long long case_clock_taken(const struct sla_calendar *cal, const struct case_clock *c, long long at)
{
	long long t = sla_business_minutes(cal, zone_local_minute(c->created), zone_local_minute(at)) - c->paused_minutes;
	if (c->paused_at && c->paused_at < at)
		t -= sla_business_minutes(cal, zone_local_minute(c->paused_at), zone_local_minute(at));
	return t < 0 ? 0 : t;
}

long long case_clock_resume(const struct sla_calendar *cal, const struct case_clock *c, long long now)
{
	if (c->paused_at == 0 || now <= c->paused_at)
		return c->paused_minutes;
	return c->paused_minutes + sla_business_minutes(cal, zone_local_minute(c->paused_at), zone_local_minute(now));
}

long long case_clock_left(const struct sla_calendar *cal, const struct case_clock *c, long long due, long long now)
{
	if (c->paused_at && c->paused_at < now)
		now = c->paused_at;
	long long a = zone_local_minute(now), b = zone_local_minute(due);
	return b >= a ? sla_business_minutes(cal, a, b) : -sla_business_minutes(cal, b, a);
}
