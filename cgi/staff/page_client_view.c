/* page_client_view.c: the client page: the record, its timeline (newest first), the form to log
 * an interaction and, for managers, the history of changes. */
#include "pages.h"
#include "client.h"
#include "client_pages.h"
#include "loyalty.h"
#include "render.h"
#include <stdlib.h>

/* The timeline: one shape (at, kind, ref_id, label, detail, title, body, staff, due) over
 * interactions, purchases, tier changes and cases, newest first. Each branch reads its own client index
 * and its newest 100 rows: MariaDB does not push a bound client id into the UNION of the
 * client_timeline view, which then built the union of every client's rows (20 s at 10^6 clients). */
DB_STMT(SQL_CLIENT_TIMELINE,
	"SELECT DATE_FORMAT(t.at, '%Y-%m-%d %H:%i'), t.kind, t.ref_id, t.label, t.detail, t.title, t.body,"
	" COALESCE(s.full_name, ''), COALESCE(DATE_FORMAT(t.due, '%Y-%m-%d'), '') FROM ("
	" (SELECT i.at, _utf8mb4'interaction' COLLATE utf8mb4_unicode_ci AS kind, i.id AS ref_id, CAST(i.channel AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci AS label,"
	"  CAST(i.direction AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci AS detail, i.summary AS title, i.outcome AS body, i.staff_id,"
	"  IF(i.follow_up_done, NULL, i.follow_up) AS due"
	"  FROM interactions i WHERE i.client_id = ? ORDER BY i.at DESC, i.id DESC LIMIT 100)"
	" UNION ALL"
	" (SELECT p.at, _utf8mb4'purchase' COLLATE utf8mb4_unicode_ci, p.id, CAST(p.kind AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci,"
	"  CAST(p.total AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci, CAST(p.discount AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci, p.note,"
	"  p.entered_by, NULL FROM purchases p WHERE p.client_id = ? ORDER BY p.at DESC, p.id DESC LIMIT 100)"
	" UNION ALL"
	" (SELECT c.at, _utf8mb4'tier' COLLATE utf8mb4_unicode_ci, c.id, IF(c.up, _utf8mb4'up', _utf8mb4'down') COLLATE utf8mb4_unicode_ci,"
	"  COALESCE(o.name, ''), COALESCE(n.name, ''), _utf8mb4'' COLLATE utf8mb4_unicode_ci, NULL, NULL"
	"  FROM tier_changes c LEFT JOIN loyalty_tiers o ON o.id = c.old_tier_id"
	"  LEFT JOIN loyalty_tiers n ON n.id = c.new_tier_id WHERE c.client_id = ? ORDER BY c.at DESC, c.id DESC LIMIT 100)"
	" UNION ALL"
	" (SELECT k.created_at, _utf8mb4'case' COLLATE utf8mb4_unicode_ci, k.id, CAST(k.kind AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci,"
	"  CAST(k.state AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci, LEFT(k.message, 200), COALESCE(k.resolution, ''),"
	"  k.assignee_id, NULL FROM cases k WHERE k.client_id = ? ORDER BY k.created_at DESC, k.id DESC LIMIT 100)"
	" ) t LEFT JOIN staff s ON s.id = t.staff_id ORDER BY t.at DESC, t.ref_id DESC LIMIT 100");
/* The client's open cases (shown first on the page), and what serving the client has cost: cases,
 * compensation, satisfaction. */
DB_STMT(SQL_CLIENT_OPEN_CASES,
	"SELECT id, kind, state, priority, DATE_FORMAT(created_at, '%Y-%m-%d'), COALESCE(next_due < NOW(), 0)"
	" FROM cases WHERE client_id = ? AND is_open = 1 ORDER BY id DESC LIMIT 20");
DB_STMT(SQL_CLIENT_CASE_COST,
	"SELECT COUNT(*), COALESCE(SUM(is_open), 0), COALESCE(SUM(compensation_amount), 0), COUNT(rating),"
	" COALESCE(ROUND(AVG(rating), 1), '') FROM cases WHERE client_id = ?");
DB_STMT(SQL_CLIENT_HISTORY,
	"SELECT DATE_FORMAT(a.at, '%Y-%m-%d %H:%i'), COALESCE(s.full_name, ''), a.action,"
	" COALESCE(a.field, ''), COALESCE(a.old_value, ''), COALESCE(a.new_value, ''), a.ip"
	" FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id"
	" WHERE a.entity = 'client' AND a.entity_id = ? ORDER BY a.id DESC LIMIT 100");
DB_STMT(SQL_CLIENT_YEARS,
	"SELECT year, revenue, revenue - cost, discounts, purchases FROM client_economics_year WHERE client_id = ?"
	" ORDER BY year DESC LIMIT 50");
DB_STMT(SQL_CLIENT_MEMBERS,
	"SELECT id, sort_name FROM clients WHERE company_id = ? AND merged_into IS NULL ORDER BY sort_name LIMIT 100");

/* The name days the name-day calendar proposes for a given name (MM-DD). */
DB_STMT(SQL_CLIENT_CALENDAR_NAME_DAYS,
	"SELECT CONCAT(LPAD(month, 2, '0'), '-', LPAD(day, 2, '0')) FROM name_days WHERE name = ? ORDER BY month, day LIMIT 5");

void client_view_render(struct request *req, const struct client *cl, int status)
{
	struct client c = *cl;
	client_to_hdf(req, &c, "Client");
	HDF *h = req_hdf(req);
	hdf_put(h, "Client.may_edit", client_may_edit(req, &c) ? "1" : "0");
	static const char *const timeline_cols[] = { "at", "kind", "ref_id", "label", "detail", "title", "body",
						     "staff", "due", NULL };
	static const char *const history_cols[] = { "at", "who", "action", "field", "old", "new", "ip", NULL };
	static const char *const member_cols[] = { "id", "name", NULL };
	static const char *const year_cols[] = { "year", "revenue", "margin", "discounts", "purchases", NULL };
	struct hdf_rows timeline, history, members, years;
	hdf_rows_init(req, "Timeline", timeline_cols, &timeline);
	enum db_status st = db_query(req->db, &SQL_CLIENT_TIMELINE, DB_ARGS(DB_INT(c.id), DB_INT(c.id), DB_INT(c.id), DB_INT(c.id)),
				     hdf_rows_add, &timeline);
	static const char *const case_cols[] = { "id", "kind", "state", "priority", "at", "overdue", NULL };
	static const char *const cost_cols[] = { "cases", "open", "compensation", "rated", "rating", NULL };
	struct hdf_rows open_cases, cost;
	hdf_rows_init(req, "OpenCases", case_cols, &open_cases);
	hdf_rows_init(req, "CaseCost", cost_cols, &cost);
	if (st == DB_OK)
		st = db_query(req->db, &SQL_CLIENT_OPEN_CASES, DB_ARGS(DB_INT(c.id)), hdf_rows_add, &open_cases);
	if (st == DB_OK)
		st = db_query(req->db, &SQL_CLIENT_CASE_COST, DB_ARGS(DB_INT(c.id)), hdf_rows_add, &cost);
	struct loyalty l;
	struct offer o;
	if (st == DB_OK)
		st = loyalty_load(req, &l);
	if (st == DB_OK)
		st = offer_load(req, &l, c.id, 0, &o);
	if (st == DB_OK) {
		offer_to_hdf(req, &l, &o, "Offer");
		hdf_rows_init(req, "Years", year_cols, &years);
		st = db_query(req->db, &SQL_CLIENT_YEARS, DB_ARGS(DB_INT(c.id)), hdf_rows_add, &years);
	}
	if (st == DB_OK && (req->user.role & (ROLE_ADMIN | ROLE_MANAGER))) {
		hdf_rows_init(req, "History", history_cols, &history);
		st = db_query(req->db, &SQL_CLIENT_HISTORY, DB_ARGS(DB_INT(c.id)), hdf_rows_add, &history);
		hdf_put(h, "Client.show_history", "1");
	}
	if (st == DB_OK && c.kind[0] == 'p' && !c.name_day[0] && c.given_name[0]) {   /* proposed by the calendar */
		static const char *const day_cols[] = { "day", NULL };
		struct hdf_rows days;
		hdf_rows_init(req, "CalendarNameDays", day_cols, &days);
		st = db_query(req->db, &SQL_CLIENT_CALENDAR_NAME_DAYS, DB_ARGS(DB_STR(c.given_name)), hdf_rows_add, &days);
	}
	if (st == DB_OK && c.kind[0] == 'c') {
		hdf_rows_init(req, "Members", member_cols, &members);
		st = db_query(req->db, &SQL_CLIENT_MEMBERS, DB_ARGS(DB_INT(c.id)), hdf_rows_add, &members);
	}
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	render_page(req, status, "staff/client_view.cs");
}

void page_client_view(struct request *req)
{
	struct client c;
	if (client_page_load(req, &c, CLIENT_FOR_VIEW) == 0)
		client_view_render(req, &c, 200);
}
