/* page_case_view.c: one case on the desk: what the customer wrote and how to answer them, its
 * clocks (target, due, time left or time taken), the client it belongs to (or the clients its
 * e-mail and phone suggest), its timeline, and the forms that work it. */
#include "pages.h"
#include "case.h"
#include "case_policy.h"
#include "client_pages.h"
#include "intake.h"
#include "render.h"
#include "session.h"
#include "zone.h"
#include <stdlib.h>
#include <string.h>
#include <time.h>

DB_STMT(SQL_CASE_EVENTS,
	"SELECT e.id, DATE_FORMAT(e.at, '%Y-%m-%d %H:%i'), e.kind, e.body, e.old_value, e.new_value, COALESCE(s.full_name, ''),"
	" e.staff_id IS NULL, COALESCE(a.full_name, l.sort_name, ''),"
	" CASE WHEN n.sent_at IS NOT NULL THEN 'sent' WHEN n.attempts > 0 THEN 'failed' WHEN n.case_event_id IS NOT NULL"
	" THEN 'waiting' WHEN e.kind IN ('reply', 'resolution') AND e.at > NOW() - INTERVAL ? DAY AND e.id >"
	" CAST((SELECT value FROM settings WHERE name = 'case_notice_after') AS UNSIGNED) THEN 'due' ELSE '' END,"
	" COALESCE(DATE_FORMAT(n.sent_at, '%Y-%m-%d %H:%i'), ''), COALESCE(n.last_error, '')"
	" FROM case_events e LEFT JOIN staff s ON s.id = e.staff_id"
	" LEFT JOIN case_notices n ON e.kind IN ('reply', 'resolution') AND n.case_event_id = e.id"
	" LEFT JOIN staff a ON e.kind = 'assign' AND a.id = NULLIF(e.new_value, '')"
	" LEFT JOIN client_list l ON e.kind = 'link' AND l.client_id = NULLIF(e.new_value, '')"
	" WHERE e.case_id = ? ORDER BY e.id LIMIT 1000");
/* Clients whose normalised e-mail or phone is the customer's: the strong matches of the duplicate
 * check, read through the same indexes. */
DB_STMT(SQL_CASE_SUGGESTIONS,
	"SELECT c.id, c.sort_name, COALESCE(s.full_name, ''), MAX(m.why) FROM ("
	" SELECT client_id, 'email' AS why FROM client_emails WHERE normalized = ? AND ? <> ''"
	" UNION ALL SELECT client_id, 'phone' FROM client_phones WHERE normalized = ? AND ? <> '') m"
	" JOIN clients c ON c.id = m.client_id AND c.merged_into IS NULL LEFT JOIN staff s ON s.id = c.manager_id"
	" GROUP BY c.id, c.sort_name, s.full_name ORDER BY c.sort_name LIMIT 10");

/* One clock of the case in the template data: its target, due moment, and either the business time
 * it took (met) or the time left (negative: overdue). */
static void clock_to_hdf(struct request *req, HDF *node, const struct case_policy *p, const struct case_rec *c,
			 long long target, long long due, long long taken, long long now)
{
	hdf_put_int(node, "target_h", target / 60);
	hdf_put_int(node, "target_m", target % 60);
	if (target == 0)
		return;
	if (taken >= 0) {
		hdf_put(node, "met", taken <= target ? "1" : "0");
		hdf_put_int(node, "taken_h", taken / 60);
		hdf_put_int(node, "taken_m", taken % 60);
		return;
	}
	if (!due)
		return;
	char text[17];
	hdf_put(node, "due", zone_text(due, text));   /* in the company's zone, entered by the caller */
	if (c->clock.open)
		case_left_to_hdf(node, case_clock_left(&p->cal, &c->clock, due, now));
	(void)req;
}

void case_view_render(struct request *req, struct case_rec *c, int status)
{
	static const char *const event_cols[] = { "id", "at", "kind", "body", "old", "new", "staff", "customer", "name",
						  "notice", "notice_at", "notice_error", NULL };
	static const char *const sugg_cols[] = { "id", "name", "manager", "why", NULL };
	HDF *h = req_hdf(req);
	enum db_status st;
	struct case_policy *p = case_policy_of(req, c, &st);
	struct hdf_rows events, suggestions;
	hdf_rows_init(req, "Events", event_cols, &events);
	if (st == DB_OK)
		st = db_query(req->db, &SQL_CASE_EVENTS, DB_ARGS(DB_INT(CASE_NOTICE_MAX_AGE_DAYS), DB_INT(c->id)), hdf_rows_add,
			      &events);
	if (st == DB_OK && c->client_id == 0) {
		hdf_rows_init(req, "Suggestions", sugg_cols, &suggestions);
		st = db_query(req->db, &SQL_CASE_SUGGESTIONS, DB_ARGS(DB_STR(c->email_norm), DB_STR(c->email_norm),
			      DB_STR(c->phone_norm), DB_STR(c->phone_norm)), hdf_rows_add, &suggestions);
	}
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	int manager = (req->user.role & (ROLE_ADMIN | ROLE_MANAGER)) != 0;
	if (manager && staff_choices(req) < 0)
		return;
	HDF *k = NULL;
	NEOERR *err = hdf_get_node(h, "Case", &k);
	nerr_ignore(&err);
	hdf_put_int(k, "id", c->id);
	const char *text[][2] = { { "kind", c->kind }, { "state", c->state }, { "priority", c->priority },
				  { "source", c->source }, { "lang", c->lang }, { "customer", c->customer_name },
				  { "email", c->email }, { "phone", c->phone }, { "order_ref", c->order_ref },
				  { "message", c->message }, { "resolution", c->resolution },
				  { "compensation", c->compensation }, { "at", c->created_text },
				  { "category", c->category_name }, { "product", c->product_name },
				  { "assignee", c->assignee_name }, { "client", c->client_name },
				  { "client_manager", c->client_manager }, { "rating", c->rating },
				  { "rating_comment", c->rating_comment }, { "created_by", c->created_by_name } };
	for (size_t i = 0; i < sizeof(text) / sizeof(text[0]); i++)
		hdf_put(k, text[i][0], text[i][1]);
	hdf_put_int(k, "client_id", c->client_id);
	hdf_put_int(k, "assignee_id", c->assignee_id);
	hdf_put_int(k, "product_id", c->product_id);
	hdf_put_int(k, "compensation_amount", c->compensation_amount);
	hdf_put(k, "consent", c->consent ? "1" : "0");
	hdf_put(k, "open", c->clock.open ? "1" : "0");
	hdf_put(k, "paused", c->clock.paused_at ? "1" : "0");
	hdf_put(k, "may_work", case_may_work(req, c) ? "1" : "0");
	hdf_put(k, "zone", p->tz);
	hdf_put(k, "may_assign", manager ? "1" : "0");
	hdf_put(k, "may_close", manager || strcmp(c->state, "resolved") == 0 ? "1" : "0");
	hdf_put(k, "may_reopen", manager || strcmp(c->state, "resolved") == 0 ? "1" : "0");
	if (!c->clock.open && strcmp(c->state, "closed") == 0 && !manager)
		hdf_put(k, "may_reopen", "0");
	long long now = (long long)time(NULL);
	struct zone_scope z;
	case_policy_zone(p, &z);
	HDF *fr = NULL, *res = NULL;
	err = hdf_get_node(k, "first_response", &fr);
	nerr_ignore(&err);
	err = hdf_get_node(k, "resolution_clock", &res);
	nerr_ignore(&err);
	clock_to_hdf(req, fr, p, c, c->clock.first_response_target, c->dues.first_response_due, c->first_response_minutes, now);
	clock_to_hdf(req, res, p, c, c->clock.resolution_target, c->dues.resolution_due, c->resolution_minutes, now);
	zone_leave(&z);
	hdf_put(h, "Form.token", token_new(req));
	render_page(req, status, "staff/case_view.cs");
}

void page_case_view(struct request *req)
{
	struct case_rec c;
	if (case_page_load(req, 0, &c) < 0)
		return;
	/* Just entered by staff: the receipt code to give the customer, shown when it is this case's. */
	const struct field_value *r = req_field(req, "receipt");
	char code[RECEIPT_CODE_LEN + 1], hash[INTAKE_HASH_LEN + 1], shown[RECEIPT_SHOWN_LEN + 1];
	if (r->present && intake_receipt_parse(r->value, r->len, code) == 0) {
		intake_receipt_hash(code, hash);
		if (strcmp(hash, c.receipt_hash) == 0)
			hdf_put(req_hdf(req), "Case.receipt_code", (intake_receipt_shown(code, shown), shown));
	}
	case_view_render(req, &c, 200);
}
