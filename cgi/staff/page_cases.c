/* page_cases.c: the desk's queue of cases: open ones (or a state, or all), newest or most urgent
 * first, filtered by kind, category, product, assignee and how near their target they are, in
 * keyset pages; each row with the business time left on its nearest target. */
#include "pages.h"
#include "case.h"
#include "client_pages.h"
#include "render.h"
#include "zone.h"
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define PAGE 50

/* The columns of every queue statement, and the filters they all apply after their index's range:
 * kind, category, product, assignee (-1 any, 0 none), past due, near (warned, not yet due). */
#define CASE_QUEUE_COLS \
	"SELECT c.id, c.kind, c.state, c.priority, c.customer_name," \
	" COALESCE(CASE ? WHEN 'fil' THEN NULLIF(g.name_fil, '') WHEN 'ms' THEN NULLIF(g.name_ms, '') END, g.name, '')," \
	" COALESCE(s.full_name, ''), DATE_FORMAT(c.created_at, '%Y-%m-%d %H:%i'), COALESCE(c.client_id, ''), COALESCE(l.sort_name, '')," \
	" COALESCE(UNIX_TIMESTAMP(c.next_due), 0), COALESCE(UNIX_TIMESTAMP(c.next_warn), 0)," \
	" COALESCE(UNIX_TIMESTAMP(c.paused_at), 0), TIMESTAMPDIFF(SECOND, TIMESTAMP'1970-01-01 00:00:00', c.due_sort), COALESCE(UNIX_TIMESTAMP(c.resolution_due), 0)," \
	" c.is_open, COALESCE(c.customer_last_at >= COALESCE(c.first_response_at, c.created_at), 0)" \
	" FROM cases c LEFT JOIN case_categories g ON g.id = c.category_id LEFT JOIN staff s ON s.id = c.assignee_id" \
	" LEFT JOIN client_list l ON l.client_id = c.client_id"
#define CASE_QUEUE_FILTERS \
	" AND (? = '' OR c.kind = ?) AND (? = 0 OR c.category_id = ?) AND (? = 0 OR c.product_id = ?)" \
	" AND (? = -1 OR c.assignee_id <=> NULLIF(?, 0)) AND (? = 0 OR c.due_sort < NOW())" \
	" AND (? = 0 OR (c.next_warn < NOW() AND c.due_sort >= NOW()))"

DB_STMT(SQL_CASES_OPEN_NEWEST, "" CASE_QUEUE_COLS
	" WHERE c.is_open = 1 AND c.id < ?" CASE_QUEUE_FILTERS " ORDER BY c.id DESC LIMIT ?");
DB_STMT(SQL_CASES_OPEN_URGENT, "" CASE_QUEUE_COLS
	" WHERE c.is_open = 1 AND (c.due_sort > TIMESTAMP'1970-01-01 00:00:00' + INTERVAL ? SECOND"
	" OR (c.due_sort = TIMESTAMP'1970-01-01 00:00:00' + INTERVAL ? SECOND AND c.id > ?))"
	CASE_QUEUE_FILTERS " ORDER BY c.due_sort, c.id LIMIT ?");
DB_STMT(SQL_CASES_ASSIGNEE_NEWEST, "" CASE_QUEUE_COLS
	" WHERE c.assignee_id = ? AND c.is_open = 1 AND c.id < ?" CASE_QUEUE_FILTERS " ORDER BY c.id DESC LIMIT ?");
DB_STMT(SQL_CASES_STATE_NEWEST, "" CASE_QUEUE_COLS
	" WHERE c.state = ? AND c.id < ?" CASE_QUEUE_FILTERS " ORDER BY c.id DESC LIMIT ?");
DB_STMT(SQL_CASES_ALL_NEWEST, "" CASE_QUEUE_COLS
	" WHERE c.id < ?" CASE_QUEUE_FILTERS " ORDER BY c.id DESC LIMIT ?");
DB_STMT(SQL_CASE_CATEGORY_CHOICES,
	"SELECT id, COALESCE(CASE ? WHEN 'fil' THEN NULLIF(name_fil, '') WHEN 'ms' THEN NULLIF(name_ms, '') END, name)"
	" FROM case_categories ORDER BY active DESC, id");

/* A queue page being filled: rows through hdf_page, with the time left added to each. */
struct queue {
	struct hdf_page page;
	const struct case_policy *p;
	long long now;
	const char *last_due;   /* the cursor of the urgent order: the last row's due_sort */
};

static int queue_row(void *ctx, const struct db_row *row)
{
	struct queue *q = ctx;
	size_t before = q->page.n;
	int stop = hdf_page_add(&q->page, row);
	if (q->page.n > q->page.size || q->page.n == before)
		return stop;
	q->last_due = arena_strdup(q->page.a, row->val[13]);
	HDF *r = hdf_get_obj(q->page.rows.list.node, arena_printf(q->page.a, "%zu", q->page.rows.list.n - 1));
	long long due = atoll(row->val[10]), warn = atoll(row->val[11]), paused = atoll(row->val[12]);
	long long resolution_due = atoll(row->val[14]);
	struct case_clock c = { .paused_at = paused };
	if (due) {
		case_left_to_hdf(r, case_clock_left(&q->p->cal, &c, due, q->now));
		hdf_put(r, "urgency", due <= q->now ? "overdue" : warn && warn <= q->now ? "near" : "");
	} else if (paused && resolution_due) {   /* waiting on the customer: the clock stands */
		case_left_to_hdf(r, case_clock_left(&q->p->cal, &c, resolution_due, q->now));
		hdf_put(r, "urgency", "paused");
	}
	return stop;
}

void page_case_list(struct request *req)
{
	static const char *const cols[] = { "id", "kind", "state", "priority", "customer", "category", "assignee", "at",
					    "client_id", "client", "due", "warn", "paused", "due_sort", "resolution_due",
					    "open", "customer_wrote", NULL };
	HDF *h = req_hdf(req);
	form_fill(req);
	const struct field_value *state = req_field(req, "state"), *sort = req_field(req, "sort");
	const struct field_value *assignee = req_field(req, "assignee"), *due = req_field(req, "due");
	const char *state_v = state->present ? state->value : "open";
	int urgent = sort->present && strcmp(sort->value, "urgent") == 0 && strcmp(state_v, "open") == 0;
	hdf_put(h, "Form.state", state_v);
	hdf_put(h, "Form.sort", urgent ? "urgent" : "newest");
	long long who = -1;   /* any */
	if (assignee->present)
		who = strcmp(assignee->value, "me") == 0 ? req->user.id : strcmp(assignee->value, "none") == 0 ? 0
			: valid_id_value(assignee->value);
	const char *kind = req_field(req, "kind")->value;
	long long category = valid_id_value(req_field(req, "category")->value);
	long long product = valid_id_value(req_field(req, "product")->value);
	int overdue = due->present && strcmp(due->value, "overdue") == 0, near = due->present && strcmp(due->value, "near") == 0;
	long long after = valid_id_value(req_field(req, "after")->value);
	long long after_due = valid_id_value(req_field(req, "after_due")->value);

	enum db_status st;
	struct case_policy *p = arena_alloc(&req->arena, sizeof(*p));
	if ((st = case_policy_load(req->db, NULL, NULL, p)) != DB_OK) {
		render_db_error(req, st);
		return;
	}
	struct queue q = { .p = p, .now = (long long)time(NULL) };
	hdf_page_init(req, "Cases", cols, PAGE, &q.page);
	struct zone_scope z;
	case_policy_zone(p, &z);
#define FILTER_ARGS DB_STR(kind), DB_STR(kind), DB_INT(category), DB_INT(category), DB_INT(product), DB_INT(product), \
		DB_INT(who), DB_INT(who), DB_INT(overdue), DB_INT(near), DB_INT(PAGE + 1)
	long long below = after ? after : 1LL << 62;
	if (urgent)
		st = db_query(req->db, &SQL_CASES_OPEN_URGENT, DB_ARGS(DB_STR(req->lang), DB_INT(after_due), DB_INT(after_due),
			      DB_INT(after), FILTER_ARGS), queue_row, &q);
	else if (strcmp(state_v, "open") == 0 && who > 0)
		st = db_query(req->db, &SQL_CASES_ASSIGNEE_NEWEST, DB_ARGS(DB_STR(req->lang), DB_INT(who), DB_INT(below),
			      FILTER_ARGS), queue_row, &q);
	else if (strcmp(state_v, "open") == 0)
		st = db_query(req->db, &SQL_CASES_OPEN_NEWEST, DB_ARGS(DB_STR(req->lang), DB_INT(below), FILTER_ARGS),
			      queue_row, &q);
	else if (strcmp(state_v, "all") == 0)
		st = db_query(req->db, &SQL_CASES_ALL_NEWEST, DB_ARGS(DB_STR(req->lang), DB_INT(below), FILTER_ARGS),
			      queue_row, &q);
	else
		st = db_query(req->db, &SQL_CASES_STATE_NEWEST, DB_ARGS(DB_STR(req->lang), DB_STR(state_v), DB_INT(below),
			      FILTER_ARGS), queue_row, &q);
#undef FILTER_ARGS
	zone_leave(&z);
	static const char *const choice_cols[] = { "id", "name", NULL };
	struct hdf_rows cats;
	hdf_rows_init(req, "Categories", choice_cols, &cats);
	if (st == DB_OK)
		st = db_query(req->db, &SQL_CASE_CATEGORY_CHOICES, DB_ARGS(DB_STR(req->lang)), hdf_rows_add, &cats);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	if (hdf_page_next(&q.page)) {
		hdf_put(h, "Page.next_after", hdf_page_next(&q.page));
		if (urgent)
			hdf_put(h, "Page.next_after_due", q.last_due);
	}
	if (staff_choices(req) == 0)
		render_page(req, 200, NULL);
}
