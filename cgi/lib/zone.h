/* zone.h: Unix time and local minute numbers in a named time zone (the company's), for the
 * company's date and the SLA clocks. The process's own zone is put back by zone_leave. */
#ifndef CRM_ZONE_H
#define CRM_ZONE_H

/* What zone_enter changed, for zone_leave to put back. */
struct zone_scope {
	char *saved;    /* malloc'd copy of the TZ variable before, or NULL; zone_leave frees it */
	int had;        /* TZ was set before */
	int entered;
};

/* Makes tz (an IANA name such as "Asia/Manila", or "UTC") the process's time zone until
 * zone_leave: 0, or -1 (nothing changed, z->entered 0) when tz is not a zone of this system. */
int zone_enter(struct zone_scope *z, const char *tz);
/* Puts the time zone back as it was before zone_enter (nothing when it failed). */
void zone_leave(struct zone_scope *z);

/* Under the entered zone: the local minute number of Unix time t, that is days since 1970-01-01
 * of the local date * 1440 + minutes since the local midnight (seconds dropped). */
long long zone_local_minute(long long t);
/* Under the entered zone: the Unix time at which the local clock shows minute m. A minute that the
 * clock skipped (going forward) is taken with the offset from before the change; one it showed
 * twice (going back), the first time. Read from the zone's offsets two days either side of m, not
 * from mktime, so the answer never depends on an earlier call. */
long long zone_unix(long long m);
/* Under the entered zone: Unix time t as local "YYYY-MM-DD HH:MM" into out[17]; returns out. */
char *zone_text(long long t, char out[17]);
#endif
