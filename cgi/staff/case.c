/* case.c: loading, working and saving a case, its clocks and its events (each audited). */
#include "case.h"
#include "audit.h"
#include "render.h"
#include "zone.h"
#include <stdlib.h>
#include <string.h>

DB_STMT(SQL_CASE_LOCK, "SELECT id FROM cases WHERE id = ? FOR UPDATE");
DB_STMT(SQL_CASE_GET,
	"SELECT c.id, COALESCE(c.client_id, 0), COALESCE(c.assignee_id, 0), COALESCE(c.category_id, 0),"
	" COALESCE(c.product_id, 0), COALESCE(c.discount_id, 0), c.kind, c.state, c.priority, c.source, c.lang,"
	" c.customer_name, c.email, c.email_norm, c.phone, c.phone_norm, c.order_ref, c.message, COALESCE(c.resolution, ''),"
	" c.compensation, c.compensation_amount, c.consent_contact, UNIX_TIMESTAMP(c.created_at),"
	" COALESCE(UNIX_TIMESTAMP(c.first_response_at), 0), COALESCE(UNIX_TIMESTAMP(c.paused_at), 0), c.paused_minutes,"
	" c.first_response_target, c.resolution_target, COALESCE(UNIX_TIMESTAMP(c.resolved_at), 0),"
	" COALESCE(UNIX_TIMESTAMP(c.closed_at), 0), COALESCE(c.first_response_minutes, -1), COALESCE(c.resolution_minutes, -1),"
	" COALESCE(UNIX_TIMESTAMP(c.first_response_due), 0), COALESCE(UNIX_TIMESTAMP(c.resolution_due), 0),"
	" COALESCE(UNIX_TIMESTAMP(c.next_due), 0), COALESCE(UNIX_TIMESTAMP(c.next_warn), 0),"
	" DATE_FORMAT(c.created_at, '%Y-%m-%d %H:%i'),"
	" COALESCE(CASE ? WHEN 'fil' THEN NULLIF(g.name_fil, '') WHEN 'ms' THEN NULLIF(g.name_ms, '') END, g.name, ''),"
	" COALESCE(p.name, ''), COALESCE(s.full_name, ''), COALESCE(cl.sort_name, ''), COALESCE(m.full_name, ''),"
	" COALESCE(cl.manager_id, 0), COALESCE(r.rating, ''), COALESCE(r.comment, ''), c.receipt_hash, COALESCE(cb.full_name, '')"
	" FROM cases c LEFT JOIN staff cb ON cb.id = c.created_by LEFT JOIN case_categories g ON g.id = c.category_id LEFT JOIN products p ON p.id = c.product_id"
	" LEFT JOIN staff s ON s.id = c.assignee_id LEFT JOIN clients cl ON cl.id = c.client_id"
	" LEFT JOIN staff m ON m.id = cl.manager_id LEFT JOIN case_ratings r ON r.case_id = c.id WHERE c.id = ?");
DB_STMT(SQL_CASE_SAVE,
	"UPDATE cases SET state = ?, priority = ?, assignee_id = NULLIF(?, 0), client_id = NULLIF(?, 0),"
	" first_response_target = ?, resolution_target = ?, first_response_due = FROM_UNIXTIME(NULLIF(?, 0)),"
	" resolution_due = FROM_UNIXTIME(NULLIF(?, 0)), first_response_at = FROM_UNIXTIME(NULLIF(?, 0)),"
	" first_response_minutes = NULLIF(?, -1), resolved_at = FROM_UNIXTIME(NULLIF(?, 0)), resolution_minutes = NULLIF(?, -1),"
	" closed_at = FROM_UNIXTIME(NULLIF(?, 0)), paused_at = FROM_UNIXTIME(NULLIF(?, 0)), paused_minutes = ?,"
	" next_due = FROM_UNIXTIME(NULLIF(?, 0)), next_warn = FROM_UNIXTIME(NULLIF(?, 0)), resolution = NULLIF(?, ''),"
	" compensation = ?, compensation_amount = ?, discount_id = NULLIF(?, 0), updated_at = NOW() WHERE id = ?");
DB_STMT(SQL_CASE_EVENT,
	"INSERT INTO case_events (case_id, at, staff_id, kind, body, old_value, new_value, token_hash)"
	" VALUES (?, NOW(), ?, ?, ?, ?, ?, ?)");
DB_STMT(SQL_CASE_CLIENT, "SELECT COALESCE(manager_id, 0) FROM clients WHERE id = ? AND merged_into IS NULL");

struct case_load_ctx {
	struct request *req;
	struct case_rec *c;
	int found;
};

static const char *dup(struct request *req, const char *s)
{
	return arena_strdup(&req->arena, s ? s : "");
}

static int case_row(void *ctx, const struct db_row *row)
{
	struct case_load_ctx *x = ctx;
	struct request *req = x->req;
	struct case_rec *c = x->c;
	const char *const *v = row->val;
	int i = 0;
	c->id = atoll(v[i++]);
	c->client_id = atoll(v[i++]);
	c->assignee_id = atoll(v[i++]);
	c->category_id = atoll(v[i++]);
	c->product_id = atoll(v[i++]);
	c->discount_id = atoll(v[i++]);
	const char **text[] = { &c->kind, &c->state, &c->priority, &c->source, &c->lang, &c->customer_name, &c->email,
				&c->email_norm, &c->phone, &c->phone_norm, &c->order_ref, &c->message, &c->resolution,
				&c->compensation };
	for (size_t t = 0; t < sizeof(text) / sizeof(text[0]); t++)
		*text[t] = dup(req, v[i++]);
	c->compensation_amount = atoll(v[i++]);
	c->consent = atoi(v[i++]);
	c->clock.created = atoll(v[i++]);
	c->clock.first_response_at = atoll(v[i++]);
	c->clock.paused_at = atoll(v[i++]);
	c->clock.paused_minutes = atoll(v[i++]);
	c->clock.first_response_target = atoll(v[i++]);
	c->clock.resolution_target = atoll(v[i++]);
	c->resolved_at = atoll(v[i++]);
	c->closed_at = atoll(v[i++]);
	c->first_response_minutes = atoll(v[i++]);
	c->resolution_minutes = atoll(v[i++]);
	c->dues.first_response_due = atoll(v[i++]);
	c->dues.resolution_due = atoll(v[i++]);
	c->dues.next_due = atoll(v[i++]);
	c->dues.next_warn = atoll(v[i++]);
	const char **shown[] = { &c->created_text, &c->category_name, &c->product_name, &c->assignee_name, &c->client_name,
				 &c->client_manager };
	for (size_t t = 0; t < sizeof(shown) / sizeof(shown[0]); t++)
		*shown[t] = dup(req, v[i++]);
	c->client_manager_id = atoll(v[i++]);
	c->rating = dup(req, v[i++]);
	c->rating_comment = dup(req, v[i++]);
	c->receipt_hash = dup(req, v[i++]);
	c->created_by_name = dup(req, v[i++]);
	c->clock.open = strcmp(c->state, "resolved") != 0 && strcmp(c->state, "closed") != 0;
	x->found = 1;
	return 1;
}

enum db_status case_load(struct request *req, long long id, int lock, struct case_rec *c)
{
	memset(c, 0, sizeof(*c));
	char **r;
	enum db_status st = lock ? db_query_one(req->db, &SQL_CASE_LOCK, DB_ARGS(DB_INT(id)), &req->arena, &r) : DB_OK;
	struct case_load_ctx x = { req, c, 0 };
	if (st == DB_OK)
		st = db_query(req->db, &SQL_CASE_GET, DB_ARGS(DB_STR(req->lang), DB_INT(id)), case_row, &x);
	return st == DB_OK && !x.found ? DB_NOT_FOUND : st;
}

int case_page_load(struct request *req, int lock, struct case_rec *c)
{
	long long id = valid_id_value(req_path_arg(req, 0));
	return render_unless_found(req, id ? case_load(req, id, lock, c) : DB_NOT_FOUND) ? -1 : 0;
}

int case_may_work(const struct request *req, const struct case_rec *c)
{
	return (req->user.role & (ROLE_ADMIN | ROLE_MANAGER)) || c->assignee_id == 0 || c->assignee_id == req->user.id;
}

struct case_policy *case_policy_of(struct request *req, const struct case_rec *c, enum db_status *st)
{
	struct case_policy *p = arena_alloc(&req->arena, sizeof(*p));
	*st = case_policy_load(req->db, c->kind, c->priority, p);
	return *st == DB_OK ? p : NULL;
}

/* Runs fn's arithmetic in the company's time zone (UTC when this system lacks it). */
static void in_zone(const struct case_policy *p, void (*fn)(const struct case_policy *, struct case_rec *, long long),
		    struct case_rec *c, long long now)
{
	struct zone_scope z;
	case_policy_zone(p, &z);
	fn(p, c, now);
	zone_leave(&z);
}

static void set_state(const struct case_policy *p, struct case_rec *c, long long now)
{
	const char *to = c->state;   /* already the new state; the old one's traces are cleared below */
	int resolved = strcmp(to, "resolved") == 0, closed = strcmp(to, "closed") == 0;
	if (strcmp(to, "waiting") == 0) {
		if (!c->clock.paused_at)
			c->clock.paused_at = now;
	} else if (c->clock.paused_at) {
		c->clock.paused_minutes = case_clock_resume(&p->cal, &c->clock, now);
		c->clock.paused_at = 0;
	}
	if (resolved && !c->resolved_at) {
		c->resolved_at = now;
		c->resolution_minutes = case_clock_taken(&p->cal, &c->clock, now);
	}
	if (closed && !c->closed_at)
		c->closed_at = now;
	if (!resolved && !closed) {   /* open, or opened again */
		c->resolved_at = c->closed_at = 0;
		c->resolution_minutes = -1;
	}
	c->clock.open = !resolved && !closed;
	c->clock.warn_bp = p->warn_bp;
	case_clock_dues(&p->cal, &c->clock, &c->dues);
}

void case_set_state(const struct case_policy *p, struct case_rec *c, const char *state, long long now)
{
	c->state = state;
	in_zone(p, set_state, c, now);
}

static void dues_only(const struct case_policy *p, struct case_rec *c, long long now)
{
	(void)now;
	c->clock.warn_bp = p->warn_bp;
	case_clock_dues(&p->cal, &c->clock, &c->dues);
}

void case_set_priority(const struct case_policy *p, struct case_rec *c, const char *priority)
{
	c->priority = priority;
	c->clock.first_response_target = p->first_response_target;
	c->clock.resolution_target = p->resolution_target;
	in_zone(p, dues_only, c, 0);
}

static void replied(const struct case_policy *p, struct case_rec *c, long long now)
{
	if (!c->clock.first_response_at) {
		c->first_response_minutes = case_clock_taken(&p->cal, &c->clock, now);
		c->clock.first_response_at = now;
	}
	dues_only(p, c, now);
}

void case_replied(const struct case_policy *p, struct case_rec *c, long long now)
{
	in_zone(p, replied, c, now);
}

void case_dues_update(const struct case_policy *p, struct case_rec *c)
{
	in_zone(p, dues_only, c, 0);
}

enum db_status case_save(struct request *req, const struct case_rec *c)
{
	return db_exec(req->db, &SQL_CASE_SAVE,
		       DB_ARGS(DB_STR(c->state), DB_STR(c->priority), DB_INT(c->assignee_id), DB_INT(c->client_id),
			       DB_INT(c->clock.first_response_target), DB_INT(c->clock.resolution_target),
			       DB_INT(c->dues.first_response_due), DB_INT(c->dues.resolution_due),
			       DB_INT(c->clock.first_response_at), DB_INT(c->first_response_minutes), DB_INT(c->resolved_at),
			       DB_INT(c->resolution_minutes), DB_INT(c->closed_at), DB_INT(c->clock.paused_at),
			       DB_INT(c->clock.paused_minutes), DB_INT(c->dues.next_due), DB_INT(c->dues.next_warn),
			       DB_STR(c->resolution), DB_STR(c->compensation), DB_INT(c->compensation_amount),
			       DB_INT(c->discount_id), DB_INT(c->id)),
		       NULL, NULL);
}

enum db_status case_event(struct request *req, long long case_id, const char *kind, const char *body,
			  const char *old_value, const char *new_value, const char *token_hash)
{
	unsigned long long event_id = 0;
	enum db_status st = db_exec(req->db, &SQL_CASE_EVENT,
				    DB_ARGS(DB_INT(case_id), DB_INT(req->user.id), DB_STR(kind), DB_STR(body ? body : ""),
					    DB_STR(old_value ? old_value : ""), DB_STR(new_value ? new_value : ""),
					    token_hash ? DB_STR(token_hash) : DB_NULLARG),
				    NULL, &event_id);
	if (st != DB_OK)
		return st;
	struct audit_entry e = { .action = arena_printf(&req->arena, "case_%s", kind), .entity = "case",
				 .entity_id = case_id, .field = old_value || new_value ? kind : NULL,
				 .old_value = old_value, .new_value = new_value,
				 .detail = arena_printf(&req->arena, "event %llu", event_id) };
	return audit_write(req, &e);
}

enum db_status case_link_client(struct request *req, struct case_rec *c, long long client_id)
{
	char **r;
	enum db_status st = db_query_one(req->db, &SQL_CASE_CLIENT, DB_ARGS(DB_INT(client_id)), &req->arena, &r);
	if (st != DB_OK)
		return st;
	long long manager = atoll(r[0]);
	const char *old = c->client_id ? arena_printf(&req->arena, "%lld", c->client_id) : "";
	c->client_id = client_id;
	st = case_event(req, c->id, "link", NULL, old, arena_printf(&req->arena, "%lld", client_id), NULL);
	if (st == DB_OK && c->assignee_id == 0 && manager) {   /* the client's permanent manager takes it */
		c->assignee_id = manager;
		st = case_event(req, c->id, "assign", NULL, "", r[0], NULL);
	}
	return st;
}

void case_left_to_hdf(HDF *row, long long minutes)
{
	long long m = minutes < 0 ? -minutes : minutes;
	hdf_put_int(row, "left_h", m / 60);
	hdf_put(row, "left_m", (char[3]){ (char)('0' + m % 60 / 10), (char)('0' + m % 10), '\0' });
	hdf_put(row, "over", minutes < 0 ? "1" : "0");
}
