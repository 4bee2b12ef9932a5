/* case_policy.c: the SLA calendar, targets and public form limits, read as name/value rows. */
#include "case_policy.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One statement, so that a submission costs one round trip for all of it. */
DB_STMT(SQL_CASE_POLICY,
	"SELECT name, value FROM feedback_settings"
	" UNION ALL SELECT 'first_response', first_response_minutes FROM feedback_policies WHERE kind = ? AND priority = ?"
	" UNION ALL SELECT 'resolution', resolution_minutes FROM feedback_policies WHERE kind = ? AND priority = ?"
	" UNION ALL SELECT 'category_ok', COUNT(*) FROM feedback_categories WHERE id = ?"
	" UNION ALL SELECT 'product_ok', COUNT(*) FROM feedback_products WHERE id = ?"
	" UNION ALL SELECT 'holiday', TO_DAYS(day) - 719528 FROM feedback_holidays"
	"  WHERE day BETWEEN CURDATE() - INTERVAL 1000 DAY AND CURDATE() + INTERVAL 1000 DAY");

static int policy_row(void *ctx, const struct db_row *row)
{
	struct case_policy *p = ctx;
	const char *name = row->val[0], *v = row->val[1] ? row->val[1] : "";
	if (name == NULL)
		return 0;
	if (strcmp(name, "holiday") == 0) {
		if (p->cal.nholidays < CASE_HOLIDAYS_MAX)
			p->holidays[p->cal.nholidays++] = atol(v);
	} else if (strcmp(name, "sla_week") == 0) {
		sla_week_parse(v, &p->cal);
		snprintf(p->week, sizeof(p->week), "%s", v);
	} else if (strcmp(name, "company_time_zone") == 0 && strlen(v) < sizeof(p->tz) && v[0]) {
		strcpy(p->tz, v);
	} else if (strcmp(name, "sla_warn_bp") == 0) {
		p->warn_bp = atoi(v);
	} else if (strcmp(name, "first_response") == 0) {
		p->first_response_target = atoll(v);
	} else if (strcmp(name, "resolution") == 0) {
		p->resolution_target = atoll(v);
	} else if (strcmp(name, "feedback_rate_per_hour") == 0) {
		p->rate_per_hour = atoll(v);
	} else if (strcmp(name, "feedback_lookups_per_hour") == 0) {
		p->lookups_per_hour = atoll(v);
	} else if (strcmp(name, "category_ok") == 0) {
		p->category_ok = atoi(v) > 0;
	} else if (strcmp(name, "product_ok") == 0) {
		p->product_ok = atoi(v) > 0;
	} else if (strcmp(name, "feedback_min_seconds") == 0) {
		p->min_seconds = atoll(v);
	}
	return 0;
}

static int day_cmp(const void *a, const void *b)
{
	long x = *(const long *)a, y = *(const long *)b;
	return (x > y) - (x < y);
}

enum db_status case_policy_load_for(struct db *db, const char *kind, const char *priority, long long category,
				   long long product, struct case_policy *p)
{
	memset(p, 0, sizeof(*p));
	strcpy(p->tz, "UTC");
	p->warn_bp = 7500;
	p->cal.holidays = p->holidays;
	enum db_status st = db_query(db, &SQL_CASE_POLICY,
				     DB_ARGS(DB_STR(kind), DB_STR(priority), DB_STR(kind), DB_STR(priority), DB_INT(category),
					     DB_INT(product)), policy_row, p);
	qsort(p->holidays, p->cal.nholidays, sizeof(p->holidays[0]), day_cmp);
	return st;
}

enum db_status case_policy_load(struct db *db, const char *kind, const char *priority, struct case_policy *p)
{
	return case_policy_load_for(db, kind, priority, 0, 0, p);
}

void case_policy_zone(const struct case_policy *p, struct zone_scope *z)
{
	if (zone_enter(z, p->tz) < 0)
		zone_enter(z, "UTC");
}

void case_policy_dues(const struct case_policy *p, long long now, struct case_dues *d)
{
	struct case_clock c = { .created = now, .first_response_target = p->first_response_target,
				.resolution_target = p->resolution_target, .open = 1, .warn_bp = p->warn_bp };
	struct zone_scope z;
	case_policy_zone(p, &z);
	case_clock_dues(&p->cal, &c, d);
	zone_leave(&z);
}
