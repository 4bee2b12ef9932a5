/* page_client_list.c: the client list: search by name words, phone or e-mail; filters; keyset pages
 * (a page deep in the list costs what the first costs). */
#include "pages.h"
#include "client_list.h"
#include "client_pages.h"
#include "config.h"
#include "normalize.h"
#include "render.h"
#include <stdlib.h>
#include <string.h>

#define PAGE 50

/* The columns every list statement returns. */
#define LIST_COLS "c.id, c.sort_name, c.kind, c.city, c.status, COALESCE(m.full_name, ''),"\
	" COALESCE((SELECT p.number FROM client_phones p WHERE p.client_id = c.id ORDER BY p.id LIMIT 1), ''),"\
	" COALESCE(DATE_FORMAT(c.last_contact_at, '%Y-%m-%d'), ''),"\
	" COALESCE((SELECT e.email FROM client_emails e WHERE e.client_id = c.id ORDER BY e.id LIMIT 1), ''),"\
	" COALESCE((SELECT g.name FROM segments g WHERE g.id = c.segment_id), '')"
/* The optional filters (segment, manager, status, tag), each bound twice: NULL means any. */
#define LIST_FILTERS " AND (? IS NULL OR c.segment_id = ?) AND (? IS NULL OR c.manager_id = ?)"\
	" AND (? IS NULL OR c.status = ?)"\
	" AND (? IS NULL OR EXISTS (SELECT 1 FROM client_tags t WHERE t.client_id = c.id AND t.tag = ?))"

DB_STMT(SQL_CLIENT_LIST_BY_NAME,
	"SELECT " LIST_COLS " FROM clients c LEFT JOIN staff m ON m.id = c.manager_id"
	" WHERE c.merged_into IS NULL AND c.sort_name >= ? AND (c.sort_name > ? OR c.id > ?)" LIST_FILTERS
	" ORDER BY c.sort_name, c.id  LIMIT ?");
/* Newest contact first, never-contacted clients last (by id); the cursor's key may be NULL. */
DB_STMT(SQL_CLIENT_LIST_BY_CONTACT,
	"SELECT " LIST_COLS " FROM clients c LEFT JOIN staff m ON m.id = c.manager_id"
	" WHERE c.merged_into IS NULL"
	" AND ((? IS NOT NULL AND (c.last_contact_at < ? OR (c.last_contact_at = ? AND c.id < ?)"
	"                          OR c.last_contact_at IS NULL))"
	"      OR (? IS NULL AND c.last_contact_at IS NULL AND c.id < ?))"
	LIST_FILTERS " ORDER BY c.last_contact_at DESC, c.id DESC LIMIT ?");
DB_STMT(SQL_CLIENT_LIST_BY_WORD,
	"SELECT " LIST_COLS ", w.word FROM client_words w JOIN clients c ON c.id = w.client_id"
	" LEFT JOIN staff m ON m.id = c.manager_id"
	" WHERE ((w.word = ? AND w.sort_name >= ? AND (w.sort_name > ? OR w.client_id > ?))"
	"        OR (w.word > ? AND w.word LIKE CONCAT(?, '%')))"
	" AND c.merged_into IS NULL"
	/* a client whose several words match is listed once, under its first matching word */
	" AND NOT EXISTS (SELECT 1 FROM client_words y WHERE y.client_id = w.client_id"
	"                 AND y.word LIKE CONCAT(?, '%') AND y.word < w.word)"
	" AND (? = '' OR EXISTS (SELECT 1 FROM client_words x WHERE x.client_id = c.id AND x.word LIKE CONCAT(?, '%')))"
	" AND (? = '' OR EXISTS (SELECT 1 FROM client_words x WHERE x.client_id = c.id AND x.word LIKE CONCAT(?, '%')))"
	LIST_FILTERS " ORDER BY w.word, w.sort_name, w.client_id  LIMIT ?");
DB_STMT(SQL_CLIENT_LIST_BY_PHONE,
	"SELECT " LIST_COLS " FROM client_phones p0 JOIN clients c ON c.id = p0.client_id"
	" LEFT JOIN staff m ON m.id = c.manager_id"
	" WHERE p0.normalized = ? AND p0.client_id > ? AND c.merged_into IS NULL" LIST_FILTERS
	" ORDER BY p0.client_id  LIMIT ?");
DB_STMT(SQL_CLIENT_LIST_BY_EMAIL,
	"SELECT " LIST_COLS " FROM client_emails e0 JOIN clients c ON c.id = e0.client_id"
	" LEFT JOIN staff m ON m.id = c.manager_id"
	" WHERE e0.normalized = ? AND e0.client_id > ? AND c.merged_into IS NULL" LIST_FILTERS
	" ORDER BY e0.client_id  LIMIT ?");
DB_STMT(SQL_CLIENT_CURSOR,
	"SELECT sort_name, DATE_FORMAT(last_contact_at, '%Y-%m-%d %H:%i:%s') FROM clients WHERE id = ?");
DB_STMT(SQL_CLIENT_CURSOR_WORD,
	"SELECT MIN(word) FROM client_words WHERE client_id = ? AND word LIKE CONCAT(?, '%')");

struct list_fill {
	struct hdf_list list;
	struct arena *a;
	const char *last_id;
	size_t n;
};

static int client_row(void *ctx, const struct db_row *row)
{
	static const char *const cols[] = { "id", "name", "kind", "city", "status", "manager", "phone", "contact" };
	struct list_fill *f = ctx;
	if (++f->n > PAGE)
		return 1;   /* the 51st row only says that there is a next page */
	HDF *item = hdf_list_add(&f->list);
	for (size_t i = 0; i < sizeof(cols) / sizeof(cols[0]); i++)
		hdf_put(item, cols[i], row->val[i]);
	f->last_id = arena_strdup(f->a, row->val[0]);
	return 0;
}

/* Splits q into up to three lower-case words of letters and digits (longest first). */
static int query_words(struct request *req, const char *q, const char *w[3])
{
	int n = 0;
	w[0] = w[1] = w[2] = "";
	while (*q && n < 3) {
		while (*q && strchr(" ,.-'\t%_\\", *q))
			q++;
		size_t len = strcspn(q, " ,.-'\t%_\\");
		if (len > 0 && len <= 60) {
			char *word = arena_strndup(&req->arena, q, len);
			for (char *p = word; *p; p++)
				if (*p >= 'A' && *p <= 'Z')
					*p += 32;
			w[n++] = word;
		}
		q += len;
	}
	for (int i = 1; i < n; i++)   /* the longest word drives the index range */
		if (strlen(w[i]) > strlen(w[0])) {
			const char *t = w[0];
			w[0] = w[i];
			w[i] = t;
		}
	return n;
}

enum db_status client_list_query(struct request *req, long long limit, const struct db_stmt_def **def,
				 struct db_arg *args, size_t *nargs)
{
	const struct field_value *q = req_field(req, "q"), *after = req_field(req, "after");
	const struct field_value *seg = req_field(req, "segment"), *mgr = req_field(req, "manager");
	const struct field_value *status = req_field(req, "status"), *tag = req_field(req, "tag");
	const struct field_value *sort = req_field(req, "sort");
	long long after_id = after->present ? valid_id_value(after->value) : 0;
	struct db_arg filters[8] = {
		seg->present ? DB_INT(valid_id_value(seg->value)) : DB_NULLARG,
		seg->present ? DB_INT(valid_id_value(seg->value)) : DB_NULLARG,
		mgr->present ? DB_INT(valid_id_value(mgr->value)) : DB_NULLARG,
		mgr->present ? DB_INT(valid_id_value(mgr->value)) : DB_NULLARG,
		status->present ? DB_STR(status->value) : DB_NULLARG,
		status->present ? DB_STR(status->value) : DB_NULLARG,
		tag->present ? DB_STR(tag->value) : DB_NULLARG,
		tag->present ? DB_STR(tag->value) : DB_NULLARG,
	};
	size_t n = 0;
	char **cur = NULL;
	enum db_status st = DB_OK;
	const char *words[3];
	char norm[256];
	const char *cc = country_calling_code(req->cfg->currency);
	int kind_q = 0;   /* 0 none, 1 name words, 2 phone, 3 e-mail */
	if (q->present && strchr(q->value, '@') && normalize_email(q->value, norm, sizeof(norm)) == 0)
		kind_q = 3;
	else if (q->present && strspn(q->value, "+0123456789 -().") == q->len && q->len >= 5 &&
		 normalize_phone(q->value, cc, norm) == 0)
		kind_q = 2;
	else if (q->present && query_words(req, q->value, words) > 0)
		kind_q = 1;

	if (kind_q == 3 || kind_q == 2) {
		if (after_id)   /* the cursor must name a client, as in the other orders */
			st = db_query_one(req->db, &SQL_CLIENT_CURSOR, DB_ARGS(DB_INT(after_id)), &req->arena, &cur);
		*def = kind_q == 3 ? &SQL_CLIENT_LIST_BY_EMAIL : &SQL_CLIENT_LIST_BY_PHONE;
		args[n++] = DB_STR(arena_strdup(&req->arena, norm));
		args[n++] = DB_INT(after_id);
	} else if (kind_q == 1) {
		const char *after_word = words[0], *after_name = "";
		if (after_id) {
			st = db_query_one(req->db, &SQL_CLIENT_CURSOR_WORD, DB_ARGS(DB_INT(after_id), DB_STR(words[0])),
					  &req->arena, &cur);
			if (st == DB_OK && cur[0])
				after_word = cur[0];
			if (st == DB_OK)
				st = db_query_one(req->db, &SQL_CLIENT_CURSOR, DB_ARGS(DB_INT(after_id)), &req->arena, &cur);
			if (st == DB_OK)
				after_name = cur[0];
		}
		/* the rest of the cursor's word, then the words after it that start with the prefix */
		*def = &SQL_CLIENT_LIST_BY_WORD;
		args[n++] = DB_STR(after_word);
		args[n++] = DB_STR(after_name);
		args[n++] = DB_STR(after_name);
		args[n++] = DB_INT(after_id);
		args[n++] = DB_STR(after_word);
		args[n++] = DB_STR(words[0]);
		args[n++] = DB_STR(words[0]);
		args[n++] = DB_STR(words[1]);
		args[n++] = DB_STR(words[1]);
		args[n++] = DB_STR(words[2]);
		args[n++] = DB_STR(words[2]);
	} else {
		int by_contact = sort->present && strcmp(sort->value, "contact") == 0;
		const char *key = by_contact ? "9999-12-31 23:59:59" : "";
		if (after_id) {
			st = db_query_one(req->db, &SQL_CLIENT_CURSOR, DB_ARGS(DB_INT(after_id)), &req->arena, &cur);
			if (st == DB_OK)
				key = by_contact ? cur[1] : cur[0];   /* NULL: never contacted */
		}
		long long id_key = after_id ? after_id : (by_contact ? (1LL << 40) : 0);
		if (by_contact) {
			*def = &SQL_CLIENT_LIST_BY_CONTACT;
			args[n++] = DB_STR(key);
			args[n++] = DB_STR(key);
			args[n++] = DB_STR(key);
			args[n++] = DB_INT(id_key);
			args[n++] = DB_STR(key);
			args[n++] = DB_INT(id_key);
		} else {
			*def = &SQL_CLIENT_LIST_BY_NAME;
			args[n++] = DB_STR(key);
			args[n++] = DB_STR(key);
			args[n++] = DB_INT(id_key);
		}
	}
	memcpy(args + n, filters, sizeof(filters));
	n += 8;
	args[n++] = DB_INT(limit);
	*nargs = n;
	return st;
}

void page_client_list(struct request *req)
{
	struct db_arg args[CLIENT_LIST_ARGS];
	size_t n = 0;
	const struct db_stmt_def *def = NULL;
	enum db_status st = client_list_query(req, PAGE + 1, &def, args, &n);
	if (st == DB_NOT_FOUND) {
		render_error(req, 400, "err.cursor", NULL);
		return;
	}
	struct list_fill f = { .a = &req->arena };
	hdf_list_init(req, "Clients", &f.list);
	if (st == DB_OK)
		st = db_query(req->db, def, args, n, client_row, &f);
	if (st != DB_OK) {
		render_db_error(req, st);
		return;
	}
	if (client_choices(req) < 0)   /* the filter form's segments and managers */
		return;
	form_fill(req);
	if (f.n > PAGE)
		hdf_put(req_hdf(req), "Page.next_after", f.last_id);
	render_page(req, 200, NULL);
}
