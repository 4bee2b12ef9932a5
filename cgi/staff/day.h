/* day.h: what a staff member has on a day: their clients' occasions (birthdays, name days), follow-ups,
 * key-product consultations, dormant clients and the month against plan; read by "my day", /reminders,
 * the calendar feed and the daily digest. Dates are the company's (its time zone is a setting). */
#ifndef CRM_STAFF_DAY_H
#define CRM_STAFF_DAY_H
#include "request.h"
#include "db.h"

struct day_rules {
	int y, m, d;
	char today[11];              /* "YYYY-MM-DD" in the company's time zone */
	char month[11];              /* its month's first day */
	char tz[65];
	int dormant_days, dormant_mark_days;
	int birthday_bp, birthday_days;   /* the birthday discount and its window (days either side) */
};
/* Reads the settings and today's date in the company's zone (now: Unix seconds). */
enum db_status day_rules_load(struct request *req, long long now, struct day_rules *r);

/* The occasions of the clients staff manages in the days days from today (0: today only), soonest
 * first, at most limit, into the list name (template data). Each: client_id, client, kind (birthday,
 * name_day; calendar = 1 when proposed from the name-day calendar), date, days, age (birthdays with a
 * year), channel (preferred), consent (channels with consent), greeted, offer_bp, offer_until.
 * *more is set when there were more than limit. */
enum db_status day_occasions(struct request *req, const struct day_rules *r, long long staff, int days,
			     size_t limit, const char *name, int *more);
/* Follow-ups of staff due up to today + ahead days, the oldest first, at most limit, into name.list
 * (id, due, overdue, client_id, client, channel, summary); name.more = 1 when there are more. */
enum db_status day_followups(struct request *req, const struct day_rules *r, long long staff, int ahead,
			     size_t limit, const char *name);
/* Open consultations of staff's clients due up to today + ahead days, likewise (id, due, overdue,
 * client_id, client, product, sold). */
enum db_status day_consultations(struct request *req, const struct day_rules *r, long long staff, int ahead,
				 size_t limit, const char *name);
/* Open cases near or past their target, the most urgent first, at most limit, into name.list (id,
 * kind, priority, customer, assignee, overdue); name.more = 1 when there are more. staff 0: everyone's
 * (a manager's escalation list). */
enum db_status day_cases(struct request *req, long long staff, size_t limit, const char *name);
/* The month so far against the personal plan, into name: plan, weighted, units, sales, has_plan,
 * achievement_bp, left. */
enum db_status day_progress(struct request *req, const struct day_rules *r, long long staff, const char *name);
/* Active clients with no purchase for the dormant period, by lifetime value (staff 0: everyone's):
 * client_id, client, revenue, last_purchase, last_contact, manager, mark (past the second period). */
enum db_status day_dormant(struct request *req, const struct day_rules *r, long long staff, size_t limit,
			   const char *name);
/* The person whose day is shown: the signed-in one, or (managers) the "staff" field's, whose name
 * goes to Whose.name and Whose.id. 0 after rendering the error (403, 404). */
long long day_whose(struct request *req);
/* The choices of a manager's view: Choices.staff (id, name, role, team) and Choices.teams. */
enum db_status day_choices(struct request *req);
/* All of "my day" for staff below prefix (e.g. "Day"): occasions of today, follow-ups and
 * consultations due by today and their cases near or past target (at most 25 each), the month's
 * progress; prefix.date, prefix.staff_id. */
enum db_status day_load(struct request *req, const struct day_rules *r, long long staff, const char *prefix);
#endif
