/* case_policy.h: what the SLA clocks and the public form run on, read in one query through the views
 * both programs may read: the business calendar (weekly hours and holidays), the company's time
 * zone, the warning share, the targets of one kind and priority, and the public form's limits. */
#ifndef CRM_CASE_POLICY_H
#define CRM_CASE_POLICY_H
#include "db.h"
#include "sla.h"
#include "case_clock.h"
#include "zone.h"

#define CASE_HOLIDAYS_MAX 2048   /* holidays within 1000 days either side of today */
/* A reply or resolution older than this is not mailed to the customer (crmctl notify), nor shown on
 * the desk as still to be. */
#define CASE_NOTICE_MAX_AGE_DAYS 7

struct case_policy {
	struct sla_calendar cal;                 /* never open when sla_week does not parse */
	long holidays[CASE_HOLIDAYS_MAX];        /* civil day numbers, ascending (cal.holidays) */
	char week[256];                          /* the weekly hours as written (sla_week) */
	char tz[65];                             /* the company's time zone ("UTC" when unset) */
	int warn_bp;                             /* sla_warn_bp */
	long long first_response_target, resolution_target;   /* of the kind and priority asked; 0: none */
	long long rate_per_hour, lookups_per_hour, min_seconds;   /* the public form's limits */
	int category_ok, product_ok;             /* case_policy_load_for: they are active choices of the form */
};

/* Loads p (a large struct: keep it off small stacks) for kind and priority (both NULL: the calendar
 * and settings only). DB_OK, or the database's error. */
enum db_status case_policy_load(struct db *db, const char *kind, const char *priority, struct case_policy *p);
/* Enters the policy's time zone (UTC when this system lacks it) for the clocks' arithmetic;
 * zone_leave(z) puts the process's zone back. */
void case_policy_zone(const struct case_policy *p, struct zone_scope *z);
/* The dues of a case that arrives at now (Unix seconds) with the policy's targets. */
void case_policy_dues(const struct case_policy *p, long long now, struct case_dues *d);
/* The same, also saying whether category and product (ids; 0 for none) are active choices of the
 * public form (p->category_ok, p->product_ok): a submission's checks in the same round trip. */
enum db_status case_policy_load_for(struct db *db, const char *kind, const char *priority, long long category,
				   long long product, struct case_policy *p);
#endif
