/* feedback.h: what the public pages share: the installation's secret, one-time tokens in the
 * template data, the form's lists, the per-address rate limit, and finding a case by its key. */
#ifndef CRM_PUBLIC_FEEDBACK_H
#define CRM_PUBLIC_FEEDBACK_H
#include "db.h"
#include "intake_secret.h"
#include "request.h"

/* The installation's secret (feedback_secret), read once per worker and kept; NULL after a
 * database failure (logged). */
const unsigned char *feedback_secret(struct request *req, enum db_status *st);
/* Puts a fresh one-time token, issued now, into Form.token. */
void feedback_token_put(struct request *req, const unsigned char *secret);
/* Counts one more submission ('s') or status lookup ('l') from the request's address this hour;
 * *n is the count including this one. Now and then drops the counts of past hours. */
enum db_status feedback_rate_count(struct request *req, char what, long long *n);
/* The public view of a case as its status page shows it (every string in req's arena). */
struct feedback_case {
	long long id, created, resolved, paused_at, paused_minutes, first_response_at;
	long long first_response_target, resolution_target;
	const char *kind, *state, *priority, *lang;
	int rated;
};
/* Finds the case a status key (64 hex digits) opens. DB_NOT_FOUND when none. */
enum db_status feedback_case_by_key(struct request *req, const char *key, struct feedback_case *c);
/* Enters the company's time zone (UTC when unset or unknown here) for showing times; zone_leave
 * puts it back. DB_OK or the database's error. */
struct zone_scope;
enum db_status feedback_zone_enter(struct request *req, struct zone_scope *z);
/* The company's name and contact line (Company.company_name, Company.company_contact) for the top and
 * foot of every public page; without the database the pages go without them. */
void feedback_page_facts(struct request *req);
/* The page's language as a query string for links and redirects: "?lang=fil" (req's arena). */
const char *feedback_lang_query(struct request *req);
#endif
