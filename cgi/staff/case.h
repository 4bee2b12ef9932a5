/* case.h: a case as the desk works it: loading it, who may work it, changing its state, priority,
 * assignment and client with its clocks kept current, and its events, each also in the audit log. */
#ifndef CRM_STAFF_CASE_H
#define CRM_STAFF_CASE_H
#include "case_clock.h"
#include "case_policy.h"
#include "db.h"
#include "request.h"

/* A case's stored row (strings in req's arena; moments in Unix seconds, 0 for none). */
struct case_rec {
	long long id, client_id, assignee_id, category_id, product_id, discount_id;
	const char *kind, *state, *priority, *source, *lang;
	const char *customer_name, *email, *email_norm, *phone, *phone_norm, *order_ref, *message;
	const char *resolution, *compensation;
	long long compensation_amount;
	int consent;
	struct case_clock clock;             /* created, first_response_at, pause, targets, open */
	long long resolved_at, closed_at, first_response_minutes, resolution_minutes;   /* minutes: -1 none */
	struct case_dues dues;
	/* shown only */
	const char *created_text, *category_name, *product_name, *assignee_name, *client_name, *client_manager;
	long long client_manager_id;
	const char *rating, *rating_comment;  /* "" when not rated */
	const char *receipt_hash, *created_by_name;   /* the latter "" for the public form's */
};

/* Loads case id (locked FOR UPDATE when lock) into c. DB_NOT_FOUND when there is none. */
enum db_status case_load(struct request *req, long long id, int lock, struct case_rec *c);
/* Loads the case of the URL's {id}: renders 404 (or the database error) and returns -1 when none. */
int case_page_load(struct request *req, int lock, struct case_rec *c);
/* May the signed-in user work this case (reply, change its state)? Admins and managers: every case;
 * agents: cases assigned to them and unassigned ones. */
int case_may_work(const struct request *req, const struct case_rec *c);
/* Loads the calendar and c's targets (of its kind and current priority) into a policy in req's
 * arena; NULL after a database failure (*st says which). */
struct case_policy *case_policy_of(struct request *req, const struct case_rec *c, enum db_status *st);

/* Changes c in memory, clocks included, as of now (Unix seconds); case_save writes it. */
void case_set_state(const struct case_policy *p, struct case_rec *c, const char *state, long long now);
void case_set_priority(const struct case_policy *p, struct case_rec *c, const char *priority);
/* A public reply at now: the first one stops the first-response clock. */
void case_replied(const struct case_policy *p, struct case_rec *c, long long now);
/* Computes c's dues (after any change) under the policy's calendar and time zone. */
void case_dues_update(const struct case_policy *p, struct case_rec *c);

/* Writes c's state, priority, assignee, client, clocks and resolution, in the caller's transaction. */
enum db_status case_save(struct request *req, const struct case_rec *c);
/* Adds one event to the case's timeline and its audit row (action "case_<kind>"), in the caller's
 * transaction. body, old_value and new_value may be NULL; token_hash (a form's, so that a double
 * click counts once) may be NULL. DB_DUPLICATE when that token was stored already. */
enum db_status case_event(struct request *req, long long case_id, const char *kind, const char *body,
			  const char *old_value, const char *new_value, const char *token_hash);
/* Links c to client (an existing one, not merged away) with its event; an unassigned case goes to
 * the client's manager. In the caller's transaction. DB_NOT_FOUND when there is no such client. */
enum db_status case_link_client(struct request *req, struct case_rec *c, long long client_id);
/* Puts a time left in business minutes (negative: overdue) below row: left_h, left_m (two digits)
 * and over ("1" when overdue). */
void case_left_to_hdf(HDF *row, long long minutes);
/* Renders the case page (page_case_view.c) with status: also the answer to a refused form, shown
 * again with its messages. */
void case_view_render(struct request *req, struct case_rec *c, int status);
#endif
